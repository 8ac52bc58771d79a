package no.avtaleportal.account;

import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.context.support.WebApplicationContextUtils;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import no.avtaleportal.web.StaticPaths;

/**
 * Who may reach what. Every URL the portal serves is denied unless a rule allows it: the public
 * ones below, and the {@link AccessRules} each module declares. Paths no controller serves give a
 * signed-in user the 404 page and send an anonymous visitor to the login page.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = String.join("; ", "default-src 'self'", "script-src 'self'",
			"style-src 'self'", "img-src 'self' data:", "font-src 'self'", "object-src 'none'", "base-uri 'self'",
			"form-action 'self'", "frame-ancestors 'none'");

	/**
	 * Static files answer without a session: this chain loads no security context, creates and
	 * reads no session (so Spring Session does not go to its store for them, whatever cookie the
	 * browser sends; StaticFilesTests counts the statements), and remembers no request for after
	 * a login.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain staticFileSecurity(HttpSecurity http) {
		http.securityMatcher(StaticPaths.matcher())
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			// each of these would look the session up: the security context's repository, the
			// anonymous user's details (with the session id) and the check for an expired session
			.securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.anonymous(anonymous -> anonymous.disable())
			.sessionManagement(session -> session.disable())
			.requestCache(cache -> cache.disable())
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
		return http.build();
	}

	@Bean
	SecurityFilterChain portalSecurity(HttpSecurity http, AuthenticationManager authenticationManager,
			ObjectProvider<AccessRules> moduleRules,
			@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> handlerMapping,
			ObjectProvider<ClientRegistrationRepository> identityProviders, ObjectProvider<CsrfExemption> csrfExemptions) {
		ServedPaths servedPaths = new ServedPaths(handlerMapping);
		http.authenticationManager(authenticationManager).authorizeHttpRequests(requests -> {
			requests.requestMatchers(SecurityConfiguration::onTheManagementPort)
				.permitAll()
				.dispatcherTypeMatchers(DispatcherType.ERROR)
				.permitAll()
				.requestMatchers(StaticPaths.PATTERNS)
				.permitAll()
				.requestMatchers("/login", "/accessibility", "/error", "/actuator/health")
				.permitAll();
			moduleRules.orderedStream().forEach(rules -> rules.configure(requests));
			// an address nothing serves is a 404 for everyone (it reveals nothing a visitor could not
			// guess), except Actuator's, which need a login whatever is exposed later
			requests.requestMatchers("/actuator/**")
				.authenticated()
				.requestMatchers(servedPaths.unserved())
				.permitAll()
				.anyRequest()
				.denyAll();
		})
			.formLogin(form -> form.loginPage("/login")
				.successHandler(new LandingPage())
				.failureHandler(new LoginFailureHandler()))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.csrf(csrf -> csrfExemptions.orderedStream().forEach(exemption -> csrf.ignoringRequestMatchers(exemption.requests())))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		ClientRegistrationRepository registrations = identityProviders.getIfAvailable();
		if (registrations != null) {
			singleSignOn(http, registrations);
		}
		return http.build();
	}

	/**
	 * A request to the management server (metrics and health for operations, on a port of its
	 * own bound to this machine, {@code management.server.port}): it serves Actuator alone and
	 * needs no login. The public port never counts as one, whatever its paths.
	 */
	private static boolean onTheManagementPort(HttpServletRequest request) {
		return WebServerApplicationContext.hasServerNamespace(
				WebApplicationContextUtils.getWebApplicationContext(request.getServletContext()), "management");
	}

	/**
	 * Sign-in with Feide and Microsoft Entra ID, when they are configured: PKCE on every
	 * authorization request (state and nonce are Spring Security's own), an unknown person sent
	 * to a page that says whom to ask, and logout that also ends the session at the identity
	 * provider where it offers that (RP-initiated logout).
	 */
	private static void singleSignOn(HttpSecurity http, ClientRegistrationRepository registrations) {
		DefaultOAuth2AuthorizationRequestResolver requests = new DefaultOAuth2AuthorizationRequestResolver(registrations,
				OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
		requests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
		OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
		logout.setPostLogoutRedirectUri("{baseUrl}/login?logout");
		logout.setDefaultTargetUrl("/login?logout");
		http.oauth2Login(login -> login.loginPage("/login")
			.successHandler(new LandingPage())
			.authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(requests))
			.failureHandler((request, response, exception) -> response.sendRedirect(request.getContextPath()
					+ ((exception instanceof OAuth2AuthenticationException oauth
							&& SingleSignOn.UNKNOWN_PERSON.equals(oauth.getError().getErrorCode())) ? "/login/unknown"
									: "/login?error=sso"))))
			.logout(out -> out.logoutSuccessHandler(logout));
	}

	@Bean
	AuthenticationManager authenticationManager(AccountUserDetailsService users, PasswordEncoder passwordEncoder,
			LoginThrottle throttle, AuthenticationEventPublisher events, SingleSignOn singleSignOn) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(passwordEncoder);
		// the token client (an HTTP client with the JDK's trust store, 0.1 s of a start) is made at
		// the first sign-in through the identity provider, not at every start (issue 15)
		SingletonSupplier<RestClientAuthorizationCodeTokenResponseClient> tokens = SingletonSupplier
			.of(RestClientAuthorizationCodeTokenResponseClient::new);
		ProviderManager manager = new ProviderManager(new ThrottledAuthenticationProvider(throttle, passwords),
				new OidcAuthorizationCodeAuthenticationProvider(grant -> tokens.obtain().getTokenResponse(grant),
						singleSignOn));
		manager.setAuthenticationEventPublisher(events);
		return manager;
	}

	/**
	 * Publishes each sign-in's outcome for the security log and the throttle; a sign-in refused by
	 * the throttle is published as a failed one too.
	 */
	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
		DefaultAuthenticationEventPublisher events = new DefaultAuthenticationEventPublisher(publisher);
		events.setAdditionalExceptionMappings(Map.of(LoginThrottledException.class, AuthenticationFailureLockedEvent.class));
		return events;
	}

	/**
	 * No Micrometer observation of each security filter, authentication and authorization: on
	 * every request Spring Security otherwise wraps each of its filters in an observation and times
	 * it (issue 15: about 0.1 ms a request, 4–5 % of a small page's CPU). The request as a whole is
	 * still observed ({@code http.server.requests}), and the security log ({@link SecurityEvents})
	 * records sign-ins, failed sign-ins and denied access.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * Argon2id for every new hash; bcrypt hashes (imported accounts) are still recognised.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder("argon2", Map.of("argon2",
				Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new BCryptPasswordEncoder()));
	}

}
