package no.avtaleportal.account;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

import no.avtaleportal.web.StaticPaths;

/**
 * A session lasts at most {@code avtaleportal.session.absolute-timeout} (12 hours) from when it
 * began, however active it is; {@code spring.session.timeout} ends it earlier when idle. An
 * older session is ended before the security filters see it, so the request goes on as an
 * anonymous one (to the login page where one is needed). Measured on the wall clock, as Spring
 * Session measures a session's creation and idle time, not on the portal's {@code Clock}.
 */
@Configuration(proxyBeanMethods = false)
class SessionLifetime {

	private static final Logger log = LoggerFactory.getLogger(SessionLifetime.class);

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> absoluteSessionLifetime(
			@Value("${avtaleportal.session.absolute-timeout:12h}") Duration lifetime) {
		RequestMatcher staticFiles = StaticPaths.matcher();
		OncePerRequestFilter filter = new OncePerRequestFilter() {

			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				// a static file needs no session: looking at its age would load it from the store
				return staticFiles.matches(request);
			}

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				HttpSession session = request.getSession(false);
				if (session != null
						&& !Instant.ofEpochMilli(session.getCreationTime()).plus(lifetime).isAfter(Instant.now())) {
					log.info("Ended a session that began more than {} ago", lifetime);
					session.invalidate();
				}
				chain.doFilter(request, response);
			}

		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		// inside Spring Session's filter (which makes the session the stored one), before Spring Security's
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
		return registration;
	}

}
