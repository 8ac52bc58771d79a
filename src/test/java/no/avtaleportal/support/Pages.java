package no.avtaleportal.support;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Fetches a page as a signed-in user, parsed for tests that read it as the user would, or as sent
 * for tests that weigh it.
 */
public final class Pages {

	private Pages() {
	}

	/** The page at the URL, which must answer 200, parsed. */
	public static Document get200(MockMvc mvc, String url, MockHttpSession session) throws Exception {
		return Jsoup.parse(html200(mvc, url, session));
	}

	/** The page at the URL, which must answer 200, as it was sent. */
	public static String html200(MockMvc mvc, String url, MockHttpSession session) throws Exception {
		return mvc.perform(get(url).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
