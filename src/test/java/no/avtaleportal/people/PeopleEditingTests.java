package no.avtaleportal.people;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.support.PersonFields;
import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administrators register organisations, people, roles and holders, with the rules checked.
 */
@PortalTest
@Transactional
class PeopleEditingTests {

	private static final String PERSON_ROWS = "section[aria-labelledby=persons-heading] tbody tr";

	@Autowired
	private SqlStatements sql;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private OrgRoleRepository roles;

	private MockHttpSession admin() throws Exception {
		MockHttpSession session = new MockHttpSession();
		return (MockHttpSession) this.mvc
			.perform(post("/login").session(session).with(csrf()).param("username", "admin").param("password", "demo"))
			.andReturn()
			.getRequest()
			.getSession();
	}

	@Test
	void theOverviewShowsOrganisationsRolesAndHolders() throws Exception {
		Document page = page(get("/people").session(admin()));
		assertThat(page.select("h1").text()).isEqualTo("Personer og roller");
		assertThat(page.text()).contains("974 767 880", "955 600 436", "Prorektor for nyskaping, NTNU", "Kari Nordmann");
		assertThat(page(get("/people").param("q", "tore eks").session(admin())).select(PERSON_ROWS).text())
			.contains("Tore Eksempelsen");
	}

	/**
	 * However many people are registered, the register shows them a page at a time with the same
	 * statements, and finds them by part of their name or e-mail address.
	 */
	@Test
	void theRegisterShowsPeopleAPageAtATimeAndFindsThemByNameOrEmail() throws Exception {
		MockHttpSession admin = admin();
		page(get("/people").session(admin));
		this.sql.reset();
		page(get("/people").session(admin));
		int statements = this.sql.count();
		String run = Long.toString(System.nanoTime(), 36);
		for (int i = 1; i <= PeopleController.PAGE_SIZE + 5; i++) {
			this.jdbc.sql("""
					insert into person (import_key, name, organisation_id, email, example, created_by, created_at,
					    last_modified_by, last_modified_at)
					values (:key, :name, (select id from organisation where short_name = 'NHO'), :email, false,
					    'test', now(), 'test', now())""")
				.param("key", "register-" + run + "-" + i)
				.param("name", "Registerprøve " + run + " " + i)
				.param("email", "register" + i + "." + run + "@example.org")
				.update();
		}
		long everyone = this.jdbc.sql("select count(*) from person").query(Long.class).single();
		long pages = (everyone + PeopleController.PAGE_SIZE - 1) / PeopleController.PAGE_SIZE;

		this.sql.reset();
		Document first = page(get("/people").session(admin));
		assertThat(this.sql.count()).as("statements with %d more people", PeopleController.PAGE_SIZE + 5).isEqualTo(statements);
		assertThat(first.select(PERSON_ROWS)).hasSize(PeopleController.PAGE_SIZE);
		assertThat(first.select("section[aria-labelledby=persons-heading] caption").text()).isEqualTo("Personer (" + everyone + ")");
		assertThat(first.select(".pagination .active").text()).isEqualTo("Side 1 av " + pages);
		Document second = page(get(first.select(".pagination a").attr("href")).session(admin));
		assertThat(second.select(".pagination .active").text()).isEqualTo("Side 2 av " + pages);
		assertThat(second.select(PERSON_ROWS).eachText()).doesNotContainAnyElementsOf(first.select(PERSON_ROWS).eachText());

		Document found = page(get("/people").param("q", "REGISTERPRØVE " + run + " 5").session(admin));
		assertThat(found.select(PERSON_ROWS + " th span:first-child").eachText()).containsExactly(
				"Registerprøve " + run + " 5", "Registerprøve " + run + " 50", "Registerprøve " + run + " 51",
				"Registerprøve " + run + " 52", "Registerprøve " + run + " 53", "Registerprøve " + run + " 54",
				"Registerprøve " + run + " 55");
		assertThat(found.select("#q").val()).isEqualTo("REGISTERPRØVE " + run + " 5");
		assertThat(found.select(".pagination")).as("one page, no page links").isEmpty();
		assertThat(page(get("/people").param("q", "register7." + run + "@").session(admin)).select(PERSON_ROWS).text())
			.contains("Registerprøve " + run + " 7").doesNotContain("Registerprøve " + run + " 17");
		Document none = page(get("/people").param("q", run + "%").session(admin));
		assertThat(none.select(PERSON_ROWS)).isEmpty();
		assertThat(none.select("[role=status]").text()).isEqualTo("Ingen personer passer søket.");
		assertThat(page(get("/people").param("page", "9999").session(admin)).select(".pagination .active").text())
			.as("a page past the end shows the last").isEqualTo("Side " + pages + " av " + pages);
	}

	@Test
	void anInvalidOrganisationNumberIsRejectedAndAValidOneIsSavedAsDigits() throws Exception {
		MockHttpSession admin = admin();
		Document page = page(organisation("974767881").session(admin));
		assertThat(page.select("#orgNumber-error").text())
			.isEqualTo("Organisasjonsnummeret er ikke gyldig. Det skal være ni sifre, og kontrollsifferet må stemme.");
		assertThat(page.select("#orgNumber").val()).isEqualTo("974767881");
		assertThat(page(organisation("974 767 880").session(admin)).select("#orgNumber-error").text())
			.isEqualTo("En annen organisasjon har dette organisasjonsnummeret.");

		this.mvc.perform(organisation("889 640 782").session(admin)).andExpect(status().isFound());
		assertThat(this.jdbc.sql("select org_number from organisation where short_name = 'TEST-NAV'")
			.query(String.class)
			.single()).isEqualTo("889640782");
	}

	@Test
	void aSingleHolderRoleCannotHaveTwoHoldersOnTheSameDay() throws Exception {
		OrgRole prorector = this.roles.findByImportKey("ntnu-prorektor-nyskaping").orElseThrow();
		long person = this.jdbc.sql("select id from person where import_key = 'demo-ntnu'").query(Long.class).single();
		Document page = page(assignment(prorector, person, "2024-01-01", "").session(admin()));
		assertThat(page.select("#validFrom-error").text())
			.isEqualTo("Rollen har bare én innehaver om gangen, og en annen har den i denne perioden.");
		Document endsEarly = page(assignment(prorector, person, "2024-01-01", "2023-01-01").session(admin()));
		assertThat(endsEarly.select("#validTo-error").text()).isEqualTo("Sluttdatoen kan ikke være før startdatoen.");
		this.mvc.perform(assignment(prorector, person, "2015-01-01", "2019-07-31").session(admin()))
			.andExpect(status().isFound());
	}

	@Test
	void aStaleEditOfAPersonGetsTheConflictPage() throws Exception {
		long person = this.jdbc.sql("select id from person where import_key = 'demo-ntnu'").query(Long.class).single();
		long organisation = this.jdbc.sql("select organisation_id from person where id = :id")
			.param("id", person)
			.query(Long.class)
			.single();
		this.mvc.perform(post("/people/" + person + "/edit").with(csrf())
			.param("name", "Ny Navn")
			.param("organisationId", String.valueOf(organisation))
			.param("version", "99")
			.session(admin())).andExpect(status().isConflict());
	}

	private MockHttpServletRequestBuilder organisation(String number) {
		return post("/organisations/new").with(csrf())
			.param("name", "Testorganisasjon")
			.param("shortName", "TEST-NAV")
			.param("orgNumber", number);
	}

	private MockHttpServletRequestBuilder assignment(OrgRole role, long person, String from, String to) {
		return post("/roles/" + role.getId() + "/assignments/new").with(csrf())
			.param("person", PersonFields.text(this.jdbc, person))
			.param("validFrom", from)
			.param("validTo", to);
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

}
