package no.avtaleportal.account;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.avtaleportal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in with Feide and Microsoft Entra ID against a real OIDC server in the test
 * (mock-oauth2-server, one issuer for each), through a portal instance configured for both.
 */
@PortalTest
class SingleSignOnTests {

	private static final MockOAuth2Server identityProviders = new MockOAuth2Server();

	private static ConfigurableApplicationContext portal;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void start(@Autowired Environment environment) {
		identityProviders.start();
		String feide = identityProviders.issuerUrl("feide").toString();
		String entra = identityProviders.issuerUrl("entra").toString();
		String other = identityProviders.issuerUrl("other").toString();
		List<String> settings = new java.util.ArrayList<>();
		settings.addAll(registration("feide", "portal-feide", feide));
		settings.addAll(registration("entra", "portal-entra", entra));
		// a provider whose tokens come from another issuer than the one it claims to be
		settings.addAll(registration("forged", "portal-feide", feide));
		settings.addAll(List.of("spring.security.oauth2.client.provider.forged.authorization-uri=" + other + "/authorize",
				"spring.security.oauth2.client.provider.forged.token-uri=" + other + "/token",
				"spring.security.oauth2.client.provider.forged.jwk-set-uri=" + other + "/jwks",
				"spring.security.oauth2.client.provider.forged.user-info-uri=" + other + "/userinfo"));
		portal = PortalInstance.start(environment, settings.toArray(String[]::new));
	}

	private static List<String> registration(String id, String clientId, String issuer) {
		String prefix = "spring.security.oauth2.client.";
		return List.of(prefix + "registration." + id + ".client-id=" + clientId,
				prefix + "registration." + id + ".client-secret=secret",
				prefix + "registration." + id + ".scope=openid,profile,email",
				prefix + "provider." + id + ".issuer-uri=" + issuer);
	}

	@AfterAll
	static void stop() {
		if (portal != null) {
			portal.close();
		}
		identityProviders.shutdown();
	}

	@Test
	void theLoginPageOffersTheConfiguredProviders() throws Exception {
		String page = new Browser().get("/login").body();
		assertThat(page).contains("Logg inn med Feide (NTNU)", "Logg inn med Microsoft (NHO)",
				"/oauth2/authorization/feide", "/oauth2/authorization/entra");
	}

	@Test
	void aPreRegisteredPersonIsBoundAtTheFirstSignInAndKeptByIssuerAndSubject() throws Exception {
		UserAccount kari = register("kari-" + shortId() + "@ntnu.no", Role.READER);
		String subject = "feide-" + shortId();
		Browser browser = new Browser();
		assertThat(browser.signIn("feide", subject, List.of("portal-feide"), Map.of("email", kari.getEmail(),
				"name", "Kari Feide", "roles", List.of("ADMIN")))).isEqualTo("/tasks");
		assertThat(browser.get("/").body()).contains("Velkommen, " + kari.getDisplayName());
		assertThat(browser.get("/admin/users").statusCode()).as("roles come from the portal, not the token").isEqualTo(403);
		assertThat(identities(kari)).containsExactly(identityProviders.issuerUrl("feide") + " " + subject);

		// later sign-ins are found by (issuer, subject), whatever the e-mail claim says now
		Browser later = new Browser();
		assertThat(later.signIn("feide", subject, List.of("portal-feide"), Map.of("email", "changed@example.org")))
			.isEqualTo("/tasks");
		assertThat(later.get("/").body()).contains("Velkommen, " + kari.getDisplayName());
	}

	@Test
	void aSteeringGroupMemberLandsOnTheirTasks() throws Exception {
		UserAccount member = register("leder-" + shortId() + "@nho.no", Role.STEERING_GROUP);
		assertThat(new Browser().signIn("entra", "entra-" + shortId(), List.of("portal-entra"),
				Map.of("email", member.getEmail()))).isEqualTo("/tasks");
	}

	@Test
	void theSameSubjectAtTwoIssuersIsTwoLogins() throws Exception {
		UserAccount atNtnu = register("same-ntnu-" + shortId() + "@ntnu.no", Role.READER);
		UserAccount atNho = register("same-nho-" + shortId() + "@nho.no", Role.CONTRIBUTOR);
		String subject = "shared-" + shortId();
		Browser feide = new Browser();
		feide.signIn("feide", subject, List.of("portal-feide"), Map.of("email", atNtnu.getEmail()));
		Browser entra = new Browser();
		entra.signIn("entra", subject, List.of("portal-entra"), Map.of("email", atNho.getEmail()));
		assertThat(feide.get("/").body()).contains("Velkommen, " + atNtnu.getDisplayName());
		assertThat(entra.get("/").body()).contains("Velkommen, " + atNho.getDisplayName());
		assertThat(identities(atNtnu)).containsExactly(identityProviders.issuerUrl("feide") + " " + subject);
		assertThat(identities(atNho)).containsExactly(identityProviders.issuerUrl("entra") + " " + subject);
	}

	@Test
	void aFeideUserIdBindsToTheAccountWithThatUsername() throws Exception {
		UserAccount ola = this.accounts.save(new UserAccount("ola" + shortId() + "@ntnu.no", "Ola Feide", null,
				Set.of(Role.READER), Instant.now()));
		Browser browser = new Browser();
		assertThat(browser.signIn("feide", "eppn-" + shortId(), List.of("portal-feide"),
				Map.of(SingleSignOn.FEIDE_USER_ID, ola.getUsername()))).isEqualTo("/tasks");
		assertThat(browser.get("/").body()).contains("Velkommen, Ola Feide");
	}

	@Test
	void anUnregisteredPersonIsToldToAskAnAdministratorAndGetsNoAccess() throws Exception {
		Browser browser = new Browser();
		assertThat(browser.signIn("entra", "stranger-" + shortId(), List.of("portal-entra"),
				Map.of("email", "stranger-" + shortId() + "@example.org"))).isEqualTo("/login/unknown");
		assertThat(browser.get("/login/unknown").body()).contains("Be en administrator");
		assertThat(browser.get("/").statusCode()).as("no session with access").isEqualTo(302);
		assertThat(this.jdbc.sql("select count(*) from security_event where kind = 'SIGN_IN_REFUSED'").query(Long.class).single())
			.isPositive();
	}

	@Test
	void aTokenForAnotherAudienceOrFromAnotherIssuerIsRejected() throws Exception {
		UserAccount kari = register("aud-" + shortId() + "@ntnu.no", Role.READER);
		Browser wrongAudience = new Browser();
		assertThat(wrongAudience.signIn("feide", "aud-" + shortId(), List.of("someone-else"),
				Map.of("email", kari.getEmail(), "aud", List.of("someone-else")))).isEqualTo("/login?error=sso");
		assertThat(wrongAudience.get("/").statusCode()).isEqualTo(302);

		Browser wrongIssuer = new Browser();
		assertThat(wrongIssuer.signIn("forged", "iss-" + shortId(), List.of("portal-feide"),
				Map.of("email", kari.getEmail()), "other")).isEqualTo("/login?error=sso");
		assertThat(wrongIssuer.get("/").statusCode()).isEqualTo(302);
		assertThat(identities(kari)).isEmpty();
	}

	@Test
	void aCallbackWithAnotherStateIsRejected() throws Exception {
		Browser browser = new Browser();
		// no token is asked for: the portal refuses the answer before it redeems the code
		String end = browser.signIn("feide", null, null, null, "feide",
				callback -> callback.replaceAll("state=[^&]+", "state=forged"));
		assertThat(end).isEqualTo("/login?error=sso");
		assertThat(browser.get("/").statusCode()).isEqualTo(302);
	}

	@Test
	void loggingOutAlsoEndsTheSessionAtTheIdentityProvider() throws Exception {
		UserAccount kari = register("logout-" + shortId() + "@ntnu.no", Role.READER);
		Browser browser = new Browser();
		browser.signIn("feide", "logout-" + shortId(), List.of("portal-feide"), Map.of("email", kari.getEmail()));
		HttpResponse<String> logout = browser.post("/logout", csrf(browser.get("/").body()));
		assertThat(logout.statusCode()).isEqualTo(302);
		String location = logout.headers().firstValue("Location").orElseThrow();
		assertThat(location).startsWith(identityProviders.issuerUrl("feide").toString()).contains("id_token_hint=");
		assertThat(URLDecoder.decode(location, StandardCharsets.UTF_8)).contains("post_logout_redirect_uri=http://localhost:"
				+ PortalInstance.port(portal) + "/login?logout");
		assertThat(browser.get("/").statusCode()).isEqualTo(302);
	}

	private UserAccount register(String email, Role role) {
		UserAccount account = new UserAccount("sso-" + shortId(), "SSO " + email, null, Set.of(role), Instant.now());
		account.setEmail(email);
		return this.accounts.save(account);
	}

	private List<String> identities(UserAccount account) {
		return this.jdbc.sql("select issuer || ' ' || subject from oidc_identity where account_id = ?")
			.params(account.getId())
			.query(String.class)
			.list();
	}

	private static String csrf(String page) {
		Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(matcher.find()).isTrue();
		return "_csrf=" + URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
	}

	private static String shortId() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * A browser's part of the authorization code flow: cookies kept, redirects followed by hand.
	 */
	static class Browser {

		private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		private final String base = "http://localhost:" + PortalInstance.port(portal);

		HttpResponse<String> get(String pathOrUrl) throws Exception {
			return this.client.send(HttpRequest.newBuilder(URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : this.base + pathOrUrl))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String path, String form) throws Exception {
			return this.client.send(HttpRequest.newBuilder(URI.create(this.base + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		String signIn(String registration, String subject, List<String> audience, Map<String, Object> claims)
				throws Exception {
			return signIn(registration, subject, audience, claims, registration);
		}

		/**
		 * Starts at the portal, lets the identity provider issue a token with these contents, and
		 * returns where the portal sends the browser at the end.
		 */
		String signIn(String registration, String subject, List<String> audience, Map<String, Object> claims,
				String issuerId) throws Exception {
			return signIn(registration, subject, audience, claims, issuerId, UnaryOperator.identity());
		}

		/**
		 * As above, with the identity provider's answer to the portal changed on the way.
		 */
		String signIn(String registration, String subject, List<String> audience, Map<String, Object> claims,
				String issuerId, UnaryOperator<String> onTheWayBack) throws Exception {
			HttpResponse<String> start = get("/oauth2/authorization/" + registration);
			assertThat(start.statusCode()).isEqualTo(302);
			String authorize = start.headers().firstValue("Location").orElseThrow();
			assertThat(authorize).contains("state=", "nonce=", "code_challenge=", "code_challenge_method=S256");
			if (claims != null) {
				identityProviders.enqueueCallback(new DefaultOAuth2TokenCallback(issuerId, subject, "JWT", audience, claims, 3600));
			}
			HttpResponse<String> callback = get(authorize);
			assertThat(callback.statusCode()).isEqualTo(302);
			HttpResponse<String> end = get(onTheWayBack.apply(callback.headers().firstValue("Location").orElseThrow()));
			assertThat(end.statusCode()).isEqualTo(302);
			return end.headers().firstValue("Location").orElseThrow().replace(this.base, "");
		}

	}

}
