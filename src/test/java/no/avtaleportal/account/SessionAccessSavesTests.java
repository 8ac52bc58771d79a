package no.avtaleportal.account;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.avtaleportal.support.HttpSignIn;
import no.avtaleportal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session store keeps a session's last access to the minute ({@link SessionAccessSaves}): a
 * page asked for within a minute of the last save writes nothing to it, one asked for later saves
 * the new last access, and the stored one is what ends an idle session.
 */
@PortalTest
class SessionAccessSavesTests {

	private static final long TIMEOUT = Duration.ofHours(8).toMillis();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPageAskedForWithinAMinuteOfTheLastSaveWritesNothing() throws Exception {
		String session = HttpSignIn.signIn(this.port, "leser");
		long saved = lastAccess(session);

		HttpResponse<String> home = home(session);

		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Velkommen, Lars Nilsen");
		assertThat(lastAccess(session)).as("the stored last access").isEqualTo(saved);
	}

	@Test
	void aPageAskedForAMinuteAfterTheLastSaveSavesTheLastAccess() throws Exception {
		String session = HttpSignIn.signIn(this.port, "leser");
		this.jdbc.sql("""
				update spring_session set last_access_time = last_access_time - 61000, expiry_time = expiry_time - 61000
				where session_id = ?""").param(id(session)).update();
		long asked = System.currentTimeMillis();

		HttpResponse<String> home = home(session);

		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Velkommen, Lars Nilsen");
		long saved = lastAccess(session);
		assertThat(saved).as("the stored last access").isGreaterThanOrEqualTo(asked);
		assertThat(this.jdbc.sql("select expiry_time from spring_session where session_id = ?")
			.param(id(session))
			.query(Long.class)
			.single()).as("the stored end of the session").isEqualTo(saved + TIMEOUT);
	}

	@Test
	void aSessionWhoseStoredLastAccessIsOlderThanTheTimeoutIsOver() throws Exception {
		String session = HttpSignIn.signIn(this.port, "leser");
		long longAgo = System.currentTimeMillis() - TIMEOUT - 1000;
		this.jdbc.sql("update spring_session set last_access_time = ?, expiry_time = ? where session_id = ?")
			.params(longAgo, longAgo + TIMEOUT, id(session))
			.update();

		HttpResponse<String> home = home(session);

		assertThat(home.statusCode()).as("to the login page").isEqualTo(302);
		assertThat(home.headers().firstValue("Location").orElse("")).endsWith("/login");
	}

	private HttpResponse<String> home(String session) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/"))
				.header("Cookie", "SESSION=" + session)
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private long lastAccess(String session) {
		return this.jdbc.sql("select last_access_time from spring_session where session_id = ?")
			.param(id(session))
			.query(Long.class)
			.single();
	}

	/** The session's id: the cookie holds it in Base64. */
	private static String id(String cookie) {
		return new String(Base64.getDecoder().decode(cookie), StandardCharsets.US_ASCII);
	}

}
