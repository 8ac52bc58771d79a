package no.avtaleportal.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * After a mistake the error summary at the top of the form names each field before its message,
 * lists them in the order of the form, links each to a field that is on the page, and takes the
 * focus; a group of radio buttons is a fieldset tied to its message.
 */
@PortalTest
class FormErrorSummariesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theSummaryNamesEachFieldInTheOrderOfTheFormAndEachLinkReachesItsField() throws Exception {
		MockHttpSession secretary = SignIn.as(this.mvc, "sekretaer");
		Document page = send(post("/meetings/new").session(secretary)
			.param("steeringGroupId", "")
			.param("date", "")
			.param("time", "")
			.param("durationMinutes", "")
			.param("place", "")
			.param("videoLink", ""));

		Element summary = page.selectFirst("#error-summary");
		assertThat(summary).isNotNull();
		assertThat(summary.hasAttr("autofocus")).as("the summary takes the focus").isTrue();
		assertThat(summary.attr("tabindex")).isEqualTo("-1");
		List<Element> links = summary.select("li a");
		assertThat(links).hasSizeGreaterThanOrEqualTo(3);
		List<Integer> places = links.stream().map(link -> {
			Element field = page.getElementById(link.attr("href").substring(1));
			assertThat(field).as(link.attr("href") + " leads to a field").isNotNull();
			String label = page.select("label[for=" + field.id() + "]").text();
			assertThat(link.text()).as("the link names its field").startsWith(label + ": ");
			return page.getAllElements().indexOf(field);
		}).toList();
		assertThat(places).as("in the order of the form").isSorted();
		assertThat(summary.select("li").eachText()).anyMatch(item -> item.startsWith("Dato: "));
	}

	@Test
	void aRadioGroupIsAFieldsetTiedToItsMessageAndTheSummaryLinksToItsFirstButton() throws Exception {
		MockHttpSession contributor = SignIn.as(this.mvc, "ntnu");
		long person = this.jdbc.sql("select person_id from user_account where username = 'ntnu'").query(Long.class).single();
		long activity = this.jdbc.sql("select id from activity where responsible_person_id = :person order by id limit 1")
			.param("person", person)
			.query(Long.class)
			.single();
		Document page = send(post("/activities/{id}/updates", activity).session(contributor)
			.param("writtenOn", "")
			.param("text", ""));

		Element group = page.selectFirst("fieldset:has(input[type=radio][name=light])");
		assertThat(group).isNotNull();
		assertThat(group.attr("aria-describedby")).isEqualTo("light-error");
		assertThat(page.getElementById("light-error")).isNotNull();
		assertThat(page.getElementById("light").attr("type")).isEqualTo("radio");
		assertThat(page.select("#error-summary a[href=#light]").text()).startsWith("Lys: ");
		this.mvc.perform(get("/activities/{id}", activity).session(contributor)).andExpect(status().isOk());
	}

	private Document send(MockHttpServletRequestBuilder request) throws Exception {
		String html = this.mvc.perform(request.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return Jsoup.parse(html);
	}

}
