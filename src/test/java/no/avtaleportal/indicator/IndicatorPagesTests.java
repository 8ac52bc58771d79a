package no.avtaleportal.indicator;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.agreement.Agreements.CommitmentView;
import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SignIn;
import no.avtaleportal.support.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The indicators where people look (the focus area's page, the dashboard, also as of an earlier
 * day, the evaluation's dossier and its PDF), recording and correcting values with who may, the
 * CSV export, and a fixed number of statements per page.
 */
@PortalTest
@Transactional
class IndicatorPagesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private IndicatorRepository indicators;

	@Autowired
	private SqlStatements statements;

	@Autowired
	private Indicators indicatorsApi;

	@Autowired
	private Agreements agreements;

	@Autowired
	private Clock clock;

	@Test
	void indicatorsReadAsRowsAreWhatTheirEntitiesGiveOnEveryDayThatMatters() {
		// the dashboard and the focus area's page read indicators as rows with their values; the
		// indicator's own pages and the writes use the entity: both must give the same values,
		// status and chart on the days where they change
		List<CommitmentView> commitments = this.agreements.focusAreasOfImported("ntnu-nho-2023")
			.stream()
			.flatMap(area -> area.commitments().stream())
			.toList();
		LocalDate today = LocalDate.now(this.clock);
		List<IndicatorView> read = this.indicatorsApi.ofCommitments(commitments, today)
			.stream()
			.flatMap(group -> group.indicators().stream())
			.toList();
		assertThat(read).isNotEmpty().anySatisfy(view -> assertThat(view.values()).hasSizeGreaterThanOrEqualTo(2));
		for (IndicatorView view : read) {
			Indicator entity = this.indicators.findWhole(view.id()).orElseThrow();
			List<LocalDate> days = new ArrayList<>(List.of(today, entity.getBaselineOn().minusDays(1), entity.getTargetOn(),
					entity.getTargetOn().plusYears(1)));
			view.values().forEach(value -> {
				days.add(value.measuredOn());
				days.add(value.measuredOn().minusDays(1));
			});
			for (LocalDate day : days) {
				IndicatorView asRow = this.indicatorsApi.ofCommitments(commitments, day)
					.stream()
					.flatMap(group -> group.indicators().stream())
					.filter(each -> each.id() == view.id())
					.findFirst()
					.orElseThrow();
				assertThat(asRow).as("%s on %s", entity.getName(), day)
					.isEqualTo(IndicatorView.of(entity, asRow.responsible(), day));
			}
		}
	}

	private long agreement() {
		return this.jdbc.sql("select id from agreement where import_key = 'ntnu-nho-2023'").query(Long.class).single();
	}

	private long courses() {
		return this.jdbc.sql("select id from indicator where name like 'EVU-kurs i KI%' and example").query(Long.class).single();
	}

	private String page(String path, String username) throws Exception {
		return this.mvc.perform(get(path).session(SignIn.as(this.mvc, username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void theFocusAreaPageShowsItsIndicatorsWithChartNumbersAndStatusInWords() throws Exception {
		String html = page("/agreements/" + agreement() + "/focus-areas/B", "leser");
		assertThat(html).contains("Resultatindikatorer", "EVU-kurs i KI, digital sikkerhet og HPC som tilbys",
				"Eksempeldata", "Kilde: NTNU EVU-statistikk", "<svg", "<polyline");
		// the chart's text alternative: the figures in words, and the status as a word
		assertThat(html).containsPattern("EVU-kurs i KI, digital sikkerhet og HPC som tilbys: utgangspunkt 2 stk\\. \\(01\\.09\\.2023\\), mål 12 stk\\. innen 30\\.06\\.2027, siste verdi \\d+ stk\\.");
		assertThat(html).containsPattern("Status: (I rute|Bak skjema|Målet er nådd|Ingen ny måleverdi)\\.");
		assertThat(page("/agreements/" + agreement() + "/focus-areas/A", "leser")).contains("Felles høringsinnspill levert")
			.doesNotContain("EVU-kurs i KI");
	}

	@Test
	void theDashboardShowsTheIndicatorsAsOfAnEarlierDay() throws Exception {
		String today = page("/dashboard?agreement=" + agreement(), "prorektor");
		assertThat(today).contains("Resultatindikatorer", "Deltakere fra NHO-bedrifter på disse kursene");
		String then = page("/dashboard?agreement=" + agreement() + "&asOf=2024-03-01", "prorektor");
		assertThat(then).contains("siste verdi 3 stk. (31.01.2024)").doesNotContain("siste verdi 7 stk.");
		String before = page("/dashboard?agreement=" + agreement() + "&asOf=2023-12-01", "prorektor");
		assertThat(before).contains("ingen måleverdi ennå. Status: Ingen ny måleverdi.");
	}

	@Test
	void theDossierGivesBaselineTargetAndTheValueAtThePeriodsEnd() throws Exception {
		String html = page("/agreements/" + agreement() + "/evaluation", "leser");
		LocalDate end = this.jdbc.sql("select (dossier->>'to')::date from evaluation where agreement_id = :id")
			.param("id", agreement())
			.query(LocalDate.class)
			.single();
		assertThat(html).contains("Verdi ved periodens slutt");
		// the latest value measured by the period's end, not today's
		String expected = this.jdbc.sql("""
				select trim(to_char(m.value, 'FM999999990')) || ' stk. (' || to_char(m.measured_on, 'DD.MM.YYYY') || ')'
				from indicator_measurement m join indicator i on i.id = m.indicator_id
				where i.name like 'EVU-kurs i KI%' and m.measured_on <= :end order by m.measured_on desc limit 1""")
			.param("end", end)
			.query(String.class)
			.single();
		assertThat(html).contains("2 stk. (01.09.2023)", "12 stk. (30.06.2027)", expected);
		byte[] pdf = this.mvc.perform(get("/agreements/" + agreement() + "/evaluation/report.pdf")
			.session(SignIn.as(this.mvc, "leser"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(pdf).isNotEmpty();
	}

	@Test
	void theResponsiblePartyRecordsAValueWithEvidenceAndBadInputIsKept() throws Exception {
		long id = courses();
		long document = this.jdbc.sql("select id from document where agreement_id = :id order by id limit 1")
			.param("id", agreement())
			.query(Long.class)
			.single();
		MockHttpSession ntnu = SignIn.as(this.mvc, "ntnu");
		String bad = this.mvc.perform(post("/indicators/" + id + "/measurements").session(ntnu).with(csrf())
				.param("measuredOn", LocalDate.now().toString()).param("value", "7,5").param("comment", "Halvt kurs"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(bad).contains("Denne enheten teller hele tall.", "value=\"7.5\"", "Halvt kurs");
		this.mvc.perform(post("/indicators/" + id + "/measurements").session(ntnu).with(csrf())
				.param("measuredOn", LocalDate.now().toString()).param("value", "9").param("comment", "Nytt HPC-kurs")
				.param("documentId", String.valueOf(document)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select recorded_by_name || ' ' || document_id from indicator_measurement where comment = 'Nytt HPC-kurs'")
			.query(String.class).single()).endsWith(" " + document);
		// NHO's contributor does not measure NTNU's indicator, and nobody but the steering group and administrators corrects
		this.mvc.perform(post("/indicators/" + id + "/measurements").session(SignIn.as(this.mvc, "nho")).with(csrf())
				.param("measuredOn", LocalDate.now().toString()).param("value", "9"))
			.andExpect(status().isForbidden());
		long measurement = this.jdbc.sql("select id from indicator_measurement where comment = 'Nytt HPC-kurs'").query(Long.class).single();
		this.mvc.perform(get("/indicators/" + id + "/measurements/" + measurement + "/edit").session(ntnu))
			.andExpect(status().isForbidden());
		assertThat(page("/indicators/" + id, "ntnu")).contains("Nytt HPC-kurs").doesNotContain("/measurements/" + measurement + "/edit");
		assertThat(page("/indicators/" + id, "prorektor")).contains("/measurements/" + measurement + "/edit");
	}

	@Test
	void theTargetDateComesAfterTheBaselineOnTheForm() throws Exception {
		String html = this.mvc.perform(post("/indicators/new").session(SignIn.as(this.mvc, "prorektor")).with(csrf())
				.param("commitmentId", String.valueOf(this.jdbc.sql("select commitment_id from indicator where id = " + courses()).query(Long.class).single()))
				.param("name", "Nye kurs").param("unit", "COUNT").param("direction", "HIGHER")
				.param("baseline", "1").param("baselineOn", "2025-01-01").param("target", "5").param("targetOn", "2024-01-01")
				.param("source", "NTNU").param("frequency", "YEARLY"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Måldatoen må være etter datoen for utgangspunktet.", "value=\"Nye kurs\"");
	}

	@Test
	void theExportHasALinePerValue() throws Exception {
		String csv = page("/indicators/export", "leser");
		assertThat(csv).contains("Nr.;Intensjon;Navn;Enhet", "EVU-kurs i KI, digital sikkerhet og HPC som tilbys",
				"NTNU EVU-statistikk", "Partenes høringsarkiv");
		long values = this.jdbc.sql("select count(*) from indicator_measurement").query(Long.class).single();
		assertThat(csv.lines().count()).isGreaterThanOrEqualTo(values + 1);
		assertThat(page("/indicators/export", "fie-bidrag")).doesNotContain("EVU-kurs");
	}

	@Test
	void pagesTakeAFixedNumberOfStatementsWhateverTheNumberOfIndicators() throws Exception {
		MockHttpSession session = SignIn.as(this.mvc, "prorektor");
		String focusArea = "/agreements/" + agreement() + "/focus-areas/B";
		String dashboard = "/dashboard?agreement=" + agreement();
		int[] before = { statementsOf("/indicators", session), statementsOf(focusArea, session),
				statementsOf(dashboard, session), statementsOf("/indicators/export", session) };
		Indicator template = this.indicators.findWhole(courses()).orElseThrow();
		for (int i = 0; i < 15; i++) {
			Indicator more = new Indicator(template.getCommitmentId());
			more.describe("Ekstra " + i, Unit.COUNT, Direction.HIGHER, BigDecimal.ONE, LocalDate.of(2024, 1, 1),
					BigDecimal.TEN, LocalDate.of(2027, 1, 1), null, "Test", Frequency.YEARLY);
			more.record(LocalDate.of(2024, 6, 1), BigDecimal.valueOf(3), "", null, null, "Test", LocalDate.now());
			more.record(LocalDate.of(2025, 6, 1), BigDecimal.valueOf(5), "", null, null, "Test", LocalDate.now());
			this.indicators.save(more);
		}
		this.indicators.flush();
		int[] after = { statementsOf("/indicators", session), statementsOf(focusArea, session),
				statementsOf(dashboard, session), statementsOf("/indicators/export", session) };
		assertThat(after).containsExactly(before);
	}

	private int statementsOf(String path, MockHttpSession session) throws Exception {
		this.statements.reset();
		this.mvc.perform(get(path).session(session)).andExpect(status().isOk());
		return this.statements.count();
	}

}
