package no.avtaleportal.evaluation;

import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The example evaluation of spring 2025 as demo users read it: treated at the meeting of
 * 14.03.2025 with the decision to extend, both parties' assessments, the report as PDF/A and the
 * history of the evaluation and of each assessment.
 */
@PortalTest
class EvaluationReportTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	private long agreementId() {
		return this.jdbc.sql("select id from agreement where import_key = 'ntnu-nho-2023'").query(Long.class).single();
	}

	@Test
	void theExampleEvaluationWasTreatedInSpring2025AndExtendedTheAgreement() throws Exception {
		this.mvc.perform(get("/agreements/" + agreementId() + "/evaluation").session(SignIn.as(this.mvc, "leser")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Eksempeldata")))
			.andExpect(content().string(containsString("Utført")))
			.andExpect(content().string(containsString("møtet 14.03.2025: Forlenge til ny sluttdato")))
			.andExpect(content().string(containsString("Vurderingen til NTNU")))
			.andExpect(content().string(containsString("Vurderingen til NHO")))
			.andExpect(content().string(containsString("Avtalen er forlenget. Ny sluttdato er 19.11.2027.")))
			.andExpect(content().string(containsString("Grunnlaget ble låst 14.03.2025, i møtet som behandlet evalueringen, og viser perioden slik den sto 14.03.2025")));
	}

	@Test
	void theExampleEvaluationShowsThePeriodAsItStoodOnTheDayOfItsMeeting() throws Exception {
		java.util.Map<String, String> asItStood = new java.util.HashMap<>();
		this.jdbc.sql("""
				select a.title, coalesce((select c.status from activity_status_change c where c.activity_id = a.id
				    and c.changed_on <= date '2025-03-14' order by c.changed_on desc, c.id desc limit 1), 'PLANNED') as status
				from activity a join focus_area f on f.id = a.focus_area_id
				where f.agreement_id = :id
				  and least((a.created_at at time zone 'Europe/Oslo')::date, coalesce(a.start_date, date '2025-03-14')) <= date '2025-03-14'""")
			.param("id", agreementId())
			.query(rs -> {
				asItStood.put(rs.getString(1), rs.getString(2));
			});
		org.jsoup.nodes.Document page = no.avtaleportal.support.Pages.get200(this.mvc,
				"/agreements/" + agreementId() + "/evaluation/activities", SignIn.as(this.mvc, "leser"));
		java.util.List<org.jsoup.nodes.Element> rows = page.select(".dossier tbody tr:has(th a[href^=/activities/])");
		assertThat(rows).isNotEmpty();
		java.util.Map<String, String> labels = java.util.Map.of("PLANNED", "Planlagt", "IN_PROGRESS", "Pågår",
				"COMPLETED", "Fullført", "ON_HOLD", "Satt på vent", "CANCELLED", "Avlyst");
		for (org.jsoup.nodes.Element row : rows) {
			String title = row.select("th").text();
			assertThat(asItStood).as("only activities begun by 14.03.2025").containsKey(title);
			assertThat(row.select("td").first().text()).as(title).startsWith(labels.get(asItStood.get(title)));
			assertThat(row.select("td").last().select("li").eachText())
				.allSatisfy(update -> assertThat(java.time.LocalDate.parse(update.substring(0, 10),
						java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")))
					.isBeforeOrEqualTo(java.time.LocalDate.of(2025, 3, 14)));
		}
	}

	@Test
	void theReportIsAPdfAWithTheDecisionAndBothAssessments() throws Exception {
		byte[] pdf = this.mvc.perform(get("/agreements/" + agreementId() + "/evaluation/report.pdf")
			.session(SignIn.as(this.mvc, "avdelingsdirektor")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Evaluering av Samarbeidsavtale mellom NTNU og NHO", "Vedtak om videreføring",
					"forlenges med 24 måneder, til 19.11.2027", "Vurderingen til NTNU", "Vurderingen til NHO",
					"Grunnlag for evalueringen");
			PDMetadata metadata = document.getDocumentCatalog().getMetadata();
			assertThat(metadata).as("XMP metadata").isNotNull();
			String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
			assertThat(xmp).containsPattern("pdfaid:part[>=\"']+2").containsPattern("pdfaid:conformance[>=\"']+A");
			assertThat(document.getDocumentInformation().getTitle())
				.isEqualTo("Evaluering av Samarbeidsavtale mellom NTNU og NHO");
		}
	}

	@Test
	void theReportAndThePageJudgeEachYearForItsPartInTheTermAndWriteYearsAndCountsInWords() throws Exception {
		byte[] pdf = this.mvc.perform(get("/agreements/" + agreementId() + "/evaluation/report.pdf")
			.session(SignIn.as(this.mvc, "prorektor")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("2023 (del av året): 0 møter holdt (minst 0)", "2024: 2 møter holdt (minst 2)")
				.containsPattern("2025 \\(del av året\\): 1 møte holdt \\(minst [01]\\)")
				.doesNotContain("2 023", "2 024", "1 møter");
		}
		org.jsoup.nodes.Document page = no.avtaleportal.support.Pages.get200(this.mvc,
				"/agreements/" + agreementId() + "/evaluation", SignIn.as(this.mvc, "leser"));
		assertThat(page.select("#group-heading ~ div table tbody tr").eachText()).startsWith("2023 (del av året) 0 0",
				"2024 2 2");
		assertThat(page.select("#group-heading ~ div table").text()).doesNotContain("Under minstekravet");
	}

	@Test
	void theEvaluationAndEachAssessmentHaveAHistory() throws Exception {
		long assessment = this.jdbc.sql("""
				select a.id from evaluation_assessment a join evaluation e on e.id = a.evaluation_id
				join organisation o on o.id = a.organisation_id where e.agreement_id = :id and o.short_name = 'NHO'""")
			.param("id", agreementId())
			.query(Long.class)
			.single();
		this.mvc.perform(get("/agreements/" + agreementId() + "/evaluation/history").session(SignIn.as(this.mvc, "leser")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Historikk")))
			.andExpect(content().string(containsString("Behandlet")));
		this.mvc.perform(get("/agreements/" + agreementId() + "/evaluation/assessments/" + assessment + "/history")
			.session(SignIn.as(this.mvc, "prorektor")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ola Hansen")));
		// the evaluation the assessment belongs to by its agreement's title, not by its id
		org.jsoup.nodes.Document history = no.avtaleportal.support.Pages.get200(this.mvc,
				"/agreements/" + agreementId() + "/evaluation/assessments/" + assessment + "/history",
				SignIn.as(this.mvc, "prorektor"));
		String title = this.jdbc.sql("select title from agreement where id = ?").param(agreementId())
			.query(String.class)
			.single();
		assertThat(history.select("dt:matchesOwn(^Evaluering$) + dd").eachText()).isNotEmpty().containsOnly(title);
	}

}
