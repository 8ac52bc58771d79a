package no.avtaleportal.account;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import no.avtaleportal.support.MockMvcSessions;
import no.avtaleportal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class SecurityTests {

	/** The only pages that answer without login. */
	private static final Set<String> PUBLIC_PAGES = Set.of("/login", "/accessibility", "/error", "/actuator/health", "/login/unknown", "/login/forgotten",
			"/invitations/{token}", "/calendar/feed/{token:[A-Za-z0-9_-]+}.ics",
			// the confirmation page of a mail's signed unsubscribe link (issue 18)
			"/unsubscribe");

	/** The read API's OpenAPI document, public so that the parties' tools can read it (issue 20). */
	private static final String API_SPEC = "/api/v1/openapi.json";

	@Autowired
	private MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping handlerMapping;

	@Test
	void anonymousVisitorIsSentToTheLoginPage() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void noPageButThePublicOnesAnswersWithoutLogin() throws Exception {
		List<String> paths = this.handlerMapping.getHandlerMethods()
			.keySet()
			.stream()
			.map(RequestMappingInfo::getPatternValues)
			.flatMap(Set::stream)
			.distinct()
			.sorted()
			.toList();
		assertThat(paths).contains("/", "/login", "/accessibility");
		for (String pattern : paths) {
			String path = pattern.replaceAll("\\{[^}]+}", "1").replace("/**", "/x");
			MvcResult result = this.mvc.perform(get(path).accept(MediaType.TEXT_HTML)).andReturn();
			if (PUBLIC_PAGES.contains(pattern) || pattern.startsWith(API_SPEC)) {
				assertThat(result.getResponse().getRedirectedUrl()).as(path + " is public").isNull();
			}
			else if (pattern.startsWith("/api/")) {
				// the read API knows no sign-in page: without a token it answers 401, never a redirect
				assertThat(result.getResponse().getStatus()).as(path + " without a token").isEqualTo(401);
			}
			else {
				assertThat(result.getResponse().getRedirectedUrl()).as(path + " without login")
					.isEqualTo("/login");
			}
		}
	}

	@Test
	void calendarFeedAnswersWithoutLoginButAWrongTokenIsNotFound() throws Exception {
		this.mvc.perform(get("/calendar/feed/" + "A".repeat(43) + ".ics")).andExpect(status().isNotFound());
		this.mvc.perform(get("/calendar/feed/not-a-token.ics")).andExpect(status().isNotFound());
	}

	@Test
	void publicPagesAnswerWithoutLogin() throws Exception {
		this.mvc.perform(get("/login")).andExpect(status().isOk());
		this.mvc.perform(get("/accessibility")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		this.mvc.perform(get("/css/portal.css")).andExpect(status().isOk());
	}

	@Test
	void onlyTheHealthEndpointOfActuatorIsExposed() throws Exception {
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(content().json("{\"status\":\"UP\"}"))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("components"))));
		for (String endpoint : List.of("/actuator", "/actuator/env", "/actuator/beans", "/actuator/configprops")) {
			this.mvc.perform(get(endpoint).with(user("admin").roles("ADMIN")).accept(MediaType.TEXT_HTML))
				.andExpect(status().isNotFound());
		}
	}

	@Test
	void postWithoutCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/login").param("username", "prorektor").param("password", "demo"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/logout").with(user("prorektor"))).andExpect(status().isForbidden());
	}

	@Test
	void demoUserLogsInWithThePasswordDemo() throws Exception {
		this.mvc.perform(post("/login").with(csrf()).param("username", "prorektor").param("password", "demo"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/**"));
	}

	@Test
	void sessionIdChangesAtLogin() throws Exception {
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(get("/login").session(session)).andExpect(status().isOk());
		String before = MockMvcSessions.storedId(session);
		this.mvc.perform(post("/login").session(session).with(csrf()).param("username", "leser").param("password", "demo"))
			.andExpect(status().isFound());
		assertThat(before).isNotNull();
		assertThat(MockMvcSessions.storedId(session)).isNotNull().isNotEqualTo(before);
	}

	@Test
	void wrongPasswordAndUnknownUserGetTheSameAnswer() throws Exception {
		String wrongPassword = logInAndReadTheLoginPage("ntnu", "wrong");
		String unknownUser = logInAndReadTheLoginPage("nobody-" + UUID.randomUUID(), "wrong");
		assertThat(wrongPassword).contains(BAD_CREDENTIALS).doesNotContain(THROTTLED);
		assertThat(unknownUser).contains(BAD_CREDENTIALS).doesNotContain(THROTTLED);
	}

	@Test
	void throttleRefusesTheSixthAttemptEvenWithTheRightPasswordAndHidesWhetherTheUserExists() throws Exception {
		String existing = "throttled-" + UUID.randomUUID();
		createAccount(existing);
		String unknown = "unknown-" + UUID.randomUUID();
		for (String username : List.of(existing, unknown)) {
			for (int attempt = 1; attempt <= LoginThrottle.MAX_FAILURES; attempt++) {
				assertThat(logInAndReadTheLoginPage(username, "wrong")).as("attempt " + attempt)
					.contains(BAD_CREDENTIALS);
			}
			// the sixth attempt is refused even with the right password, and says so in words
			String refused = logInAndReadTheLoginPage(username, "demo");
			assertThat(refused).as(username).contains(THROTTLED).doesNotContain(BAD_CREDENTIALS);
			assertThat(refused).as("the username is kept").contains("value=\"" + username + "\"");
		}
		// other users are not affected
		this.mvc.perform(post("/login").with(csrf()).with(from(this.client)).param("username", "nho").param("password", "demo"))
			.andExpect(redirectedUrlPattern("/**"))
			.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error"));
	}

	@Test
	void aUsernameOver100CharactersIsAFailedSignInThatIsThrottledAndLogged() throws Exception {
		String username = "lang-" + UUID.randomUUID() + "x".repeat(120);
		for (int attempt = 1; attempt <= LoginThrottle.MAX_FAILURES; attempt++) {
			assertThat(logInAndReadTheLoginPage(username, "wrong")).as("attempt " + attempt).contains(BAD_CREDENTIALS);
		}
		assertThat(logInAndReadTheLoginPage(username, "wrong")).contains(THROTTLED);
		assertThat(this.jdbc.sql("select count(*) from security_event where kind = 'SIGN_IN_FAILED' and username = ?")
			.params(username.substring(0, 100))
			.query(Long.class)
			.single()).as("each attempt, the refused one too").isEqualTo(LoginThrottle.MAX_FAILURES + 1);
	}

	@Test
	void oneClientSprayingManyUsernamesIsStoppedWhileOtherClientsSignIn() throws Exception {
		String sprayer = this.client;
		for (int attempt = 1; attempt <= 30; attempt++) {
			assertThat(logInAndReadTheLoginPage("spray-" + UUID.randomUUID(), "wrong", sprayer)).as("attempt " + attempt)
				.contains(BAD_CREDENTIALS);
		}
		assertThat(logInAndReadTheLoginPage("leser", "demo", sprayer)).as("even a right password, from that client")
			.contains(THROTTLED);
		this.mvc.perform(post("/login").with(csrf()).with(from("198.51.100.7")).param("username", "leser").param("password", "demo"))
			.andExpect(redirectedUrlPattern("/**"))
			.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error"));
	}

	@Test
	void aStrangersFailuresDoNotLockTheOwnerOutButGuessingFromManyClientsSlowsDown() throws Exception {
		String owner = "eier-" + UUID.randomUUID();
		createAccount(owner);
		for (int attempt = 1; attempt <= LoginThrottle.MAX_FAILURES; attempt++) {
			logInAndReadTheLoginPage(owner, "wrong", this.client);
		}
		assertThat(logInAndReadTheLoginPage(owner, "demo", this.client)).as("the stranger's client").contains(THROTTLED);
		this.mvc.perform(post("/login").with(csrf()).with(from("198.51.100.8")).param("username", owner).param("password", "demo"))
			.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).as("the owner's client").doesNotContain("error"));

		for (int client = 1; client <= LoginThrottle.DELAY_AFTER; client++) {
			logInAndReadTheLoginPage(owner, "wrong", "203.0.113." + (100 + client));
		}
		assertThat(logInAndReadTheLoginPage(owner, "demo", "198.51.100.9")).as("a pause after many failures from anywhere")
			.contains(THROTTLED).contains("Vent ett minutt");
		assertThat(LoginThrottle.delayAfter(LoginThrottle.DELAY_AFTER)).hasSeconds(1);
		assertThat(LoginThrottle.delayAfter(LoginThrottle.DELAY_AFTER + 3)).hasSeconds(8);
		assertThat(LoginThrottle.delayAfter(LoginThrottle.DELAY_AFTER + 40)).isEqualTo(LoginThrottle.MAX_DELAY);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private String logInAndReadTheLoginPage(String username, String password, String client) throws Exception {
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(post("/login").session(session).with(csrf()).with(from(client)).param("username", username)
			.param("password", password)).andExpect(redirectedUrl("/login?error"));
		return this.mvc.perform(get("/login").param("error", "").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void theHostHeaderIsNeverReflectedInRedirects() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String toLogin = this.mvc.perform(get("/activities").session(session).header("Host", "evil.example"))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		assertThat(toLogin).doesNotContain("evil.example").startsWith("/login");
		String afterLogin = this.mvc
			.perform(post("/login").session(session).header("Host", "evil.example").with(csrf()).param("username", "leser")
				.param("password", "demo"))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		assertThat(afterLogin).doesNotContain("evil.example").startsWith("/activities");
		String afterPost = this.mvc.perform(post("/logout").session(session).header("Host", "evil.example").with(csrf()))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		assertThat(afterPost).doesNotContain("evil.example");
	}

	@Test
	void aSessionEndsTwelveHoursAfterSignInHoweverActiveItIs() throws Exception {
		MockHttpSession fresh = no.avtaleportal.support.SignIn.as(this.mvc, "leser");
		MockHttpSession old = no.avtaleportal.support.SignIn.as(this.mvc, "leser");
		this.jdbc.sql("update spring_session set creation_time = ? where session_id = ?")
			.params(System.currentTimeMillis() - java.time.Duration.ofHours(12).plusMinutes(1).toMillis(),
					MockMvcSessions.storedId(old))
			.update();
		this.mvc.perform(get("/").session(fresh)).andExpect(status().isOk());
		this.mvc.perform(get("/").session(old)).andExpect(redirectedUrl("/login"));
	}

	private static final String BAD_CREDENTIALS = "Feil brukernavn eller passord.";

	private static final String THROTTLED = "For mange mislykkede innlogginger";

	/**
	 * Signs in, follows the redirect back to the login page as a browser would, and returns what
	 * that page shows.
	 */
	private String logInAndReadTheLoginPage(String username, String password) throws Exception {
		return logInAndReadTheLoginPage(username, password, this.client);
	}

	/**
	 * Each test signs in from a client address of its own, so that the failures of one test (or
	 * of an earlier run) never count against another's client.
	 */
	private final String client = "198.18." + new java.util.Random().nextInt(256) + "." + new java.util.Random().nextInt(256);

	@Test
	void responsesCarryTheSecurityHeaders() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("script-src 'self'"),
							org.hamcrest.Matchers.containsString("frame-ancestors 'none'"),
							org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline")))))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andExpect(header().string("X-Frame-Options", "DENY"));
	}

	@Test
	void signedInUserGetsThe404PageForAPathThePortalDoesNotServe() throws Exception {
		this.mvc.perform(get("/no-such-page").with(user("ntnu")).accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound());
	}

	@Autowired
	private UserAccountRepository accounts;

	@Autowired
	private org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	private org.springframework.security.crypto.password.PasswordEncoder passwordEncoder;

	private void createAccount(String username) {
		this.accounts.save(new UserAccount(username, "Throttle Test", this.passwordEncoder.encode("demo"),
				Set.of(Role.READER), java.time.Instant.now()));
	}

}
