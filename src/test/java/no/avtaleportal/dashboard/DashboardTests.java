package no.avtaleportal.dashboard;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

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
	void afterTheExtensionDecidedAtTheEvaluationTheTermRunsToItsNewEndDate() throws Exception {
		// the demo evaluation's decision of 14.03.2025 extended the agreement by 24 months
		Document page = page(dashboard() + "&asOf=2025-09-01", SignIn.as(this.mvc, "avdelingsdirektor"));
		assertThat(page.select(".requirement").eachText())
			.anySatisfy(rule -> assertThat(rule).startsWith("I orden").contains("løper til 19.11.2027 (809 dager igjen)"))
			.anySatisfy(rule -> assertThat(rule).startsWith("I orden")
				.contains("Evalueringen ble behandlet i styringsgruppemøtet 14.03.2025 (vedtak 03/2025)"))
			.noneSatisfy(rule -> assertThat(rule).contains("19.11.2025"));
	}

	@Test
	void asOfAnEarlierDayOnlyTheExtensionsDecidedByThenAreListed() throws Exception {
		// the demo evaluation's decision of 14.03.2025 extended the agreement by 24 months
		MockHttpSession reader = SignIn.as(this.mvc, "leser");
		Document before = page(dashboard() + "&asOf=2025-03-13", reader);
		assertThat(before.select("dt:containsOwn(Forlengelser) + dd").text()).isEqualTo("Ingen");
		assertThat(before.select("dt:containsOwn(Sluttdato) + dd").text()).startsWith("19.11.2025");
		Document onTheDay = page(dashboard() + "&asOf=2025-03-14", reader);
		assertThat(onTheDay.select("dt:containsOwn(Forlengelser) + dd li").eachText()).singleElement()
			.satisfies(item -> assertThat(item).startsWith("24 måneder, besluttet 14.03.2025"));
		assertThat(onTheDay.select("dt:containsOwn(Sluttdato) + dd").text()).startsWith("19.11.2027");
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
	void theDashboardRunsNoMoreStatementsOnAnEarlierDayThanTodayAndStaysInItsBudget() throws Exception {
		MockHttpSession session = SignIn.as(this.mvc, "prorektor");
		String dashboard = dashboard();
		this.sql.reset();
		page(dashboard, session);
		int today = this.sql.count();
		List<String> todays = this.sql.statements();
		this.sql.reset();
		page(dashboard + "&asOf=2024-06-01", session);
		// the agreements to choose from (4), the agreement shown (5), the steering group and its meetings
		// (6), the activities, the people they name (none when none is named), the indicators and whether
		// the evaluation was treated by the day (4), and the header's count of unread notices (1, issue 18)
		assertThat(today).as(todays.toString()).isLessThanOrEqualTo(DashboardScaleTests.BUDGET);
		assertThat(this.sql.count()).as(this.sql.statements().toString()).isLessThanOrEqualTo(today);
	}

	@Test
	void theDashboardExportsAsAOnePagePdfAForTheSteeringGroupsPapers() throws Exception {
		MvcResult result = this.mvc.perform(get("/dashboard.pdf" + dashboard().substring("/dashboard".length()) + "&asOf=2025-03-01")
			.session(SignIn.as(this.mvc, "prorektor")))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment").contains("2025-03-01.pdf");
		byte[] bytes = result.getResponse().getContentAsByteArray();
		Files.createDirectories(Path.of("target", "screenshots"));
		Files.write(Path.of("target", "screenshots", "dashboard-2025-03-01.pdf"), bytes);
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(1);
			assertThat(pdf.getDocumentInformation().getTitle())
				.isEqualTo("Samarbeidsavtale mellom NTNU og NHO – oversikt per 01.03.2025");
			String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
			assertThat(xmp).containsPattern("pdfaid:part[>=\"']+2");
			assertThat(new PDFTextStripper().getText(pdf)).contains("Må gjøres nå", "innen 30.06.2025",
					"A: Strategisk kunnskapsdeling");
		}
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
