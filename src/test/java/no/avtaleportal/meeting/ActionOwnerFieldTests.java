package no.avtaleportal.meeting;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import no.avtaleportal.support.Pages;
import no.avtaleportal.support.PersonFields;
import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The owner of a meeting's action item is typed, as in the portal's other person fields (issue
 * 15): an attendee by name (the field suggests the attendees), a guest who is not registered as
 * well, anyone else of the agreement's parties by name or e-mail address, but no one of another
 * organisation; a text that fits no one or several is refused with the text kept and nothing
 * saved; and the form does not grow with the people registered.
 */
@PortalTest
class ActionOwnerFieldTests {

	private static final String KEY = "eierfelt-";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private SqlStatements sql;

	@RegisterExtension
	final MeetingFixture fixture = new MeetingFixture();

	@AfterEach
	void removePeople() {
		this.jdbc.sql("delete from action_item where owner_person_id in (select id from person where import_key like :key)")
			.param("key", KEY + "%")
			.update();
		this.jdbc.sql("delete from person where import_key like :key").param("key", KEY + "%").update();
		this.jdbc.sql("delete from organisation where short_name = 'Eierfelt AS'").update();
	}

	@Test
	void aGuestAttendeeAndARegisteredPersonOwnActionItemsInBothLanguages() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long id = this.fixture.plan(secretary, "2030-10-02");
		long item = this.fixture.addItem(secretary, id, "Eiere");
		this.fixture.send(secretary, id, "/attendance/guests", "name", "Gunnar Gjestesen", "organisation", "SINTEF")
			.andExpect(status().isFound());
		String email = "eira.r@example.org";
		long per = person("registrert", "Eira Registrert", ntnu(), email);

		Document form = page("/meetings/" + id + "/agenda/" + item + "/actions/new", secretary, "nb");
		assertThat(form.select("#owner").attr("list")).isEqualTo("owner-suggestions");
		assertThat(form.select("#owner-suggestions option").eachAttr("value")).contains("Gunnar Gjestesen")
			.doesNotContain("Eira Registrert");
		assertThat(form.select("#owner-help").text()).startsWith("Skriv navnet til en møtedeltaker");
		assertThat(page("/meetings/" + id + "/agenda/" + item + "/actions/new", secretary, "en").select("#owner-help").text())
			.startsWith("Type the name of an attendee");

		this.fixture.send(secretary, id, "/agenda/" + item + "/actions/new", "text", "Gjesten gjør", "owner",
				"gunnar gjestesen", "dueDate", "2030-12-01").andExpect(status().isFound());
		this.fixture.send(secretary, id, "/agenda/" + item + "/actions/new", "text", "Per gjør", "owner", email,
				"dueDate", "2030-12-01", "lang", "en").andExpect(status().isFound());
		assertThat(this.jdbc.sql("""
				select text || '|' || owner_name || '|' || coalesce(owner_person_id, 0) from action_item
				where meeting_id = :id order by id""").param("id", id).query(String.class).list())
			.containsExactly("Gjesten gjør|Gunnar Gjestesen|0", "Per gjør|Eira Registrert|" + per);

		// the edit form shows the owner: the guest by name, the registered person as the person fields do
		long guests = action(id, "Gjesten gjør");
		long pers = action(id, "Per gjør");
		assertThat(page("/meetings/" + id + "/actions/" + guests + "/edit", secretary, "nb").select("#owner").val())
			.isEqualTo("Gunnar Gjestesen");
		assertThat(page("/meetings/" + id + "/actions/" + pers + "/edit", secretary, "en").select("#owner").val())
			.isEqualTo("Eira Registrert <" + email + ">");
		this.fixture.send(secretary, id, "/actions/" + pers + "/edit", "text", "Per gjør fortsatt", "owner",
				"Eira Registrert <" + email + ">", "dueDate", "2030-12-01").andExpect(status().isFound());
		assertThat(this.jdbc.sql("select owner_person_id from action_item where id = :id").param("id", pers)
			.query(Long.class).single()).isEqualTo(per);
	}

	@Test
	void anOwnerWhoFitsNoOneOfThePartiesOrSeveralIsRefusedWithTheTextKeptAndNothingSaved() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long id = this.fixture.plan(secretary, "2030-10-09");
		long item = this.fixture.addItem(secretary, id, "Ukjente eiere");
		long other = this.jdbc.sql("""
				insert into organisation (name, short_name, org_number) values ('Eierfelt AS', 'Eierfelt AS', '999888777')
				returning id""").query(Long.class).single();
		person("utenfor", "Ulrik Utenforsen", other, "ulrik@eierfelt.example.org");
		person("en", "Sigrun Eiersen", ntnu(), "sigrun.e@example.org");
		person("to", "Sigrun Eiermo", ntnu(), "sigrun.m@example.org");

		for (String[] language : new String[][] { { "nb", "Fant ingen person som passer til «Ulrik Utenforsen»." },
				{ "en", "Found no person matching “Ulrik Utenforsen”." } }) {
			Document refused = sent(secretary, id, item, "Ulrik Utenforsen", language[0]);
			assertThat(refused.select("#owner-error").text()).isEqualTo(language[1]);
			assertThat(refused.select("#owner").val()).isEqualTo("Ulrik Utenforsen");
		}
		assertThat(sent(secretary, id, item, "ulrik@eierfelt.example.org", "nb").select("#owner-error").text())
			.isEqualTo("Fant ingen person som passer til «ulrik@eierfelt.example.org».");

		Document several = sent(secretary, id, item, "Sigrun Eier", "nb");
		assertThat(several.select("#owner").val()).isEqualTo("Sigrun Eier");
		assertThat(several.select("#owner-candidates label").eachText()).containsExactly(
				"Sigrun Eiermo, NTNU, sigrun.m@example.org", "Sigrun Eiersen, NTNU, sigrun.e@example.org");
		assertThat(several.select("#owner-candidates input[type=radio]").eachAttr("name")).containsOnly("picks[owner]");
		assertThat(this.jdbc.sql("select count(*) from action_item where meeting_id = :id").param("id", id)
			.query(Long.class).single()).isZero();

		long sigrun = this.jdbc.sql("select id from person where import_key = :key").param("key", KEY + "en")
			.query(Long.class).single();
		this.fixture.send(secretary, id, "/agenda/" + item + "/actions/new", "text", "Valgt", "owner", "Sigrun Eier",
				"picks[owner]", String.valueOf(sigrun), "dueDate", "2030-12-01").andExpect(status().isFound());
		assertThat(this.jdbc.sql("select owner_person_id from action_item where meeting_id = :id").param("id", id)
			.query(Long.class).single()).isEqualTo(sigrun);
	}

	/**
	 * With 500 more people at the parties, the action item form (new and edit) runs the same
	 * statements, weighs about the same and names none of them.
	 */
	@Test
	void theActionItemFormDoesNotGrowWithThePeopleOfTheParties() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long id = this.fixture.plan(secretary, "2030-10-16");
		long item = this.fixture.addItem(secretary, id, "Vekt");
		this.fixture.send(secretary, id, "/agenda/" + item + "/actions/new", "text", "Veie", "owner", "Per Johansen",
				"dueDate", "2030-12-01").andExpect(status().isFound());
		String[] pages = { "/meetings/" + id + "/agenda/" + item + "/actions/new",
				"/meetings/" + id + "/actions/" + action(id, "Veie") + "/edit" };
		int[] statements = new int[pages.length];
		int[] sizes = new int[pages.length];
		for (int i = 0; i < pages.length; i++) {
			sizes[i] = form(pages[i], secretary).length();
			statements[i] = this.sql.count();
		}
		long nho = this.jdbc.sql("select id from organisation where short_name = 'NHO'").query(Long.class).single();
		for (int i = 1; i <= 500; i++) {
			person("vekt-" + i, "Eiervekt Person " + i, (i % 2 == 0) ? ntnu() : nho, "eiervekt" + i + "@example.org");
		}
		for (int i = 0; i < pages.length; i++) {
			String html = form(pages[i], secretary);
			assertThat(this.sql.count()).as("statements of %s", pages[i]).isEqualTo(statements[i]);
			assertThat(html).as(pages[i]).doesNotContain("Eiervekt Person");
			assertThat(html.length()).as("size of %s", pages[i]).isBetween(sizes[i] - 50, sizes[i] + 50);
		}
	}

	private Document sent(MockHttpSession secretary, long id, long item, String owner, String language) throws Exception {
		return Jsoup.parse(this.fixture
			.send(secretary, id, "/agenda/" + item + "/actions/new", "text", "Ukjent", "owner", owner, "dueDate",
					"2030-12-01", "lang", language)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private Document page(String url, MockHttpSession session, String language) throws Exception {
		return Pages.get200(this.mvc, url + "?lang=" + language, session);
	}

	private String form(String url, MockHttpSession session) throws Exception {
		this.sql.reset();
		return Pages.html200(this.mvc, url, session);
	}

	private long action(long meetingId, String text) {
		return this.jdbc.sql("select id from action_item where meeting_id = :id and text = :text")
			.param("id", meetingId)
			.param("text", text)
			.query(Long.class)
			.single();
	}

	private long ntnu() {
		return this.jdbc.sql("select id from organisation where short_name = 'NTNU'").query(Long.class).single();
	}

	private long person(String key, String name, long organisation, String email) {
		return PersonFields.insert(this.jdbc, KEY + key, name, organisation, email);
	}

}
