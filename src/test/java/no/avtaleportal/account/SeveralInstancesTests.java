package no.avtaleportal.account;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

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
		String session = signIn(this.port, "leser");
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

	/**
	 * Signs in through the real login form over HTTP and returns the session cookie's value.
	 */
	static String signIn(int port, String username) throws Exception {
		CookieManager cookies = new CookieManager();
		HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
		String loginPage = client
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
		assertThat(csrf.find()).isTrue();
		String form = "username=" + username + "&password=demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> login = client.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form))
					.build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals("SESSION"))
			.findFirst()
			.orElseThrow()
			.getValue();
	}

}
