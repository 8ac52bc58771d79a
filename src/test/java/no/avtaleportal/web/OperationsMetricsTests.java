package no.avtaleportal.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What operations watch (issue 21): Prometheus metrics on the management port only, with the
 * portal's own figures and HTTP timings per route template; the public port keeps its health
 * answer and serves no metrics.
 */
@PortalTest
class OperationsMetricsTests {

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Autowired
	MockMvc mvc;

	@Test
	void theManagementPortServesThePortalsMetricsWithoutALogin() throws Exception {
		SignIn.as(this.mvc, "leser");
		this.mvc.perform(post("/login").with(csrf()).param("username", "leser").param("password", "wrong"));
		// a request over HTTP to a route with a variable: timed under its template, not its address
		assertThat(get(this.port, "/calendar/feed/not-a-token.ics").statusCode()).isEqualTo(404);

		HttpResponse<String> metrics = get(this.managementPort, "/actuator/prometheus");

		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).containsPattern("(?m)^avtaleportal_sign_ins_total(\\{[^}]*\\})? [1-9]")
			.containsPattern("(?m)^avtaleportal_sign_ins_failed_total(\\{[^}]*\\})? [1-9]")
			.containsPattern("(?m)^avtaleportal_minutes_awaiting_approval(\\{[^}]*\\})? [0-9]")
			.contains("uri=\"/calendar/feed/{token:[A-Za-z0-9_-]+}.ics\"")
			.doesNotContain("not-a-token")
			.contains("http_server_requests_seconds_count", "jvm_memory_used_bytes", "hikaricp_connections", "tomcat_sessions")
			// each request is timed as a whole, not also each of Spring Security's filters or each
			// repository call (issue 15)
			.doesNotContain("spring_security_filterchains", "spring_security_authorizations",
					"spring_data_repository_invocations");
	}

	/**
	 * Every route can have its own timings: past {@code max-uri-tags} routes, Micrometer drops
	 * the timings of any further one (error pages and 404s have their own tags beside them).
	 */
	@Test
	void everyRouteFitsUnderTheLimitOfTaggedRoutes(
			@Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings,
			@Value("${management.metrics.web.server.max-uri-tags}") int limit) {
		long routes = mappings.getHandlerMethods()
			.keySet()
			.stream()
			.flatMap(mapping -> mapping.getPatternValues().stream())
			.distinct()
			.count();
		assertThat(routes).isGreaterThan(100).isLessThan(limit / 2);
	}

	@Test
	void theManagementPortAnswersLivenessAndReadiness() throws Exception {
		assertThat(get(this.managementPort, "/actuator/health/liveness").body()).contains("\"status\":\"UP\"");
		assertThat(get(this.managementPort, "/actuator/health/readiness").body()).contains("\"status\":\"UP\"");
	}

	@Test
	void thePublicPortHasHealthButNoMetrics() throws Exception {
		assertThat(get(this.port, "/actuator/health").body()).isEqualTo("{\"status\":\"UP\"}");
		assertThat(get(this.port, "/readyz").statusCode()).isEqualTo(200);
		assertThat(get(this.port, "/livez").statusCode()).isEqualTo(200);

		HttpResponse<String> anonymous = get(this.port, "/actuator/prometheus");
		assertThat(anonymous.statusCode()).as("an anonymous visitor is sent to the login page").isEqualTo(302);
		assertThat(anonymous.body()).doesNotContain("avtaleportal_");
		HttpClient admin = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.cookieHandler(new CookieManager())
			.build();
		String login = send(admin, HttpRequest.newBuilder(uri(this.port, "/login")).GET().build()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
		assertThat(csrf.find()).isTrue();
		String form = "username=admin&password=demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		assertThat(send(admin, HttpRequest.newBuilder(uri(this.port, "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build()).headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
		HttpResponse<String> signedIn = send(admin, HttpRequest.newBuilder(uri(this.port, "/actuator/prometheus")).GET().build());
		assertThat(signedIn.statusCode()).as("an administrator on the public port").isEqualTo(404);
		assertThat(signedIn.body()).doesNotContain("avtaleportal_");
	}

	private static URI uri(int port, String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws Exception {
		return client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(int port, String path) throws Exception {
		return send(this.http, HttpRequest.newBuilder(uri(port, path)).GET().build());
	}

}
