package no.avtaleportal.agreement;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SignIn;
import no.avtaleportal.support.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class AgreementPagesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AgreementRepository agreements;

	@Autowired
	private ClauseRepository clauses;

	@Autowired
	private AgreementImport agreementImport;

	@Autowired
	private SqlStatements sql;

	@Autowired
	private Agreements agreementsApi;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private Clock clock;

	@PersistenceContext
	private EntityManager entityManager;

	@Test
	void theListShowsTheAgreementsWithPartiesTermAndStatus() throws Exception {
		Document page = page("/agreements", SignIn.as(this.mvc, "ntnu"));
		assertThat(page.select("h1").text()).isEqualTo("Avtaler");
		assertThat(page.select("tbody tr").eachText())
			.anySatisfy(row -> assertThat(row).contains("Samarbeidsavtale mellom NTNU og NHO", "NTNU, NHO",
					"20.11.2023–19.11.2027", "Forlenget"))
			.anySatisfy(row -> assertThat(row).contains("(2021–2023)", "ca.", "Erstattet"));
	}

	@Test
	void theAgreementPageRendersEveryClauseInFullWithTheHeader() throws Exception {
		Agreement agreement = this.agreements.findByImportKey("ntnu-nho-2023").orElseThrow();
		Document page = page("/agreements/" + agreement.getId(), SignIn.as(this.mvc, "ntnu"));

		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.select("h1").text()).isEqualTo("Samarbeidsavtale mellom NTNU og NHO");
		String header = page.select(".agreement-header").text();
		assertThat(header).contains("Norges teknisk-naturvitenskapelige universitet (heretter kalt NTNU), org.nr. 974 767 880",
				"Næringslivets Hovedorganisasjon (heretter kalt NHO), org.nr. 955 600 436", "Oslo, 20. november 2023",
				"Anne Borg for NTNU", "Ole Erik Almlid for NHO", "24 måneder: 20.11.2023–19.11.2025", "Kan forlenges.",
				"Sluttdato 19.11.2027",
				"Forlenget", "24 måneder, besluttet 14.03.2025 (Vedtak 03/2025", "Samarbeidsavtale mellom NTNU og NHO (2021–2023)",
				"01.01.2025–30.06.2025", "Utført");
		String text = page.select(".agreement-text").text();
		assertThat(text).contains("Intensjonsavtale om strategisk dialog om utdannings- og kunnskapspolitikk",
				"Heretter også individuelt kalt «part» og sammen kalt «partene».", "Signatur Anne Borg",
				"Signatur Ole Erik Almlid");
		List<Clause> clauses = this.clauses.findOfAgreement(agreement.getId());
		assertThat(clauses).hasSize(6);
		for (Clause clause : clauses) {
			assertThat(page.select("#clause-heading-" + clause.getNumber()).text())
				.isEqualTo(clause.getNumber() + ". " + clause.getHeading());
			String clauseText = page.select("#clause-" + clause.getNumber() + " .clause-text").text();
			for (Clause.TextBlock block : clause.getBlocks()) {
				block.items().forEach(item -> assertThat(clauseText).as("clause " + clause.getNumber()).contains(item));
			}
		}
		assertThat(page.select("#clause-2A .clause-links").text()).contains("A: Strategisk kunnskapsdeling",
				"NTNU skal være ansvarlig for innhold og gjennomføring av aktivitetene.", "Ledes av NTNU");
		assertThat(page.select("#clause-3 .clause-links").text()).contains(
				"Rektor, NTNU → Prorektor for nyskaping, NTNU", "Rektor, NTNU → Dekan, Fakultet for informasjonsteknologi",
				"Administrerende direktør, NHO → Avdelingsdirektør kompetanse og innovasjon, NHO",
				"Minst 2 styringsgruppemøter i året.");
		assertThat(page.select("a[href$=/edit]")).as("no edit links for a contributor").isEmpty();
	}

	@Test
	void theResponsibilitiesPageShowsChainsHoldersTheSteeringGroupAndTheHistory() throws Exception {
		Agreement agreement = this.agreements.findByImportKey("ntnu-nho-2023").orElseThrow();
		Document page = page("/agreements/" + agreement.getId() + "/responsibilities", SignIn.as(this.mvc, "nho"));
		assertThat(page.select("h1").text()).isEqualTo("Hvem har ansvar for hva");
		assertThat(page.select("#overall-heading + .scroll-region tbody tr").eachText())
			.anySatisfy(row -> assertThat(row).contains("Rektor, NTNU", "Gitt i avtalen", "Sigrid Eksempel"))
			.anySatisfy(row -> assertThat(row).contains("Administrerende direktør, NHO", "Hans Eksempel"));
		String areas = page.select("[aria-labelledby=areas-heading]").text();
		assertThat(areas).contains("Rektor, NTNU → Prorektor for nyskaping", "Kari Nordmann",
				"Rektor, NTNU → Dekan, Fakultet for informasjonsteknologi og elektroteknikk (IE)", "Marte Prøve");
		assertThat(page.select("[aria-labelledby=follow-up-heading]").text()).contains(
				"Administrerende direktør, NHO → Avdelingsdirektør kompetanse og innovasjon", "Ola Hansen",
				"Med involvering av andre relevante avdelinger og regionkontorer.");
		assertThat(page.select("[aria-labelledby=group-heading]").text()).contains("Minst 2 styringsgruppemøter i året.",
				"Prorektor for nyskaping, NTNU Medlem Kari Nordmann", "Avdelingsdirektør kompetanse og innovasjon, NHO Medlem Ola Hansen",
				"Sekretær for styringsgruppen, NTNU Sekretær Ingrid Berg");
		assertThat(page.select("[aria-labelledby=history-heading] tbody tr").eachText())
			.anySatisfy(row -> assertThat(row).contains("Tore Eksempelsen", "01.08.2019", "31.07.2023"))
			.anySatisfy(row -> assertThat(row).contains("Trine Eksempel", "01.01.2020", "29.02.2024"));
		assertThat(page.select(".example-badge").first().text()).isEqualTo("Eksempeldata");
	}

	@Test
	void theFocusAreaPageListsItsCommitments() throws Exception {
		Agreement agreement = this.agreements.findByImportKey("ntnu-nho-2023").orElseThrow();
		Document page = page("/agreements/" + agreement.getId() + "/focus-areas/A", SignIn.as(this.mvc, "ntnu"));
		assertThat(page.select("h1").text()).startsWith("A: Strategisk kunnskapsdeling");
		assertThat(page.select(".commitment-card")).hasSize(4);
		assertThat(page.select(".commitment-card").text()).contains("gjensidig kunnskapsdeling".substring(1),
				"Partene i fellesskap", "Ledes av NHO", "Klausul 2A");
		this.mvc.perform(get("/agreements/" + agreement.getId() + "/focus-areas/Z").session(SignIn.as(this.mvc, "ntnu")))
			.andExpect(status().isNotFound());
	}

	@Test
	@Transactional
	void anAgreementIsHiddenFromOrganisationsThatAreNotParties() throws Exception {
		String key = "test-" + UUID.randomUUID();
		this.agreementImport.importFile(new ByteArrayInputStream("""
				organisations:
				  - key: NAV
				    name: Arbeids- og velferdsetaten
				    shortName: NAV-%s
				    orgNumber: "889640782"
				agreements:
				  - key: %s
				    title: Avtale uten NHO
				    kind: COLLABORATION_AGREEMENT
				    start: 2026-01-01
				    termMonths: 12
				    parties:
				      - organisation: NTNU
				      - organisation: NAV
				""".formatted(key.substring(5, 11), key).getBytes(StandardCharsets.UTF_8)), AgreementImport.Existing.REJECT);
		long id = this.agreements.findByImportKey(key).orElseThrow().getId();
		this.mvc.perform(get("/agreements/" + id).session(SignIn.as(this.mvc, "nho"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/agreements/" + id).session(SignIn.as(this.mvc, "ntnu"))).andExpect(status().isOk());
		this.mvc.perform(get("/agreements/" + id).session(SignIn.as(this.mvc, "admin"))).andExpect(status().isOk());
		assertThat(page("/agreements", SignIn.as(this.mvc, "nho")).text()).doesNotContain("Avtale uten NHO");
		assertThat(page("/", SignIn.as(this.mvc, "ntnu")).select("tbody").text()).contains("Avtale uten NHO");
	}

	@Test
	@Transactional
	void theAgreementPagesRunAFixedNumberOfStatementsWhateverTheAmountOfData() throws Exception {
		long small = importGenerated(1, 1, 1);
		long large = importGenerated(25, 3, 8);
		this.entityManager.flush();
		this.entityManager.clear();
		MockHttpSession admin = SignIn.as(this.mvc, "admin");
		for (String page : List.of("", "/responsibilities", "/focus-areas/A")) {
			int smallCount = statements("/agreements/" + small + page, admin);
			int largeCount = statements("/agreements/" + large + page, admin);
			int realCount = statements("/agreements/" + this.agreements.findByImportKey("ntnu-nho-2023").orElseThrow().getId() + page, admin);
			assertThat(largeCount).as(page).isEqualTo(smallCount).isEqualTo(realCount);
			assertThat(largeCount).as(page + ": at most ten statements a page (issue 15)").isLessThanOrEqualTo(10);
			// read as plain values, not built as entities (a quarter of a page's CPU, issue 15): no statement
			// Hibernate writes (its aliases such as "a1_0.")
			assertThat(this.sql.statements()).as(page + ": entity queries").noneMatch(HIBERNATE_ALIAS.asPredicate());
			System.out.println("SQL statements for /agreements/{id}" + page + ": " + largeCount);
		}
		assertThat(statements("/agreements", admin)).isEqualTo(statements("/agreements", admin));
	}

	@Test
	@Transactional
	void theAgreementsAUserSeesAreReadAsTheirEntitiesSayOnEveryDayThatMatters() {
		// the list and the dashboard read the agreements as plain rows (AgreementView), the entity is
		// what the agreement pages and the writes use: both must give each agreement the same term,
		// status and deadlines, extensions, successors, drafts and evaluations included
		SignedInUser admin = (SignedInUser) this.users.loadUserByUsername("admin");
		List<AgreementSummary> visible = this.agreementsApi.visibleTo(admin);
		assertThat(visible).hasSizeGreaterThanOrEqualTo(2);
		LocalDate today = LocalDate.now(this.clock);
		for (AgreementSummary summary : visible) {
			Agreement entity = this.agreements.findById(summary.id()).orElseThrow();
			LocalDate successorStart = this.agreements.findSuccessor(summary.id())
				.map(Agreement::getStartDate)
				.orElse(null);
			AgreementStatus status = entity.statusOn(today, successorStart);
			assertThat(summary).as(entity.getTitle())
				.isEqualTo(new AgreementSummary(entity.getId(), entity.getTitle(), summary.parties(), entity.getStartDate(),
						entity.getEndDate(), entity.isApproximateDates(), status,
						status.isInForce() ? entity.daysLeftOn(today) : null));
			List<LocalDate> days = new java.util.ArrayList<>(List.of(today, entity.getStartDate().minusDays(1),
					entity.getStartDate(), entity.getOriginalEndDate(), entity.getEndDate(), entity.getEndDate().plusDays(1)));
			entity.getExtensions().forEach(extension -> days.add(extension.getDecidedOn()));
			java.util.stream.Stream.of(entity.getEvaluationFrom(), entity.getEvaluationTo(), successorStart)
				.filter(java.util.Objects::nonNull)
				.forEach(days::add);
			for (LocalDate day : days) {
				AgreementOverview overview = this.agreementsApi.chosen(admin, entity.getId(), day).orElseThrow().overview();
				assertThat(overview.status()).as("%s on %s", entity.getTitle(), day).isEqualTo(entity.statusOn(day, successorStart));
				assertThat(overview.deadlines()).as("%s on %s", entity.getTitle(), day)
					.isEqualTo(entity.deadlinesOn(day, successorStart));
				assertThat(overview.agreement().endDateOn(day)).as("%s on %s", entity.getTitle(), day)
					.isEqualTo(entity.endDateOn(day));
			}
		}
	}

	/**
	 * An agreement with the given number of clauses, focus areas and commitments per focus area,
	 * and a role per focus area held by a line of example people.
	 */
	private long importGenerated(int clauseCount, int areaCount, int commitmentsPerArea) {
		String key = "test-" + UUID.randomUUID();
		StringBuilder yaml = new StringBuilder("example: true\nroles:\n");
		for (int a = 0; a < areaCount; a++) {
			yaml.append("  - {key: %s-role-%d, organisation: NTNU, title: Rolle %d %s}\n".formatted(key, a, a, key));
		}
		yaml.append("people:\n");
		for (int a = 0; a < areaCount; a++) {
			for (int p = 0; p < 3; p++) {
				yaml.append("  - {key: %s-person-%d-%d, name: Person %d %d, organisation: NTNU}\n".formatted(key, a, p, a, p));
			}
		}
		yaml.append("assignments:\n");
		for (int a = 0; a < areaCount; a++) {
			for (int p = 0; p < 3; p++) {
				yaml.append("  - {person: %s-person-%d-%d, role: %s-role-%d, from: 20%d0-01-01, to: 20%d9-12-31}\n"
					.formatted(key, a, p, key, a, p, p));
			}
		}
		yaml.append("""
				agreements:
				  - key: %s
				    title: Generert avtale
				    kind: COLLABORATION_AGREEMENT
				    signedOn: 2026-01-01
				    start: 2026-01-01
				    termMonths: 24
				    evaluation:
				      from: 2027-01-01
				      to: 2027-06-30
				    parties:
				      - organisation: NTNU
				      - organisation: NHO
				    clauses:
				""".formatted(key));
		for (int c = 1; c <= clauseCount; c++) {
			yaml.append("      - {number: \"%d\", heading: Klausul %d, text: Tekst %d}\n".formatted(c, c, c));
		}
		yaml.append("    focusAreas:\n");
		for (int a = 0; a < areaCount; a++) {
			yaml.append("      - code: %s\n        clause: \"1\"\n        title: Område\n        commitments:\n"
				.formatted((char) ('A' + a)));
			for (int m = 0; m < commitmentsPerArea; m++) {
				yaml.append("          - {text: Intensjon %d, lead: NHO}\n".formatted(m));
			}
		}
		yaml.append("    delegations:\n");
		for (int a = 0; a < areaCount; a++) {
			yaml.append("      - {scope: FOCUS_AREA, focusArea: %s, role: %s-role-%d, from: ntnu-rektor, clause: \"1\"}\n"
				.formatted((char) ('A' + a), key, a));
		}
		yaml.append("    steeringGroup:\n      minimumMeetingsPerYear: 2\n      members: [ntnu-rektor]\n");
		this.agreementImport.importFile(new ByteArrayInputStream(yaml.toString().getBytes(StandardCharsets.UTF_8)),
				AgreementImport.Existing.REJECT);
		return this.agreements.findByImportKey(key).orElseThrow().getId();
	}

	/** A table's alias in the SQL Hibernate writes for an entity query. */
	private static final Pattern HIBERNATE_ALIAS = Pattern.compile("\\b[a-z]+[0-9]+_[0-9]+\\.");

	private int statements(String path, MockHttpSession session) throws Exception {
		this.sql.reset();
		this.mvc.perform(get(path).session(session)).andExpect(status().isOk());
		return this.sql.count();
	}

	private Document page(String path, MockHttpSession session) throws Exception {
		String html = this.mvc.perform(get(path).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

}
