package no.avtaleportal.web;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request carries a correlation id into the log, as {@code traceId} in the MDC (a field of
 * its own in the structured logs, and in brackets in the plain ones), and back to the client in
 * {@code X-Request-Id}. A well-formed incoming W3C {@code traceparent} or {@code X-Request-Id}
 * from a proxy is kept, so that its log and the portal's meet; anything else is replaced by a
 * fresh random id, so that no client can write into the log.
 */
@Configuration(proxyBeanMethods = false)
class RequestCorrelation {

	static final String TRACE_ID = "traceId";

	static final String REQUEST_ID_HEADER = "X-Request-Id";

	private static final Pattern TRACEPARENT = Pattern.compile("[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}");

	private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");

	private static final SecureRandom RANDOM = new SecureRandom();

	/** First of all filters: whatever logs during the request, the security filters included, has the id. */
	@Bean
	static FilterRegistrationBean<OncePerRequestFilter> requestCorrelationFilter() {
		OncePerRequestFilter filter = new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				String id = correlationId(request.getHeader("traceparent"), request.getHeader(REQUEST_ID_HEADER));
				MDC.put(TRACE_ID, id);
				response.setHeader(REQUEST_ID_HEADER, id);
				try {
					chain.doFilter(request, response);
				}
				finally {
					MDC.remove(TRACE_ID);
				}
			}

		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	static String correlationId(String traceparent, String requestId) {
		if (traceparent != null) {
			Matcher matcher = TRACEPARENT.matcher(traceparent.strip());
			if (matcher.matches() && !matcher.group(1).equals("0".repeat(32))) {
				return matcher.group(1);
			}
		}
		if (requestId != null && REQUEST_ID.matcher(requestId).matches()) {
			return requestId;
		}
		byte[] random = new byte[16];
		RANDOM.nextBytes(random);
		return HexFormat.of().formatHex(random);
	}

}
