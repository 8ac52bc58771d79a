package no.avtaleportal.dashboard;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SignIn;
import no.avtaleportal.support.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard shows the agreement's term and what its own dates require, today and as it stood
 * on an earlier day.
 */
@PortalTest
class DashboardTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private SqlStatements sql;

	@Autowired
	private JdbcClient jdbc;

	/** The dashboard of the NTNU–NHO agreement (the tests add agreements of their own). */
	private String dashboard() {
		long id = this.jdbc.sql("select id from agreement where import_key = 'ntnu-nho-2023'").query(Long.class).single();
		return "/dashboard?agreement=" + id;
	}

	@Test
	void duringTheEvaluationWindowTheEvaluationIsDueAndTheTermRuns() throws Exception {
		Document page = page(dashboard() + "&asOf=2025-03-01", SignIn.as(this.mvc, "prorektor"));
		assertThat(page.select("h1").text()).isEqualTo("Samarbeidsavtale mellom NTNU og NHO");
		assertThat(page.select("[role=status]").text()).contains("slik den sto 01.03.2025");
		assertThat(page.select(".requirement").eachText())
			.anySatisfy(rule -> assertThat(rule).startsWith("Må gjøres nå").contains("Evaluering", "innen 30.06.2025"))
			.anySatisfy(rule -> assertThat(rule).startsWith("I orden").contains("løper til 19.11.2025 (263 dager igjen)"));
		assertThat(page.select("#asOf").val()).isEqualTo("2025-03-01");
	}

	@Test
	void inTheLastSixMonthsAContinuationDecisionIsDue() throws Exception {
		Document page = page(dashboard() + "&asOf=2025-09-01", SignIn.as(this.mvc, "avdelingsdirektor"));
		assertThat(page.select(".requirement").eachText())
			.anySatisfy(rule -> assertThat(rule).startsWith("Må gjøres nå").contains("Under 3 måneder igjen",
					"løper ut 19.11.2025 (79 dager igjen)"))
			.anySatisfy(rule -> assertThat(rule).startsWith("Til orientering").contains("Evalueringsperioden var"));
	}

	@Test
	void beforeTheTermNothingIsDueYet() throws Exception {
		Document page = page(dashboard() + "&asOf=2023-11-01", SignIn.as(this.mvc, "prorektor"));
		assertThat(page.select(".requirement").eachText())
			.anySatisfy(rule -> assertThat(rule).startsWith("Til orientering").contains("starter 20.11.2023"))
			.anySatisfy(rule -> assertThat(rule).startsWith("Til orientering").contains("01.01.2025–30.06.2025"));
	}

	@Test
	void aDateInTheFutureIsRefusedWithTheInputKept() throws Exception {
		Document page = page(dashboard() + "&asOf=2999-01-01", SignIn.as(this.mvc, "prorektor"));
		assertThat(page.select(".error-summary").text()).contains("kan ikke være senere enn i dag");
		assertThat(page.select("#asOf").val()).isEqualTo("2999-01-01");
		assertThat(page.select("[role=status]")).isEmpty();
	}

	@Test
	void aMalformedDateIsRefusedWithAMessage() throws Exception {
		Document page = page(dashboard() + "&asOf=1.mars", SignIn.as(this.mvc, "leser"));
		assertThat(page.select(".error-summary").text()).contains("Skriv en gyldig dato");
		assertThat(page.select("#asOf").val()).isEqualTo("1.mars");
	}

	@Test
	void anAgreementOfAnotherOrganisationIsNotFound() throws Exception {
		MockHttpSession session = SignIn.as(this.mvc, "prorektor");
		this.mvc.perform(get("/dashboard?agreement=999999").session(session)).andExpect(status().isNotFound());
	}

	@Test
	void theDashboardRunsTheSameStatementsTodayAndOnAnEarlierDay() throws Exception {
		MockHttpSession session = SignIn.as(this.mvc, "prorektor");
		this.sql.reset();
		page(dashboard(), session);
		long today = this.sql.count();
		this.sql.reset();
		page(dashboard() + "&asOf=2024-06-01", session);
		assertThat(this.sql.count()).isEqualTo(today).isLessThanOrEqualTo(15);
	}

	private Document page(String url, MockHttpSession session) throws Exception {
		String html = this.mvc.perform(get(url).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return Jsoup.parse(html);
	}

}
