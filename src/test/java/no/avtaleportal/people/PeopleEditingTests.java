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
		assertThat(page.text()).contains("974 767 880", "955 600 436", "Prorektor for nyskaping, NTNU", "Kari Nordmann",
				"Tore Eksempelsen");
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
