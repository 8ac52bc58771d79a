package no.avtaleportal.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Fetches a page as a signed-in user, parsed for tests that read it as the user would, or as sent
 * for tests that weigh it, and sends a page's form as the browser would.
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

	/** The page a stale form comes back on (409): the form with what was typed, parsed. */
	public static Document conflict(ResultActions sent) throws Exception {
		return Jsoup.parse(sent.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	/**
	 * What the browser sends when the user submits the form (the one of the page that posts to
	 * {@code action}): every field as the page filled it in, but for the fields named in
	 * {@code typed} (name, value, name, value …), which hold what the user typed instead.
	 */
	public static MockHttpServletRequestBuilder submit(Document page, String action, MockHttpSession session,
			String... typed) {
		FormElement form = (FormElement) page.expectFirst("form[method=post][action=" + action + "]");
		Map<String, List<String>> fields = new LinkedHashMap<>();
		form.formData()
			.stream()
			.filter(field -> !field.key().equals("_csrf"))
			.forEach(field -> fields.computeIfAbsent(field.key(), name -> new ArrayList<>()).add(field.value()));
		for (int i = 0; i < typed.length; i += 2) {
			fields.put(typed[i], List.of(typed[i + 1]));
		}
		MockHttpServletRequestBuilder request = post(action).session(session).with(csrf());
		fields.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
		return request;
	}

}
