package no.avtaleportal.web;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the log says about a request (issue 21): each line carries the request's correlation id,
 * and neither a password nor a calendar feed token ever reaches it.
 */
@PortalTest
@ExtendWith(OutputCaptureExtension.class)
class RequestLogTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aFailedSignInIsLoggedWithTheRequestsIdAndWithoutThePassword(CapturedOutput output) throws Exception {
		String password = "hemmelig-" + UUID.randomUUID();
		this.mvc
			.perform(post("/login").with(csrf())
				.header("X-Request-Id", "ops-test-request-1")
				.param("username", "leser")
				.param("password", password))
			.andExpect(status().isFound())
			.andExpect(header().string("X-Request-Id", "ops-test-request-1"));

		assertThat(lines(output)).anySatisfy(line -> assertThat(line).contains("[ops-test-request-1]", "A sign-in failed"));
		assertThat(output.getAll()).doesNotContain(password);
	}

	@Test
	void aWellFormedTraceparentIsKeptAndAnythingElseReplaced() throws Exception {
		this.mvc.perform(get("/login").header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"))
			.andExpect(header().string("X-Request-Id", "4bf92f3577b34da6a3ce929d0e0e4736"));
		this.mvc.perform(get("/login").header("X-Request-Id", "forged] INFO admin signed in\n"))
			.andExpect(header().string("X-Request-Id", org.hamcrest.Matchers.matchesPattern("[0-9a-f]{32}")));
		this.mvc.perform(get("/login").header("traceparent", "00-" + "0".repeat(32) + "-00f067aa0ba902b7-01"))
			.andExpect(header().string("X-Request-Id", org.hamcrest.Matchers.not("0".repeat(32))));
	}

	@Test
	void aFeedAddressLeavesNoTokenInTheLog(CapturedOutput output) throws Exception {
		MockHttpSession session = SignIn.as(this.mvc, "prorektor");
		String url = (String) this.mvc.perform(post("/calendar/token").session(session).with(csrf()))
			.andExpect(status().isFound())
			.andReturn()
			.getFlashMap()
			.get("feedUrl");
		String path = url.substring(url.indexOf("/calendar/feed/"));
		String token = path.substring("/calendar/feed/".length(), path.length() - ".ics".length());

		this.mvc.perform(get(path).header("X-Request-Id", "ops-test-feed-1")).andExpect(status().isOk());
		// input the portal refuses is logged with the address it came to
		this.mvc.perform(get(path).header("X-Request-Id", "ops-test-feed-2").param("x\0", "1"))
			.andExpect(status().isBadRequest());

		assertThat(lines(output)).anySatisfy(line -> assertThat(line).contains("[ops-test-feed-2]",
				"Bad input on GET /calendar/feed/{token}.ics"));
		assertThat(output.getAll()).doesNotContain(token);
	}

	private static List<String> lines(CapturedOutput output) {
		return output.getAll().lines().toList();
	}

}
