package no.avtaleportal.support;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Fetches a page as a signed-in user and parses it, for tests that read it as the user would.
 */
public final class Pages {

	private Pages() {
	}

	/** The page at the URL, which must answer 200, parsed. */
	public static Document get200(MockMvc mvc, String url, MockHttpSession session) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

}
