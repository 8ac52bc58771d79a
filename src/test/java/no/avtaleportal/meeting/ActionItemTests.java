package no.avtaleportal.meeting;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import no.avtaleportal.support.Pages;
import no.avtaleportal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Action items and decisions as the steering group keeps them: anyone of a party to the agreement
 * can own an action item (and finds it among their tasks), decisions and action items are
 * edited and merged while the minutes are a draft, an action item is closed in one step from
 * "Mine oppgaver", and an agenda item is deleted only after a confirmation.
 */
@PortalTest
class ActionItemTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@RegisterExtension
	final MeetingFixture fixture = new MeetingFixture();

	@Test
	void anyoneOfAPartyOwnsAnActionItemFindsItAmongTheirTasksAndClosesItThereInOneStep() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long id = this.fixture.plan(secretary, "2024-06-13");
		long item = this.fixture.addItem(secretary, id, "Kompetansebehov i medlemsbedriftene");

		// the field suggests the attendees; anyone else of the two parties is typed, and no one is listed
		Document form = Pages.get200(this.mvc, "/meetings/" + id + "/agenda/" + item + "/actions/new", secretary);
		List<String> attendees = this.jdbc.sql("select name from attendee where meeting_id = :id order by position")
			.param("id", id)
			.query(String.class)
			.list();
		assertThat(form.select("#owner-suggestions option").eachAttr("value"))
			.containsExactlyElementsOf(attendees.stream().distinct().toList());
		assertThat(form.select("select[name=owner]")).isEmpty();
		assertThat(form.text()).doesNotContain("Per Johansen");

		long per = this.jdbc.sql("select id from person where name = 'Per Johansen'").query(Long.class).single();
		String task = "Kartlegge kompetansebehov " + java.util.UUID.randomUUID();
		this.fixture.send(secretary, id, "/agenda/" + item + "/actions/new", "text", task, "owner", "Per Johansen",
				"dueDate", "2024-08-01").andExpect(status().isFound());
		assertThat(this.jdbc.sql("select owner_person_id from action_item where meeting_id = :id").param("id", id)
			.query(Long.class).single()).isEqualTo(per);
		this.fixture.send(secretary, id, "/held").andExpect(status().isFound());
		this.fixture.send(secretary, id, "/submit").andExpect(status().isFound());
		this.fixture.send(this.fixture.signIn("prorektor"), id, "/approve").andExpect(status().isFound());
		this.fixture.send(this.fixture.signIn("avdelingsdirektor"), id, "/approve").andExpect(status().isFound());
		this.fixture.send(secretary, id, "/publish").andExpect(status().isFound());

		// Per Johansen did not attend; the task is his, among his tasks, and with his party on the dashboard
		MockHttpSession ntnu = this.fixture.signIn("ntnu");
		Element mine = Pages.get200(this.mvc, "/tasks", ntnu).select(".task").stream()
			.filter(line -> line.text().contains(task))
			.findFirst()
			.orElseThrow();
		Document dashboard = Pages.get200(this.mvc, dashboard(), ntnu);
		Element late = dashboard.select(".late-list li").stream()
			.filter(line -> line.text().contains(task))
			.findFirst()
			.orElseThrow();
		assertThat(late.select(".party-badge").text()).isEqualTo("NTNU");
		assertThat(late.text()).contains("Per Johansen");

		// one step from "Mine oppgaver": the comment is optional
		long action = this.jdbc.sql("select id from action_item where meeting_id = :id").param("id", id)
			.query(Long.class).single();
		Element close = mine.select("form").stream()
			.filter(f -> f.attr("action").equals("/meetings/" + id + "/actions/" + action + "/done"))
			.findFirst()
			.orElseThrow();
		assertThat(close.select("textarea, input[name=text]")).hasSize(1);
		this.mvc.perform(post("/meetings/" + id + "/actions/" + action + "/done").session(ntnu).with(csrf())
			.param("text", "").param("returnTo", "tasks"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/tasks"));
		assertThat(this.jdbc.sql("select done_by || '|' || coalesce(done_comment, '-') from action_item where id = :id")
			.param("id", action).query(String.class).single()).isEqualTo("Per Johansen|-");
		assertThat(Pages.get200(this.mvc, "/tasks", ntnu).select(".task").text()).doesNotContain(task);
		assertThat(Pages.get200(this.mvc, dashboard(), ntnu).text()).doesNotContain(task);
		assertThat(Pages.get200(this.mvc, "/meetings/" + id, ntnu).select("#action-" + action).text())
			.contains("Utført, registrert av Per Johansen.").doesNotContain("null");
	}

	@Test
	void anActionItemDueFarOutsideTheAgreementsTermIsRefusedWithTheWindowAndTheInputKept() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long id = this.fixture.plan(secretary, "2030-11-06");
		long item = this.fixture.addItem(secretary, id, "Frister");
		for (String date : List.of("1900-01-01", "2999-06-01")) {
			String page = this.fixture
				.send(secretary, id, "/agenda/" + item + "/actions/new", "text", "Skrive plan", "owner",
						"Ingrid Berg", "dueDate", date)
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			Document form = org.jsoup.Jsoup.parse(page);
			assertThat(form.select("#dueDate-error").text()).as(date)
				.contains("Datoen må ligge mellom 20.11.2013 og ")
				.contains("avtalens løpetid (20.11.2023–");
			assertThat(form.select("input[name=dueDate]").attr("value")).isEqualTo(date);
		}
		assertThat(this.jdbc.sql("select count(*) from action_item where meeting_id = :id").param("id", id)
			.query(Long.class).single()).isZero();
	}

	@Test
	void aGuestWhoIsAPersonOfAPartyOwnsTheActionItemAsThatPerson() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long id = this.fixture.plan(secretary, "2030-11-13");
		long item = this.fixture.addItem(secretary, id, "Gjest med oppgave");
		this.fixture.send(secretary, id, "/attendance/guests", "name", "Marte Prøve", "organisation", "NTNU")
			.andExpect(status().isFound());
		long marte = this.jdbc.sql("select id from person where name = 'Marte Prøve'").query(Long.class).single();
		Document form = Pages.get200(this.mvc, "/meetings/" + id + "/agenda/" + item + "/actions/new", secretary);
		assertThat(form.select("#owner-suggestions option").eachAttr("value")).containsOnlyOnce("Marte Prøve");
		this.fixture.send(secretary, id, "/agenda/" + item + "/actions/new", "text", "Sende program", "owner",
				"Marte Prøve", "dueDate", "2030-12-01")
			.andExpect(status().isFound());
		assertThat(this.jdbc.sql("select owner_person_id from action_item where meeting_id = :id").param("id", id)
			.query(Long.class).single()).isEqualTo(marte);
	}

	@Test
	void decisionsAndActionItemsAreEditedAndMergedWhileTheMinutesAreADraft() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long id = this.fixture.plan(secretary, "2030-11-20");
		long item = this.fixture.addItem(secretary, id, "Rapportering");
		this.fixture.send(secretary, id, "/agenda/" + item + "/decisions/new", "text", "Utkast til vedtak")
			.andExpect(status().isFound());
		this.fixture.send(secretary, id, "/agenda/" + item + "/decisions/new", "text", "Utkast til vedtak (dobbel)")
			.andExpect(status().isFound());
		List<Long> decisions = ids("decision", id);

		// edited at the version the page was opened at
		Document edit = Pages.get200(this.mvc, "/meetings/" + id + "/decisions/" + decisions.get(0) + "/edit", secretary);
		assertThat(edit.select("textarea[name=text]").text()).isEqualTo("Utkast til vedtak");
		long stale = this.fixture.version(id);
		this.fixture.send(secretary, id, "/decisions/" + decisions.get(0) + "/edit", "text", "Rapporten tas til orientering.")
			.andExpect(status().isFound());
		this.mvc.perform(post("/meetings/" + id + "/decisions/" + decisions.get(0) + "/edit").session(secretary).with(csrf())
			.param("text", "Overskriver").param("version", String.valueOf(stale)))
			.andExpect(status().isConflict());
		assertThat(texts("decision", id)).containsExactly("Rapporten tas til orientering.", "Utkast til vedtak (dobbel)");

		// a duplicate decision is merged into the one kept
		this.fixture.send(secretary, id, "/decisions/" + decisions.get(1) + "/merge", "into", String.valueOf(decisions.get(0)))
			.andExpect(status().isFound());
		assertThat(texts("decision", id)).containsExactly("Rapporten tas til orientering.");

		this.fixture.send(secretary, id, "/agenda/" + item + "/actions/new", "text", "Sende rapporten", "owner",
				"Ingrid Berg", "dueDate", "2030-12-15").andExpect(status().isFound());
		this.fixture.send(secretary, id, "/agenda/" + item + "/actions/new", "text", "Sende rapport til NHO", "owner",
				"Ingrid Berg", "dueDate", "2030-12-01").andExpect(status().isFound());
		List<Long> actions = ids("action_item", id);
		long ola = this.jdbc.sql("select id from person where name = 'Ola Hansen'").query(Long.class).single();
		Document actionForm = Pages.get200(this.mvc, "/meetings/" + id + "/actions/" + actions.get(0) + "/edit", secretary);
		assertThat(actionForm.select("textarea[name=text]").text()).isEqualTo("Sende rapporten");
		assertThat(actionForm.select("#owner").val()).isEqualTo("Ingrid Berg");
		this.fixture.send(secretary, id, "/actions/" + actions.get(0) + "/edit", "text", "Sende rapporten til NHO",
				"owner", "Ola Hansen", "dueDate", "2030-12-20").andExpect(status().isFound());
		assertThat(this.jdbc.sql("select text || '|' || owner_name || '|' || owner_person_id || '|' || due_date from action_item where id = :id")
			.param("id", actions.get(0)).query(String.class).single())
			.isEqualTo("Sende rapporten til NHO|Ola Hansen|" + ola + "|2030-12-20");

		// merging keeps the earlier due date
		this.fixture.send(secretary, id, "/actions/" + actions.get(1) + "/merge", "into", String.valueOf(actions.get(0)))
			.andExpect(status().isFound());
		assertThat(this.jdbc.sql("select text || '|' || due_date from action_item where meeting_id = :id")
			.param("id", id).query(String.class).list()).containsExactly("Sende rapporten til NHO|2030-12-01");

		// not once the minutes are sent for approval
		this.fixture.send(secretary, id, "/held").andExpect(status().isFound());
		this.fixture.send(secretary, id, "/submit").andExpect(status().isFound());
		this.fixture.send(secretary, id, "/decisions/" + decisions.get(0) + "/edit", "text", "For sent")
			.andExpect(status().isConflict());
		this.fixture.send(secretary, id, "/actions/" + actions.get(0) + "/edit", "text", "For sent", "owner",
				"Ola Hansen", "dueDate", "2030-12-20").andExpect(status().isConflict());
	}

	@Test
	void aDecisionsAndAnActionItemsFormSentBackAsThePageFilledItInSavesAndChangesNothing() throws Exception {
		// what UrlWalkTests checks of every other edit form; its example meeting has no decisions
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long id = this.fixture.plan(secretary, "2030-12-04");
		long item = this.fixture.addItem(secretary, id, "Uendret skjema");
		this.fixture.send(secretary, id, "/agenda/" + item + "/decisions/new", "text", "Vedtaket står")
			.andExpect(status().isFound());
		this.fixture.send(secretary, id, "/agenda/" + item + "/actions/new", "text", "Oppgaven står", "owner",
				"Ingrid Berg", "dueDate", "2030-12-18").andExpect(status().isFound());
		for (String url : List.of("/meetings/" + id + "/decisions/" + ids("decision", id).get(0) + "/edit",
				"/meetings/" + id + "/actions/" + ids("action_item", id).get(0) + "/edit")) {
			Document page = Pages.get200(this.mvc, url, secretary);
			String before = saved(id);
			this.mvc.perform(Pages.submit(page, url, secretary)).andExpect(status().isFound());
			assertThat(saved(id)).as(url + " sent as it stood").isEqualTo(before);
		}
		assertThat(texts("decision", id)).containsExactly("Vedtaket står");
	}

	@Test
	void deletingAnAgendaItemAsksFirst() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long id = this.fixture.plan(secretary, "2030-11-27");
		long item = this.fixture.addItem(secretary, id, "Sak som skal bort");
		String url = "/meetings/" + id + "/agenda/" + item + "/delete";

		Document meeting = Pages.get200(this.mvc, "/meetings/" + id, secretary);
		assertThat(meeting.select("a[href=" + url + "]")).hasSize(1);
		assertThat(meeting.select("form[action=" + url + "]")).isEmpty();

		Document confirm = Pages.get200(this.mvc, url, secretary);
		assertThat(confirm.select("h1").text()).contains("Slette saken?");
		assertThat(confirm.text()).contains("Sak som skal bort");
		assertThat(confirm.select("form[action=" + url + "] button[type=submit]").text()).isEqualTo("Slett saken");
		assertThat(confirm.select("a[href=/meetings/" + id + "#item-" + item + "]")).hasSize(1);
		assertThat(this.jdbc.sql("select count(*) from agenda_item where id = :id").param("id", item)
			.query(Long.class).single()).isEqualTo(1);

		this.fixture.send(secretary, id, "/agenda/" + item + "/delete").andExpect(status().isFound());
		assertThat(this.jdbc.sql("select count(*) from agenda_item where id = :id").param("id", item)
			.query(Long.class).single()).isZero();
	}

	private List<Long> ids(String table, long meetingId) {
		return this.jdbc.sql("select id from " + table + " where meeting_id = :id order by id")
			.param("id", meetingId).query(Long.class).list();
	}

	private List<String> texts(String table, long meetingId) {
		return this.jdbc.sql("select text from " + table + " where meeting_id = :id order by id")
			.param("id", meetingId).query(String.class).list();
	}

	/**
	 * The meeting's version (which its decisions and action items share), what they say, and how
	 * many revisions the history holds.
	 */
	private String saved(long meeting) {
		return this.jdbc.sql("""
				select (select version from meeting where id = :id) || '|'
				    || (select string_agg(text, ',' order by id) from decision where meeting_id = :id) || '|'
				    || (select string_agg(concat_ws(';', text, owner_name, owner_person_id, due_date), ',' order by id)
				        from action_item where meeting_id = :id) || '|'
				    || (select count(*) from audit_revision)""")
			.param("id", meeting)
			.query(String.class)
			.single();
	}

	private long agreementId() {
		return this.jdbc.sql("select id from agreement where import_key = 'ntnu-nho-2023'").query(Long.class).single();
	}

	private String dashboard() {
		return "/dashboard?agreement=" + agreementId();
	}

}
