package no.avtaleportal.evaluation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import no.avtaleportal.support.Pages;
import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The evaluation's basis shows the period under review as it stood at its end (each activity's
 * status and light of that day, from its history), is frozen as of the day of the meeting that
 * treated it however much later its minutes are approved, and says which day it reflects.
 */
@PortalTest
class FrozenDossierTests {

	private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	private static final LocalDate MEETING = LocalDate.of(2025, 3, 14);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	private EvaluationFixture fixture;

	private Long activity;

	private Long later;

	@BeforeEach
	void fixture() {
		this.fixture = new EvaluationFixture(this.mvc, this.jdbc);
	}

	@AfterEach
	void restore() {
		if (this.activity != null) {
			this.jdbc.sql("delete from activity where id in (:ids)").param("ids", List.of(this.activity, this.later))
				.update();
		}
		this.fixture.restore();
	}

	@Test
	void theBasisShowsThePeriodAsItStoodOnTheDayOfTheMeetingThatTreatedIt() throws Exception {
		// green and in progress in the period; on hold with a red light since 30.08.2026
		this.activity = activity("Frysprøve", "2024-01-01", "IN_PROGRESS");
		change(this.activity, "IN_PROGRESS", "2024-01-15");
		update(this.activity, "2024-02-01", "GREEN", "Godt i gang.");
		change(this.activity, "ON_HOLD", "2026-08-30");
		update(this.activity, "2026-08-30", "RED", "Stoppet opp.");
		this.jdbc.sql("update activity set status = 'ON_HOLD', current_light = 'RED' where id = :id")
			.param("id", this.activity)
			.update();
		// registered after the period
		this.later = activity("Registrert etterpå", "2026-05-01", "PLANNED");

		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long meeting = this.fixture.draftMeeting(secretary, MEETING);
		this.fixture.propose(secretary, meeting, "CONTINUE").andExpect(status().isFound());
		// the minutes are approved eleven days after the meeting
		TestClock.portal().at(ZonedDateTime.of(MEETING.plusDays(11), LocalTime.NOON, OSLO).toInstant(), () -> {
			this.fixture.approveMinutes(secretary, meeting);
			return null;
		});
		assertThat(this.fixture.evaluationStatus()).isEqualTo("TREATED");

		Document page = Pages.get200(this.mvc, this.fixture.url(""), this.fixture.signIn("leser"));
		assertThat(page.select(".dossier .alert-info").text()).isEqualTo("Grunnlaget ble låst 14.03.2025, i møtet som "
				+ "behandlet evalueringen, og viser perioden slik den sto 14.03.2025: aktivitetenes status og trafikklys "
				+ "den dagen. Senere endringer vises ikke her.");
		assertThat(page.select(".dossier .lead").text()).isEqualTo("Perioden 20.11.2023–14.03.2025");
		// the activities with their status updates are on their own pages, the evaluation page tells what they come to
		Document activities = Pages.get200(this.mvc, this.fixture.url("/activities"), this.fixture.signIn("leser"));
		assertThat(activities.select(".dossier .alert-info").text())
			.isEqualTo(page.select(".dossier .alert-info").text());
		Element row = activities.select(".dossier tr:has(a:containsOwn(Frysprøve))").first();
		assertThat(row).as("the activity in the dossier").isNotNull();
		assertThat(row.select("td").first().text()).contains("Pågår", "Grønn").doesNotContain("Rød", "Satt på vent");
		assertThat(row.text()).contains("01.02.2024 Grønn: Godt i gang.").doesNotContain("Stoppet opp.");
		assertThat(activities.select(".dossier").text()).doesNotContain("Registrert etterpå");
		assertThat(page.select(".dossier").text()).doesNotContain("Frysprøve", "Registrert etterpå");

		// a dossier frozen before the number of status updates was kept beside them tells it as before
		List<String> tallies = page.select(".dossier p.tally").eachText();
		assertThat(tallies).anyMatch(tally -> tally.matches(".*(én|[1-9]\\d*) statusoppdateringer? i perioden\\."));
		this.jdbc.sql("""
				update evaluation set dossier = cast(regexp_replace(cast(dossier as text), '"updateCount": \\d+, ', '', 'g')
				    as jsonb) where agreement_id = :id""").param("id", this.fixture.agreementId).update();
		assertThat(this.jdbc.sql("select cast(dossier as text) from evaluation where agreement_id = :id")
			.param("id", this.fixture.agreementId)
			.query(String.class)
			.single()).contains("\"updates\"").doesNotContain("updateCount");
		assertThat(Pages.get200(this.mvc, this.fixture.url(""), this.fixture.signIn("leser")).select(".dossier p.tally")
			.eachText()).isEqualTo(tallies);

		Document english = Pages.get200(this.mvc, this.fixture.url("?lang=en"), this.fixture.signIn("leser"));
		assertThat(english.select(".dossier .alert-info").text()).startsWith("The basis was locked on 14.03.2025, when "
				+ "the steering group considered the evaluation, and shows the period as it stood on 14.03.2025");
	}

	@Test
	void theBasisNotYetTreatedSaysWhichDayItReflects() throws Exception {
		Document page = Pages.get200(this.mvc, this.fixture.url(""), this.fixture.signIn("leser"));
		assertThat(page.select(".dossier .lead").text()).isEqualTo("Perioden 20.11.2023–30.06.2025");
		assertThat(page.select(".dossier > p.text-body-secondary").text())
			.startsWith("Grunnlaget er satt sammen nå fra aktiviteter, møter og dokumenter, og viser perioden slik den "
					+ "sto 30.06.2025.");
	}

	private long activity(String title, String begun, String status) {
		long area = this.jdbc.sql("select id from focus_area where code = 'B' and agreement_id = :a")
			.param("a", this.fixture.agreementId)
			.query(Long.class)
			.single();
		long person = this.jdbc.sql("select person_id from user_account where username = 'ntnu'").query(Long.class).single();
		long ntnu = this.jdbc.sql("select id from organisation where short_name = 'NTNU'").query(Long.class).single();
		return this.jdbc.sql("""
				insert into activity (title, focus_area_id, lead_organisation_id, responsible_person_id, status, start_date,
				    created_by, created_at, last_modified_by, last_modified_at)
				values (:title, :area, :ntnu, :person, :status, cast(:begun as date), 'test', cast(:begun as date),
				    'test', cast(:begun as date)) returning id""")
			.param("title", title)
			.param("area", area)
			.param("ntnu", ntnu)
			.param("person", person)
			.param("status", status)
			.param("begun", begun)
			.query(Long.class)
			.single();
	}

	private void change(long id, String status, String on) {
		this.jdbc.sql("""
				insert into activity_status_change (activity_id, status, changed_on, changed_at)
				values (:id, :status, cast(:on as date), now())""")
			.param("id", id)
			.param("status", status)
			.param("on", on)
			.update();
	}

	private void update(long id, String on, String light, String text) {
		this.jdbc.sql("""
				insert into status_update (activity_id, written_on, author_name, light, text, created_by, created_at,
				    last_modified_by, last_modified_at)
				values (:id, cast(:on as date), 'Per Johansen', :light, :text, 'test', now(), 'test', now())""")
			.param("id", id)
			.param("on", on)
			.param("light", light)
			.param("text", text)
			.update();
	}

}
