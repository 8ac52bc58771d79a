package no.avtaleportal.web;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every redirect within the portal goes out as a relative address ({@code /login},
 * {@code /activities?continue}), so that the {@code Host} header a client sent is never
 * reflected in a {@code Location}: a redirect that names the portal's own host, such as Spring
 * Security's return to the page asked for before signing in, loses its scheme and host.
 * Redirects elsewhere (to an identity provider) are left as they are.
 */
@Configuration(proxyBeanMethods = false)
class RelativeRedirects {

	@Bean
	static FilterRegistrationBean<OncePerRequestFilter> relativeRedirectFilter() {
		OncePerRequestFilter filter = new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				chain.doFilter(request, new HttpServletResponseWrapper(response) {

					@Override
					public void sendRedirect(String location) throws IOException {
						super.sendRedirect(relative(location, request));
					}

					@Override
					public void sendRedirect(String location, int status, boolean clearBuffer) throws IOException {
						super.sendRedirect(relative(location, request), status, clearBuffer);
					}

					@Override
					public void setHeader(String name, String value) {
						super.setHeader(name, HttpHeaders.LOCATION.equalsIgnoreCase(name) ? relative(value, request) : value);
					}

					@Override
					public void addHeader(String name, String value) {
						super.addHeader(name, HttpHeaders.LOCATION.equalsIgnoreCase(name) ? relative(value, request) : value);
					}

				});
			}

		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		// after ForwardedHeaderFilter (highest precedence), before everything that redirects
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	private static int port(URI uri) {
		if (uri.getPort() >= 0) {
			return uri.getPort();
		}
		return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
	}

	/** The location without scheme and host when it points at the host and port the request was sent to. */
	static String relative(String location, HttpServletRequest request) {
		if (location == null) {
			return null;
		}
		try {
			URI uri = new URI(location);
			if (!uri.isAbsolute() || uri.getRawAuthority() == null || uri.getHost() == null
					|| !uri.getHost().equalsIgnoreCase(request.getServerName()) || port(uri) != request.getServerPort()) {
				return location;
			}
			String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) ? "/" : uri.getRawPath();
			return path + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "")
					+ ((uri.getRawFragment() != null) ? "#" + uri.getRawFragment() : "");
		}
		catch (URISyntaxException ex) {
			return location;
		}
	}

}
