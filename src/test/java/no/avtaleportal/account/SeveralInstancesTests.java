package no.avtaleportal.account;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.avtaleportal.support.HttpSignIn;
import no.avtaleportal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two portal instances on different ports against one database, as behind a load balancer: a
 * user signed in through one is signed in on the other, and a scheduled job runs on one only.
 */
@PortalTest
class SeveralInstancesTests {

	private static ConfigurableApplicationContext secondInstance;

	@LocalServerPort
	int port;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void startSecondInstance(@Autowired Environment environment) {
		secondInstance = PortalInstance.start(environment);
	}

	@AfterAll
	static void stopSecondInstance() {
		if (secondInstance != null) {
			secondInstance.close();
		}
	}

	@Test
	void aUserSignedInThroughOneInstanceIsSignedInOnTheOther() throws Exception {
		String session = HttpSignIn.signIn(this.port, "leser");
		int otherPort = PortalInstance.port(secondInstance);
		assertThat(otherPort).isNotEqualTo(this.port);

		HttpResponse<String> home = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + otherPort + "/"))
				.header("Cookie", "SESSION=" + session)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Velkommen, Lars Nilsen");

		HttpResponse<String> anonymous = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + otherPort + "/")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(anonymous.statusCode()).as("without the cookie: to the login page").isEqualTo(302);
	}

	@Test
	void aScheduledJobRunsOnOneInstanceOnly() {
		this.jdbc.sql("delete from shedlock where name = 'purge-failed-logins'").update();
		Integer first = this.throttle.purgeOldFailures();
		Integer second = secondInstance.getBean(LoginThrottle.class).purgeOldFailures();
		assertThat(first).as("the first instance takes the lock and runs").isNotNull();
		assertThat(second).as("the second finds it locked and skips").isNull();
		assertThat(this.jdbc.sql("select count(*) from shedlock where name = 'purge-failed-logins'")
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

}
