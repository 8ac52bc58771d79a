package no.avtaleportal.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.avtaleportal.support.HttpSignIn;
import no.avtaleportal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page is written to the response in chunks ({@link FormErrorSummaries.SummarisingView}): over
 * real HTTP, through Spring Security's and Spring Session's response wrappers, a page of several
 * chunks arrives whole, in UTF-8, with the security headers that are written as the response
 * commits.
 */
@PortalTest
class PageWritingTests {

	@LocalServerPort
	int port;

	@Test
	void aPageOfSeveralChunksArrivesWholeInUtf8WithItsSecurityHeaders() throws Exception {
		String session = HttpSignIn.signIn(this.port, "prorektor");

		HttpResponse<String> page = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/dashboard"))
				.header("Cookie", "SESSION=" + session)
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
		assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(page.body().length()).as("more than two chunks of 8 KB").isGreaterThan(2 * 8192);
		assertThat(page.body()).startsWith("<!DOCTYPE html>")
			.contains("<h1", "Søk i portalen", "Møter")
			.endsWith("</html>\n");
	}

}
