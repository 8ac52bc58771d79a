package no.avtaleportal.people;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import no.avtaleportal.support.Pages;
import no.avtaleportal.support.PersonFields;
import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SignIn;
import no.avtaleportal.support.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The person fields of the activity, role assignment and account forms (issue 15): a person is
 * typed by e-mail address, by "Name &lt;e-mail&gt;" as the form shows a saved one, or by a name that
 * fits only them; a text that fits no one or several is refused with the text kept and nothing
 * saved, those it fits offered to choose from; and no form lists everyone registered.
 */
@PortalTest
class PersonFieldTests {

	private static final String KEY = "personfelt-";

	private static final String TITLE = "Personfelt ";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private SqlStatements sql;

	private long plukkestad;

	private long plukkerud;

	private long velgesen;

	@BeforeEach
	void registerPeople() {
		this.plukkestad = person("plukkestad", "Solveig Plukkestad", "NTNU", "solveig.plukkestad@example.org");
		this.plukkerud = person("plukkerud", "Solveig Plukkerud", "NHO", "solveig.plukkerud@example.org");
		this.velgesen = person("velgesen", "Åsmund Velgesen", "NTNU", "Asmund.V@Example.org");
	}

	@AfterEach
	void removeThem() {
		this.jdbc.sql("delete from activity where title like :title").param("title", TITLE + "%").update();
		this.jdbc.sql("delete from role_assignment where person_id in (select id from person where import_key like :key)")
			.param("key", KEY + "%")
			.update();
		this.jdbc.sql("delete from org_role where import_key like :key").param("key", KEY + "%").update();
		this.jdbc.sql("delete from user_account where username like :key").param("key", KEY + "%").update();
		this.jdbc.sql("delete from person where import_key like :key").param("key", KEY + "%").update();
	}

	@Test
	void aPersonIsFoundByTheirEmailAddressInAnyCaseOrByNameAndAddress() throws Exception {
		long id = saved(activity(TITLE + "e-post", "asmund.v@EXAMPLE.org",
				"Solveig Plukkerud <solveig.plukkerud@example.org>\n  SOLVEIG.PLUKKESTAD@example.org  "));
		assertThat(responsible(id)).isEqualTo(this.velgesen);
		assertThat(contributors(id)).containsExactlyInAnyOrder(this.plukkerud, this.plukkestad);
	}

	@Test
	void aPersonIsFoundByTheirWholeNameOrByAPartOfItThatFitsOnlyThem() throws Exception {
		long id = saved(activity(TITLE + "navn", "åsmund velgesen", "Plukkestad\n\nsolveig plukkerud\nVelgesen\nåsmund"));
		assertThat(responsible(id)).isEqualTo(this.velgesen);
		// the responsible person is not a contributor as well (Activity.describe)
		assertThat(contributors(id)).containsExactlyInAnyOrder(this.plukkestad, this.plukkerud);
	}

	@Test
	void theEditFormShowsTheSavedPeopleByNameAndAddressAndSavesThemAsTheyAre() throws Exception {
		long id = saved(activity(TITLE + "redigert", "asmund.v@example.org", "solveig.plukkerud@example.org"));
		Document form = shown(get("/activities/{id}/edit", id).session(ntnu()));
		assertThat(form.select("#responsiblePerson").val()).isEqualTo("Åsmund Velgesen <Asmund.V@Example.org>");
		assertThat(form.select("#contributors").val()).isEqualTo("Solveig Plukkerud <solveig.plukkerud@example.org>");
		assertThat(form.select("#responsiblePerson-help").text()).isEqualTo("Navn eller e-postadresse");

		Map<String, String> values = values(form);
		values.put("title", TITLE + "redigert igjen");
		this.mvc.perform(sent(post("/activities/{id}/edit", id).session(ntnu()), values)).andExpect(status().isFound());
		assertThat(responsible(id)).isEqualTo(this.velgesen);
		assertThat(contributors(id)).containsExactly(this.plukkerud);
	}

	@Test
	void aNameThatFitsNoOneIsRefusedInTheUsersLanguageWithTheTextKeptAndNothingSaved() throws Exception {
		Document norwegian = shown(activity(TITLE + "ukjent", "Ukjent Uteliggersen", "Plukkestad\nIngen Slik"));
		assertThat(norwegian.select("#responsiblePerson-error").text())
			.isEqualTo("Fant ingen person som passer til «Ukjent Uteliggersen».");
		assertThat(norwegian.select("#contributors-error").text())
			.isEqualTo("Fant ingen person som passer til «Ingen Slik».");
		assertThat(norwegian.select("#error-summary li").eachText()).contains(
				"Ansvarlig: Fant ingen person som passer til «Ukjent Uteliggersen».",
				"Bidragsytere: Fant ingen person som passer til «Ingen Slik».");
		assertThat(norwegian.select("#error-summary a[href=#responsiblePerson]")).hasSize(1);
		assertThat(norwegian.select("#responsiblePerson").val()).isEqualTo("Ukjent Uteliggersen");
		assertThat(norwegian.select("#responsiblePerson").attr("aria-describedby"))
			.isEqualTo("responsiblePerson-help responsiblePerson-error");
		assertThat(norwegian.select("#contributors").val()).isEqualTo("Plukkestad\nIngen Slik");

		Document english = shown(activity(TITLE + "ukjent", "Ukjent Uteliggersen", "").param("lang", "en"));
		assertThat(english.select("#responsiblePerson-error").text())
			.isEqualTo("Found no person matching “Ukjent Uteliggersen”.");
		assertThat(english.select("#responsiblePerson-help").text()).isEqualTo("Name or e-mail address");
		assertThat(english.select("#responsiblePerson").val()).isEqualTo("Ukjent Uteliggersen");
		assertThat(activities(TITLE + "ukjent")).isZero();
	}

	@Test
	void aNameThatFitsSeveralOffersThemToChooseFromAndTheChoiceIsSaved() throws Exception {
		Document page = shown(activity(TITLE + "flere", "Solveig", "Velgesen\nplukk"));
		assertThat(page.select("#responsiblePerson-error").text())
			.isEqualTo("Flere personer passer til «Solveig». Velg én av dem under feltet, og lagre på nytt.");
		assertThat(page.select("#responsiblePerson").val()).isEqualTo("Solveig");
		assertThat(page.select("#responsiblePerson-candidates legend").text()).isEqualTo("Hvem mener du med «Solveig»?");
		assertThat(page.select("#responsiblePerson-candidates label").eachText()).containsExactly(
				"Solveig Plukkerud, NHO, solveig.plukkerud@example.org",
				"Solveig Plukkestad, NTNU, solveig.plukkestad@example.org");
		assertThat(page.select("#responsiblePerson-candidates input[type=radio]").eachAttr("name"))
			.containsOnly("picks[responsiblePerson]");
		// the second line of the contributors fits two as well
		assertThat(page.select("#contributors-1-candidates legend").text()).isEqualTo("Hvem mener du med «plukk»?");
		assertThat(page.select("#contributors-1-candidates input[type=radio]").eachAttr("name"))
			.containsOnly("picks[contributors-1]");
		assertThat(page.select("#contributors-0-candidates")).isEmpty();
		assertThat(activities(TITLE + "flere")).isZero();

		// a choice that is not among those offered for the text does not count
		shown(activity(TITLE + "flere", "Solveig", "Velgesen").param("picks[responsiblePerson]",
				String.valueOf(this.velgesen)));

		Document chosen = shown(activity(TITLE + "flere", "Solveig", "Velgesen\nplukk")
			.param("picks[responsiblePerson]", String.valueOf(this.plukkestad)));
		// the choice is shown in the field, and only the contributor's line is still asked
		assertThat(chosen.select("#responsiblePerson").val())
			.isEqualTo("Solveig Plukkestad <solveig.plukkestad@example.org>");
		assertThat(chosen.select("#responsiblePerson-candidates")).isEmpty();
		assertThat(chosen.select("#contributors-1-candidates")).hasSize(1);

		long id = saved(activity(TITLE + "flere", "Solveig", "Velgesen\nplukk")
			.param("picks[responsiblePerson]", String.valueOf(this.plukkestad))
			.param("picks[contributors-1]", String.valueOf(this.plukkerud)));
		assertThat(responsible(id)).isEqualTo(this.plukkestad);
		assertThat(contributors(id)).containsExactlyInAnyOrder(this.velgesen, this.plukkerud);
	}

	@Test
	void moreThanTenThatFitAreNotListedButTheUserIsAskedToWriteMore() throws Exception {
		for (int i = 1; i <= 11; i++) {
			person("mange-" + i, "Mangfold Testesen " + i, "NHO", null);
		}
		Document page = shown(activity(TITLE + "mange", "Mangfold", ""));
		assertThat(page.select("#responsiblePerson-error").text())
			.isEqualTo("Mer enn 10 personer passer til «Mangfold». Skriv mer av navnet, eller skriv e-postadressen.");
		assertThat(page.select("input[type=radio]")).isEmpty();
		// a whole name is exact even when it begins other names
		long id = saved(activity(TITLE + "mange", "Mangfold Testesen 1", ""));
		assertThat(responsible(id)).isEqualTo(
				this.jdbc.sql("select id from person where import_key = :key").param("key", KEY + "mange-1").query(Long.class).single());
	}

	@Test
	void aRoleIsAssignedToATypedPersonAndAnAccountLinkedToOne() throws Exception {
		long role = this.jdbc.sql("""
				insert into org_role (import_key, organisation_id, title, single_holder, created_by, created_at,
				    last_modified_by, last_modified_at)
				values (:key, (select id from organisation where short_name = 'NTNU'), 'Personfeltrolle', false,
				    'test', now(), 'test', now()) returning id""").param("key", KEY + "rolle").query(Long.class).single();
		MockHttpSession admin = SignIn.as(this.mvc, "admin");
		Document unknown = shown(assignment(role, "Ukjent Uteliggersen").session(admin));
		assertThat(unknown.select("#person-error").text()).isEqualTo("Fant ingen person som passer til «Ukjent Uteliggersen».");
		assertThat(unknown.select("#person").val()).isEqualTo("Ukjent Uteliggersen");
		Document several = shown(assignment(role, "solveig").session(admin));
		assertThat(several.select("#person-candidates label")).hasSize(2);
		assertThat(this.jdbc.sql("select count(*) from role_assignment where role_id = :role").param("role", role)
			.query(Long.class)
			.single()).isZero();
		this.mvc.perform(assignment(role, "solveig").param("picks[person]", String.valueOf(this.plukkerud)).session(admin))
			.andExpect(status().isFound());
		assertThat(this.jdbc.sql("select person_id from role_assignment where role_id = :role").param("role", role)
			.query(Long.class)
			.single()).isEqualTo(this.plukkerud);

		// an account of its own: the demo accounts keep their versions for the other tests
		String created = this.mvc.perform(post("/admin/users/new").session(admin)
			.with(csrf())
			.param("username", KEY + "konto")
			.param("displayName", "Personfelt Konto")
			.param("roles", "READER")
			.param("person", "Velgesen"))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long account = Long.parseLong(created.replaceAll("\\D", ""));
		assertThat(linkedPerson(account)).isEqualTo(this.velgesen);
		Document edit = shown(get("/admin/users/{id}/edit", account).session(admin));
		assertThat(edit.select("#person").val()).isEqualTo("Åsmund Velgesen <Asmund.V@Example.org>");
		Map<String, String> values = values(edit);
		values.put("person", "Solveig");
		values.put("roles", "READER");
		assertThat(shown(sent(post("/admin/users/{id}/edit", account).session(admin), values))
			.select("#person-candidates label")).hasSize(2);
		values.put("picks[person]", String.valueOf(this.plukkerud));
		this.mvc.perform(sent(post("/admin/users/{id}/edit", account).session(admin), values))
			.andExpect(status().isFound());
		assertThat(linkedPerson(account)).isEqualTo(this.plukkerud);
	}

	private long linkedPerson(long account) {
		return this.jdbc.sql("select person_id from user_account where id = :id").param("id", account)
			.query(Long.class)
			.single();
	}

	/**
	 * With 500 more people registered, the activity form (new and edit), the role assignment form
	 * and the account form run the same statements, weigh the same and name none of them.
	 */
	@Test
	void theFormsWithPersonFieldsDoNotGrowWithThePeopleRegistered() throws Exception {
		long activity = saved(activity(TITLE + "vekt", "asmund.v@example.org", "Plukkestad"));
		long role = this.jdbc.sql("select id from org_role where import_key = 'ntnu-prorektor-nyskaping'")
			.query(Long.class)
			.single();
		long account = this.jdbc.sql("select id from user_account where username = 'ntnu'").query(Long.class).single();
		List<String> pages = List.of("/activities/new", "/activities/" + activity + "/edit",
				"/roles/" + role + "/assignments/new", "/admin/users/" + account + "/edit");
		MockHttpSession admin = SignIn.as(this.mvc, "admin");
		List<Integer> few = new ArrayList<>();
		List<Integer> sizes = new ArrayList<>();
		for (String page : pages) {
			String html = form(page, admin);
			few.add(this.sql.count());
			sizes.add(html.length());
		}
		for (int i = 1; i <= 500; i++) {
			person("vekt-" + i, "Vektprøve Person " + i, (i % 2 == 0) ? "NTNU" : "NHO", "vekt" + i + "@example.org");
		}
		for (int i = 0; i < pages.size(); i++) {
			String html = form(pages.get(i), admin);
			assertThat(this.sql.count()).as("statements of %s", pages.get(i)).isEqualTo(few.get(i));
			assertThat(html).as(pages.get(i)).doesNotContain("Vektprøve Person");
			assertThat(html.length()).as("size of %s", pages.get(i)).isEqualTo(sizes.get(i));
		}
	}

	/** The values of the edit form's fields as the page gives them (not its check boxes: the roles are given). */
	private static Map<String, String> values(Document page) {
		Map<String, String> values = new LinkedHashMap<>();
		page.select("form.form-narrow input[name]:not([type=checkbox]), form.form-narrow textarea, form.form-narrow select")
			.forEach(field -> values.put(field.attr("name"),
					field.is("select") ? field.select("option[selected]").val() : field.val()));
		return values;
	}

	private static MockHttpServletRequestBuilder sent(MockHttpServletRequestBuilder request, Map<String, String> values) {
		values.forEach(request::param);
		return request.with(csrf());
	}

	private String form(String url, MockHttpSession session) throws Exception {
		this.sql.reset();
		return Pages.html200(this.mvc, url, session);
	}

	private long person(String key, String name, String organisation, String email) {
		long organisationId = this.jdbc.sql("select id from organisation where short_name = :name")
			.param("name", organisation)
			.query(Long.class)
			.single();
		return PersonFields.insert(this.jdbc, KEY + key, name, organisationId, email);
	}

	private MockHttpSession ntnu() throws Exception {
		return SignIn.as(this.mvc, "ntnu");
	}

	private MockHttpServletRequestBuilder activity(String title, String responsible, String contributors)
			throws Exception {
		long area = this.jdbc.sql("""
				select f.id from focus_area f join agreement a on a.id = f.agreement_id
				where a.import_key = 'ntnu-nho-2023' and f.code = 'A'""").query(Long.class).single();
		return post("/activities/new").session(ntnu())
			.with(csrf())
			.param("title", title)
			.param("focusAreaId", String.valueOf(area))
			.param("lead", "JOINT")
			.param("responsiblePerson", responsible)
			.param("contributors", contributors)
			.param("startDate", "2024-01-15");
	}

	private MockHttpServletRequestBuilder assignment(long role, String person) {
		return post("/roles/{id}/assignments/new", role).with(csrf())
			.param("person", person)
			.param("validFrom", "2024-01-01");
	}

	/** The id of the activity the request saves. */
	private long saved(MockHttpServletRequestBuilder request) throws Exception {
		String location = this.mvc.perform(request).andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	/** The page the request gets back (a form refused, or one to fill in). */
	private Document shown(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private long responsible(long activity) {
		return this.jdbc.sql("select responsible_person_id from activity where id = :id").param("id", activity)
			.query(Long.class)
			.single();
	}

	private List<Long> contributors(long activity) {
		return this.jdbc.sql("select person_id from activity_contributor where activity_id = :id").param("id", activity)
			.query(Long.class)
			.list();
	}

	private long activities(String title) {
		return this.jdbc.sql("select count(*) from activity where title = :title").param("title", title)
			.query(Long.class)
			.single();
	}

}
