package no.avtaleportal.meeting;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import no.avtaleportal.support.Pages;
import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A meeting is held only once it has started (by the portal's clock), and a meeting marked held
 * by mistake can be set back to planned while its minutes are a draft.
 */
@PortalTest
class MeetingHeldTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@RegisterExtension
	final MeetingFixture fixture = new MeetingFixture();

	@Test
	void aMeetingNextYearCannotBeMarkedHeldAndTheYearStaysShort() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		int nextYear = LocalDate.now(TestClock.portal()).getYear() + 1;
		long id = this.fixture.plan(secretary, nextYear + "-09-22");

		Document page = Pages.get200(this.mvc, "/meetings/" + id, secretary);
		assertThat(page.select("form[action$=/held]")).as("no button before the meeting").isEmpty();
		assertThat(page.select(".not-started").text())
			.isEqualTo("Møtet kan markeres som gjennomført når det har startet.");

		// sent anyway (an old page, another tab): refused, with the reason, and nothing changes
		this.mvc.perform(post("/meetings/" + id + "/held").session(secretary)
				.with(csrf())
				.param("version", String.valueOf(this.fixture.version(id))))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/meetings/" + id))
			.andExpect(flash().attribute("flashError", "meeting.error.notStarted"));
		Document refused = Jsoup.parse(this.mvc
			.perform(get("/meetings/" + id).session(secretary).flashAttr("flashError", "meeting.error.notStarted"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(refused.select("#flash-error[role=alert]").text())
			.isEqualTo("Møtet har ikke startet ennå, så det kan ikke markeres som gjennomført.");
		assertThat(meetingStatus(id)).isEqualTo("PLANNED");
		long agreement = this.jdbc.sql("select agreement_id from steering_group where id = :id")
			.param("id", this.fixture.steeringGroupId())
			.query(Long.class)
			.single();
		Document list = Pages.get200(this.mvc, "/meetings?agreement=" + agreement, secretary);
		assertThat(list.select(".rhythm-table tbody tr").eachText())
			.as("a meeting ahead counts as planned, never as held")
			.anyMatch(row -> row.matches(nextYear + "( \\(del av året\\))? 0 .*"));
		assertThat(Pages.get200(this.mvc, "/meetings/" + id, secretary).select("a[href$=/cancel]"))
			.as("it can still be cancelled")
			.hasSize(1);
	}

	@Test
	void aMeetingMarkedHeldByMistakeIsSetBackWhileItsMinutesAreADraft() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long id = this.fixture.plan(secretary, "2033-05-12");
		// at the meeting's start, the secretary may mark it held
		TestClock.portal().at(this.fixture.startsAt(id), () -> {
			assertThat(Pages.get200(this.mvc, "/meetings/" + id, secretary).select("form[action$=/held] button").text())
				.isEqualTo("Marker som gjennomført");
			return null;
		});
		this.fixture.send(secretary, id, "/held").andExpect(status().isFound());
		assertThat(meetingStatus(id)).isEqualTo("HELD");

		Document held = Pages.get200(this.mvc, "/meetings/" + id, secretary);
		assertThat(held.select("form[action$=/not-held] button").text()).isEqualTo("Sett tilbake til planlagt");
		assertThat(Pages.get200(this.mvc, "/meetings/" + id + "?lang=en", secretary)
			.select("form[action$=/not-held] button")
			.text()).isEqualTo("Set back to planned");
		this.fixture.send(secretary, id, "/not-held").andExpect(status().isFound());
		assertThat(meetingStatus(id)).isEqualTo("PLANNED");
		Document planned = Pages.get200(this.mvc, "/meetings/" + id, secretary);
		assertThat(planned.select("a[href$=/cancel]")).as("it can be cancelled again").hasSize(1);
		assertThat(planned.select("a[href$=/edit]").eachText()).contains("Endre tid og sted");
		assertThat(Pages.get200(this.mvc, "/meetings/" + id + "/history", secretary).select(".history-change").eachText())
			.anyMatch(change -> change.contains("Status fra Gjennomført til Planlagt"));

		// once the minutes are sent for approval, it stays held
		this.fixture.send(secretary, id, "/held").andExpect(status().isFound());
		this.fixture.send(secretary, id, "/submit").andExpect(status().isFound());
		this.fixture.send(secretary, id, "/not-held").andExpect(status().isConflict());
		assertThat(meetingStatus(id)).isEqualTo("HELD");
		assertThat(Pages.get200(this.mvc, "/meetings/" + id, secretary).select("form[action$=/not-held]")).isEmpty();
	}

	@Test
	void onlyTheSteeringGroupSetsAMeetingBack() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long id = this.fixture.plan(secretary, "2033-06-12");
		this.fixture.send(secretary, id, "/held").andExpect(status().isFound());
		this.fixture.send(this.fixture.signIn("ntnu"), id, "/not-held").andExpect(status().isForbidden());
		this.mvc.perform(get("/meetings/" + id).session(this.fixture.signIn("leser"))).andExpect(status().isNotFound());
		assertThat(meetingStatus(id)).isEqualTo("HELD");
	}

	private String meetingStatus(long id) {
		return this.jdbc.sql("select status from meeting where id = :id").param("id", id).query(String.class).single();
	}

}
