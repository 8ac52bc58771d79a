package no.avtaleportal.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import no.avtaleportal.database.DemoMode;
import no.avtaleportal.support.HttpSignIn;
import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Static files cost the server little and the browser nothing after the first visit: pages link
 * to names that carry a hash of the content, a browser may keep those for a year, and serving
 * one touches neither the session store nor anything else in the database, even when the
 * browser sends its session cookie along (as it does with every request).
 */
@PortalTest
class StaticFilesTests {

	private static final Pattern STYLE_SHEET = Pattern.compile("href=\"(/css/portal-[0-9a-f]{32}\\.css)\"");

	private static final Pattern ICON = Pattern.compile("href=\"(/images/favicon-[0-9a-f]{32}\\.svg)\"");

	private static final Pattern BOOTSTRAP = Pattern.compile("href=\"(/webjars/bootstrap/[^\"]+\\.css)\"");

	private static final long A_YEAR = 365L * 24 * 60 * 60;

	@LocalServerPort
	int port;

	@Autowired
	SqlStatements statements;

	@Autowired
	StaticFiles staticFiles;

	@Autowired
	ResourceUrlProvider resourceUrls;

	@Autowired
	DemoMode demoMode;

	@Test
	void pagesLinkToTheirStaticFilesByContentHashedNames() throws Exception {
		String session = HttpSignIn.signIn(this.port, "leser");
		String home = get("/", session).body();
		assertThat(home).containsPattern(STYLE_SHEET).containsPattern(ICON).containsPattern(BOOTSTRAP);
		assertThat(get("/login", null).body()).containsPattern(STYLE_SHEET).containsPattern(ICON);
	}

	@Test
	void aPageRenderedWhileThePortalStartsLinksToThePlainNameAndAnUnknownFileIsAnError() throws Exception {
		// before the context has refreshed, the resource handlers are not known yet
		StaticFiles starting = new StaticFiles(new ResourceUrlProvider());
		assertThat(starting.url("/css/portal.css")).isEqualTo("/css/portal.css");
		assertThat(get("/css/portal.css", null).statusCode()).isEqualTo(200);
		assertThatIllegalArgumentException().isThrownBy(() -> this.staticFiles.url("/css/no-such-file.css"));
		assertThat(this.staticFiles.url("/css/portal.css")).matches("/css/portal-[0-9a-f]{32}\\.css");
	}

	@Test
	void theLinksOfAPageRenderedWhileThePortalStartsAreNotKeptForLaterPages() {
		ResourceUrlProvider starting = new ResourceUrlProvider();
		PageFrame frame = new PageFrame(new WebJars(), new StaticFiles(starting), this.demoMode);
		assertThat(frame.frame().portalCss()).isEqualTo("/css/portal.css");
		starting.setHandlerMap(this.resourceUrls.getHandlerMap());
		assertThat(frame.frame().portalCss()).matches("/css/portal-[0-9a-f]{32}\\.css");
	}

	@Test
	void aStaticFileRequestedWithASessionCookieRunsNoSqlAndMayBeKeptForAYear() throws Exception {
		String session = HttpSignIn.signIn(this.port, "leser");
		String home = get("/", session).body();
		for (Pattern file : new Pattern[] { STYLE_SHEET, ICON, BOOTSTRAP }) {
			Matcher link = file.matcher(home);
			assertThat(link.find()).as(file.pattern()).isTrue();

			this.statements.reset();
			HttpResponse<String> response = get(link.group(1), session);
			assertThat(response.statusCode()).as(link.group(1)).isEqualTo(200);
			assertThat(this.statements.countWithSessions()).as("SQL statements for " + link.group(1)).isZero();
			assertThat(response.headers().firstValue("Cache-Control")).as(link.group(1))
				.hasValueSatisfying(cache -> assertThat(cache).contains("max-age=" + A_YEAR).contains("public"));
			assertThat(response.headers().allValues("Set-Cookie")).as("no cookie set by " + link.group(1)).isEmpty();
		}
		assertThat(get("/", session).statusCode()).as("still signed in").isEqualTo(200);
	}

	@Test
	void theStyleSheetIsStillServedUnderItsPlainName() throws Exception {
		HttpResponse<String> response = get("/css/portal.css", null);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isNotBlank();
	}

	private HttpResponse<String> get(String path, String session) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (session != null) {
			request.header("Cookie", "SESSION=" + session);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
