package no.avtaleportal.meeting;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import no.avtaleportal.support.Pages;
import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The history of a meeting (Envers): every change of the meeting, its agenda, attendance, notes,
 * decisions and action items, with who and when, field by field, in words; a draft's history is
 * as hidden as the draft.
 */
@PortalTest
class MeetingHistoryTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private SqlStatements statements;

	@RegisterExtension
	final MeetingFixture fixture = new MeetingFixture();

	@Test
	void historyRecordsWhoChangedWhichFieldOfTheMeetingAndItsParts() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long id = this.fixture.plan(secretary, "2031-02-10");
		long item = this.fixture.addItem(secretary, id, "Budsjett for 2031");
		MockHttpSession prorektor = this.fixture.signIn("prorektor");
		this.fixture.send(prorektor, id, "/agenda/" + item + "/edit", "title", "Budsjett og regnskap for 2031",
				"presenter", "Kari Nordmann", "plannedMinutes", "30", "notes", "Regnskapet er *godkjent*.")
			.andExpect(status().is3xxRedirection());
		this.fixture.send(secretary, id, "/attendance", "entries[0].id",
				String.valueOf(this.fixture.attendee(id, "Ingrid Berg")), "entries[0].presence", "REGRETS")
			.andExpect(status().is3xxRedirection());
		this.fixture.send(secretary, id, "/held").andExpect(status().is3xxRedirection());

		Document page = page("/meetings/" + id + "/history", prorektor);
		assertThat(page.select("h1").text()).isEqualTo("Historikk: Styringsgruppemøte 10.02.2031");
		String edit = change(page, "Sak på dagsorden «Budsjett og regnskap for 2031»: Endret av Kari Nordmann (NTNU)");
		assertThat(edit).contains("Tittel fra Budsjett for 2031 til Budsjett og regnskap for 2031",
				"Planlagte minutter fra 20 til 30", "Referatnotat fra (tomt) til Regnskapet er *godkjent*.");
		assertThat(edit).as("only the changed fields").doesNotContain("Innleder");
		assertThat(change(page, "Endret av Ingrid Berg (NTNU)")).contains("Status fra Planlagt til Gjennomført");
		assertThat(change(page, "Deltaker Ingrid Berg: Endret av Ingrid Berg (NTNU)"))
			.contains("Oppmøte fra Ikke registrert til Meldt forfall");
		assertThat(change(page, "Sak på dagsorden «Budsjett og regnskap for 2031»: Opprettet av Ingrid Berg (NTNU)"))
			.contains("Budsjett for 2031", "Rekkefølge 1");
		assertThat(change(page, "Opprettet av Ingrid Berg (NTNU)")).contains("Tidspunkt",
				"10.02.2031 kl. 10.00", "Sted", "Gløshaugen, Trondheim");
		assertThat(page.select(".page-kicker a").attr("href")).isEqualTo("/meetings/" + id);

		this.fixture.send(secretary, id, "/agenda/" + item + "/delete").andExpect(status().is3xxRedirection());
		assertThat(change(page("/meetings/" + id + "/history?lang=en", secretary),
				"Agenda item “Budsjett og regnskap for 2031”: Deleted by Ingrid Berg (NTNU)"))
			.isNotEmpty();
	}

	/**
	 * A deletion saved before deletions kept the record's last values (V198) held the part's id
	 * alone, not the meeting it was removed from; the migration gives it the values of the version
	 * before, so that the meeting's history, which reads its parts by the meeting, still lists it.
	 */
	@Test
	void aPartRemovedBeforeDeletionsKeptTheirValuesStaysInTheMeetingsHistory() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long id = this.fixture.plan(secretary, "2031-03-10");
		long item = this.fixture.addItem(secretary, id, "Sak som ble strøket");
		this.fixture.send(secretary, id, "/agenda/" + item + "/delete").andExpect(status().is3xxRedirection());
		String deleted = "Sak på dagsorden «Sak som ble strøket»: Slettet av Ingrid Berg (NTNU)";
		assertThat(page("/meetings/" + id + "/history", secretary).select("h3").eachText())
			.anyMatch(heading -> heading.startsWith(deleted));

		this.jdbc.sql("""
				update agenda_item_aud set meeting_id = null, title = null, notes = null, presenter = null,
				  planned_minutes = null, position = null
				where id = ? and revtype = 2""").param(item).update();
		assertThat(page("/meetings/" + id + "/history", secretary).select("h3").eachText())
			.as("a deletion as it was saved before V198")
			.noneMatch(heading -> heading.startsWith(deleted));

		this.jdbc.sql(new ClassPathResource("db/migration/V198__keep_a_deleted_records_last_values_in_its_history.sql")
			.getContentAsString(StandardCharsets.UTF_8)).update();
		assertThat(page("/meetings/" + id + "/history", secretary).select("h3").eachText())
			.anyMatch(heading -> heading.startsWith(deleted));
	}

	@Test
	void historyPagesNamePeopleHideInternalFieldsAndReferToRecordsInWords() throws Exception {
		long agreement = this.jdbc.sql("select id from agreement where import_key = 'ntnu-nho-2023'")
			.query(Long.class).single();
		MockHttpSession prorektor = this.fixture.signIn("prorektor");
		org.jsoup.nodes.Document agreementHistory = no.avtaleportal.support.Pages.get200(this.mvc,
				"/agreements/" + agreement + "/history", prorektor);
		assertThat(agreementHistory.select(".history-change").text()).doesNotContain("Importnøkkel", "ntnu-nho-2023")
			.contains("Opprettet av Avtaleportalen (automatisk)")
			.doesNotContain("av system");

		// the evaluation's decision and meeting by what they are, not by their numbers in the database
		org.jsoup.nodes.Document evaluationHistory = no.avtaleportal.support.Pages.get200(this.mvc,
				"/agreements/" + agreement + "/evaluation/history", prorektor);
		String text = evaluationHistory.select(".history-change").text();
		assertThat(text).doesNotContain("(nr.)")
			.contains("Møte Styringsgruppemøte 14.03.2025", "Vedtak 03/2025 «Etter evalueringen av Samarbeidsavtale");
		long decision = this.jdbc.sql("select decision_id from evaluation where agreement_id = :id").param("id", agreement)
			.query(Long.class).single();
		assertThat(text).doesNotContain("Vedtak " + decision + " ", "nr. " + decision);
	}

	@Test
	void theActivityAnAgendaItemLinkedToIsNamedByItsTitleAlsoAfterTheLinkIsRemoved() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long id = this.fixture.plan(secretary, "2031-02-17");
		var activity = this.jdbc.sql("""
				select a.id, a.title from activity a join focus_area f on f.id = a.focus_area_id
				join agreement g on g.id = f.agreement_id where g.import_key = 'ntnu-nho-2023' order by a.id limit 1""")
			.query((rs, row) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.single();
		this.fixture.send(secretary, id, "/agenda/new", "title", "Status for aktiviteten", "activityId",
				String.valueOf(activity.getKey()))
			.andExpect(status().is3xxRedirection());
		long item = this.fixture.lastAgendaItem(id);
		this.fixture.send(secretary, id, "/agenda/" + item + "/edit", "title", "Status for aktiviteten",
				"plannedMinutes", "20")
			.andExpect(status().is3xxRedirection());

		Document page = page("/meetings/" + id + "/history", secretary);
		assertThat(change(page, "Sak på dagsorden «Status for aktiviteten»: Endret av Ingrid Berg (NTNU)"))
			.contains("Aktivitet fra " + activity.getValue() + " til (tomt)");
		assertThat(change(page, "Sak på dagsorden «Status for aktiviteten»: Opprettet av Ingrid Berg (NTNU)"))
			.contains("Aktivitet", activity.getValue());
	}

	@Test
	void aDraftsHistoryIsNotFoundForThoseWhoCannotSeeTheDraft() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long id = this.fixture.plan(secretary, "2031-03-10");
		for (String outsider : new String[] { "leser", "ntnu", "nho" }) {
			this.mvc.perform(get("/meetings/" + id + "/history").session(this.fixture.signIn(outsider)))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/meetings/" + id + "/history").session(this.fixture.signIn("avdelingsdirektor")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/meetings/" + Long.MAX_VALUE + "/history").session(secretary))
			.andExpect(status().isNotFound());
	}

	@Test
	void readersSeeThePublishedMinutesHistoryOnlyFromThePublicationOn() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long id = this.fixture.submitted(secretary, "2031-04-10", "Styringsgruppen vedtar årsplanen.",
				"Sende årsplanen til partene");
		MockHttpSession prorektor = this.fixture.signIn("prorektor");
		this.fixture.send(prorektor, id, "/approve").andExpect(status().is3xxRedirection());
		this.fixture.send(this.fixture.signIn("avdelingsdirektor"), id, "/approve")
			.andExpect(status().is3xxRedirection());
		this.fixture.send(prorektor, id, "/publish").andExpect(status().is3xxRedirection());
		this.fixture.send(secretary, id, "/archive-reference", "reference", "2031/123-4")
			.andExpect(status().is3xxRedirection());

		Document insider = page("/meetings/" + id + "/history", secretary);
		assertThat(insider.text()).contains("Vedtak «Styringsgruppen vedtar årsplanen.»: Opprettet av Ingrid Berg (NTNU)",
				"Referatets status fra Godkjent til Publisert");

		Document reader = page("/meetings/" + id + "/history", this.fixture.signIn("leser"));
		assertThat(reader.text()).contains("Referatets status fra Godkjent til Publisert",
				"Arkivreferanse fra (tomt) til 2031/123-4", "Du ser endringene fra referatet ble publisert.");
		assertThat(reader.text()).as("the draft stays with the steering group")
			.doesNotContain("Vedtak «", "Sendt til godkjenning", "Sende årsplanen til partene");
	}

	@Test
	void theHistoryRunsAFixedNumberOfStatementsWhateverTheNumberOfItems() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long id = this.fixture.plan(secretary, "2031-05-10");
		this.fixture.addItem(secretary, id, "Første sak");
		int once = count(secretary, "/meetings/" + id + "/history");
		for (int i = 2; i <= 6; i++) {
			this.fixture.addItem(secretary, id, "Sak " + i);
		}
		assertThat(page("/meetings/" + id + "/history", secretary).select(".history-change")).hasSizeGreaterThan(6);
		assertThat(count(secretary, "/meetings/" + id + "/history")).isEqualTo(once);
	}

	/** The text of the newest change whose heading starts with the words. */
	private static String change(Document page, String heading) {
		return page.select(".history-change")
			.stream()
			.filter(change -> change.select("h3").text().startsWith(heading))
			.findFirst()
			.map(change -> change.text())
			.orElseThrow(() -> new AssertionError("no change headed " + heading + " in " + page.select("h3").eachText()));
	}

	private Document page(String url, MockHttpSession session) throws Exception {
		return Pages.get200(this.mvc, url, session);
	}

	private int count(MockHttpSession session, String url) throws Exception {
		this.statements.reset();
		this.mvc.perform(get(url).session(session)).andExpect(status().isOk());
		return this.statements.count();
	}

}
