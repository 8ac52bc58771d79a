package no.avtaleportal.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

import no.avtaleportal.account.AccessRules;

/**
 * The API's own security: a stateless chain for {@code /api/**} (no session, no cookie, no CSRF,
 * as no browser form posts to it) in which a request is its bearer token's owner or is refused
 * with 401; a rate limit per token (429 with {@code Retry-After}); answers as RFC 9457 problem
 * details. The OpenAPI document is public; its rendered page is for signed-in users.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurity {

	static final String SPEC = "/api/v1/openapi.json";

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 1)
	SecurityFilterChain apiSecurityChain(HttpSecurity http, ApiTokens tokens, RateLimiter limiter, ApiProblems problems) {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, SPEC, SPEC + ".yaml", SPEC + "/**")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/api/v1/**")
				.authenticated()
				.anyRequest()
				.denyAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache(cache -> cache.disable())
			.csrf(csrf -> csrf.disable())
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable())
			.logout(logout -> logout.disable())
			.addFilterBefore(new BearerTokens(tokens, limiter, problems), AnonymousAuthenticationFilter.class)
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, ex) -> problems.write(response, HttpStatus.UNAUTHORIZED,
						"api.problem.unauthorized", request))
				.accessDeniedHandler((request, response, ex) -> problems.write(response, HttpStatus.FORBIDDEN,
						"api.problem.forbidden", request)));
		return http.build();
	}

	/** The API's documentation page and the tokens on the profile, for signed-in users. */
	@Bean
	static AccessRules apiDocumentationAccess() {
		return requests -> requests.requestMatchers(HttpMethod.GET, ApiDocumentationController.PATH)
			.authenticated()
			.requestMatchers("/account/tokens", "/account/tokens/**")
			.authenticated();
	}

	/** ETags on the API's answers, and 304 for a request that has the same one. */
	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(
				new ShallowEtagHeaderFilter());
		registration.addUrlPatterns("/api/v1/*");
		return registration;
	}

	/**
	 * Reads {@code Authorization: Bearer}: a valid token makes the request its owner's (read-only;
	 * the chain allows GETs only) and takes one request from the token's bucket; an invalid one
	 * is answered 401 at once.
	 */
	static final class BearerTokens extends OncePerRequestFilter {

		private final ApiTokens tokens;

		private final RateLimiter limiter;

		private final ApiProblems problems;

		BearerTokens(ApiTokens tokens, RateLimiter limiter, ApiProblems problems) {
			this.tokens = tokens;
			this.limiter = limiter;
			this.problems = problems;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String header = request.getHeader(HttpHeaders.AUTHORIZATION);
			if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
				chain.doFilter(request, response);
				return;
			}
			var bearer = this.tokens.authenticate(header.substring(7).strip());
			if (bearer.isEmpty()) {
				this.problems.write(response, HttpStatus.UNAUTHORIZED, "api.problem.token", request);
				return;
			}
			long wait = this.limiter.take(bearer.get().tokenId());
			if (wait > 0) {
				response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait));
				this.problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "api.problem.tooMany", request);
				return;
			}
			var user = bearer.get().user();
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
			SecurityContextHolder.setContext(context);
			try {
				chain.doFilter(request, response);
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		}

	}

}
