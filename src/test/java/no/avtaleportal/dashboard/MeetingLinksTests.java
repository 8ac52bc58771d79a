package no.avtaleportal.dashboard;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SecondAgreement;
import no.avtaleportal.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the dashboard and the meetings list show of the steering group leads somewhere (issue 13,
 * finding 11; issue 14, item 10): every link to a meeting opens for whoever is shown it, and where
 * there are meetings a viewer may not open, the page says so plainly.
 */
@PortalTest
class MeetingLinksTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void everyMeetingLinkOnTheDashboardAndTheMeetingsListOpensForTheViewer() throws Exception {
		for (String username : List.of("leser", "nho", "ntnu", "admin", "sekretaer", "avdelingsdirektor",
				SecondAgreement.CONTRIBUTOR, SecondAgreement.MEMBER)) {
			MockHttpSession session = SignIn.as(this.mvc, username);
			List<String> wrong = new ArrayList<>();
			for (String page : List.of("/dashboard", "/meetings")) {
				for (String link : page(session, page).select("main a[href^=/meetings/]").eachAttr("href")) {
					int status = this.mvc.perform(get(link.replaceFirst("#.*$", "")).session(session))
						.andReturn()
						.getResponse()
						.getStatus();
					if (status != 200) {
						wrong.add(page + " links to " + link + ": " + status);
					}
				}
			}
			assertThat(wrong).as(username).isEmpty();
		}
	}

	@Test
	void aReaderIsToldThatTheNextMeetingAndMinutesNotYetPublishedAreForTheSteeringGroup() throws Exception {
		MockHttpSession reader = SignIn.as(this.mvc, "leser");
		long demo = this.jdbc.sql("select id from agreement where import_key = 'ntnu-nho-2023'").query(Long.class).single();
		Document dashboard = page(reader, "/dashboard?agreement=" + demo);
		assertThat(dashboard.select("#meetings-heading + .facts").text())
			.contains("Neste møte")
			.contains("Dagsorden og referat er for styringsgruppen til referatet er publisert");
		Document meetings = page(reader, "/meetings");
		assertThat(meetings.select("main").text())
			.containsPattern("\\d+ møte(r)? til .* vises når referatet er publisert");
		// the steering group sees every meeting and is told nothing of the kind
		Document members = page(SignIn.as(this.mvc, "prorektor"), "/meetings");
		assertThat(members.text()).doesNotContain("vises når referatet er publisert");
	}

	private Document page(MockHttpSession session, String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

}
