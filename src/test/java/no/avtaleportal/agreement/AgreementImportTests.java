package no.avtaleportal.agreement;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

@PortalTest
class AgreementImportTests {

	private static final List<String> TABLES = List.of("organisation", "person", "org_role", "role_assignment",
			"agreement", "agreement_party", "agreement_extension", "clause", "focus_area", "commitment", "delegation",
			"steering_group", "steering_group_member");

	@Autowired
	private AgreementImport agreementImport;

	@Autowired
	private StartupImport startupImport;

	@Autowired
	private AgreementRepository agreements;

	@Autowired
	private ClauseRepository clauses;

	@Autowired
	private FocusAreaRepository focusAreas;

	@Autowired
	private CommitmentRepository commitments;

	@Autowired
	private DelegationRepository delegations;

	@Autowired
	private SteeringGroupRepository steeringGroups;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theNtnuNhoAgreementIsImportedWhole() {
		Agreement agreement = this.agreements.findByImportKey("ntnu-nho-2023").orElseThrow();
		assertThat(agreement.getTitle()).isEqualTo("Samarbeidsavtale mellom NTNU og NHO");
		assertThat(agreement.getSubject()).startsWith("Intensjonsavtale om strategisk dialog");
		assertThat(agreement.getSignedOn()).hasToString("2023-11-20");
		assertThat(agreement.getSignedPlace()).isEqualTo("Oslo");
		assertThat(agreement.getTermMonths()).isEqualTo(24);
		assertThat(agreement.isExtensionAllowed()).isTrue();
		assertThat(agreement.getEvaluationFrom()).hasToString("2025-01-01");
		assertThat(agreement.getEvaluationTo()).hasToString("2025-06-30");

		List<Clause> clauses = this.clauses.findOfAgreement(agreement.getId());
		assertThat(clauses).extracting(Clause::getNumber, Clause::getHeading)
			.containsExactly(tuple("1", "Bakgrunn"), tuple("2", "Formål og ambisjon"),
					tuple("2A", "Strategisk kunnskapsdeling, kommunikasjon og politikkutspill der partene har felles interesser."),
					tuple("2B", "Kunstig intelligens - med vekt på livslang læring og arbeidslivsrelevans."),
					tuple("3", "Ansvar, organisering og oppfølging"), tuple("4", "Avtalens varighet"));
		assertThat(clauses.get(0).getBody()).contains("Denne avtalen erstatter forrige 2-årige avtale, inngått høsten 2021.");
		assertThat(clauses.get(3).getBody()).contains("NHO vil også kunne fasilitere møter mellom NTNU og NHOs medlemsbedrifter");
		assertThat(clauses.get(5).getBody()).contains("skal være tema på styringsgruppemøte våren 2025");

		Clause intentions = clauses.get(2);
		assertThat(intentions.getBlocks()).hasSize(2);
		assertThat(intentions.getBlocks().get(1).items()).hasSize(4)
			.anySatisfy(item -> assertThat(item).startsWith("gjensidig kunnskapsdeling og utveksling av rapporter"))
			.anySatisfy(item -> assertThat(item).startsWith("å utvikle felles budskap"))
			.anySatisfy(item -> assertThat(item).contains("delta i kartlegginger av næringslivets fremtidige"))
			.anySatisfy(item -> assertThat(item).contains("ny virksomhetsstrategi for 2026 – 2034"));

		assertThat(this.focusAreas.findOfAgreement(agreement.getId()))
			.extracting(FocusArea::getCode, area -> area.getClause().getNumber())
			.containsExactly(tuple("A", "2A"), tuple("B", "2B"));
		List<Commitment> commitments = this.commitments.findOfAgreement(agreement.getId());
		assertThat(commitments).filteredOn(commitment -> commitment.getFocusArea().getCode().equals("A"))
			.hasSize(4)
			.anySatisfy(commitment -> assertThat(commitment.getResponsibilityNote())
				.isEqualTo("NTNU skal være ansvarlig for innhold og gjennomføring av aktivitetene."));
		assertThat(commitments).filteredOn(commitment -> commitment.getFocusArea().getCode().equals("B"))
			.hasSize(4)
			.anySatisfy(commitment -> assertThat(commitment.getText()).contains("Norwegian Open AI lab (NAIL)"));

		assertThat(this.delegations.findOfAgreement(agreement.getId())).extracting(Delegation::getScope)
			.containsExactly(DelegationScope.WHOLE_AGREEMENT, DelegationScope.FOLLOW_UP, DelegationScope.FOCUS_AREA,
					DelegationScope.FOCUS_AREA, DelegationScope.WHOLE_AGREEMENT, DelegationScope.FOLLOW_UP);
		SteeringGroup group = this.steeringGroups.findOfAgreement(agreement.getId()).orElseThrow();
		assertThat(group.getMinimumMeetingsPerYear()).isEqualTo(2);
		assertThat(group.getMemberRoleIds()).hasSize(2);
		assertThat(this.jdbc.sql("select title from org_role where id in (:ids) order by title")
			.param("ids", group.getMemberRoleIds())
			.query(String.class)
			.list()).containsExactly("Avdelingsdirektør kompetanse og innovasjon", "Prorektor for nyskaping");

		assertThat(this.jdbc.sql("""
				select o.org_number || ' ' || p.signatory_name from agreement_party p
				join organisation o on o.id = p.organisation_id where p.agreement_id = :id order by p.position""")
			.param("id", agreement.getId())
			.query(String.class)
			.list()).containsExactly("974767880 Anne Borg", "955600436 Ole Erik Almlid");
	}

	@Test
	void thePredecessorOf2021IsReplacedByThe2023Agreement() {
		Agreement agreement = this.agreements.findByImportKey("ntnu-nho-2023").orElseThrow();
		Agreement predecessor = this.agreements
			.findWhole(this.agreements.findByImportKey("ntnu-nho-2021").orElseThrow().getId())
			.orElseThrow();
		assertThat(this.agreements.findWhole(agreement.getId()).orElseThrow().getPredecessor().getId())
			.isEqualTo(predecessor.getId());
		assertThat(predecessor.isApproximateDates()).isTrue();
		assertThat(predecessor.getStartDate().getYear()).isEqualTo(2021);
		assertThat(predecessor.getEndDate().getYear()).isEqualTo(2023);
		assertThat(predecessor.statusOn(agreement.getStartDate(), agreement.getStartDate()))
			.isEqualTo(AgreementStatus.REPLACED);
	}

	@Test
	void demoModeAddsExamplePeopleInTheRolesAndLinksTheirAccounts() {
		assertThat(this.jdbc.sql("""
				select p.name from role_assignment a join person p on p.id = a.person_id
				join org_role r on r.id = a.role_id
				where r.title = 'Prorektor for nyskaping' and a.valid_to is null""").query(String.class).single())
			.isEqualTo("Kari Nordmann");
		assertThat(this.jdbc.sql("select count(*) from person where not example").query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("""
				select p.name from user_account u join person p on p.id = u.person_id
				where u.username = 'prorektor'""").query(String.class).single()).isEqualTo("Kari Nordmann");
	}

	@Test
	@Transactional
	void aSecondImportChangesNothingAndKeepsEdits() {
		Agreement agreement = this.agreements.findByImportKey("ntnu-nho-2023").orElseThrow();
		Clause background = this.clauses.findOfAgreement(agreement.getId()).get(0);
		background.rewrite("1", "Bakgrunn (redigert)", background.getBody(), 1);
		this.clauses.save(background);
		Map<String, Long> before = rowCounts();

		this.startupImport.importAll();

		assertThat(rowCounts()).isEqualTo(before);
		assertThat(this.clauses.findOfAgreement(agreement.getId()).get(0).getHeading()).isEqualTo("Bakgrunn (redigert)");
	}

	@Test
	void aMalformedFileIsRejectedWithLineAndFieldAndNothingOfItIsSaved() {
		Map<String, Long> before = rowCounts();
		String key = "test-" + UUID.randomUUID();
		String file = """
				organisations:
				  - key: NYTT
				    name: Nytt Selskap AS
				    shortName: NYTT-%s
				    orgNumber: "974767881"
				agreements:
				  - key: %s
				    title: Ny avtale
				    kind: INTENT_AGREEMENT
				    start: 2024-01-01
				    termMonths: 12
				    parties:
				      - organisation: NTNU
				      - organisation: NHO
				    clauses:
				      - number: "1"
				        heading: Formål
				        text: Tekst.
				    focusAreas:
				      - code: A
				        clause: "9"
				        title: Område
				    delegations:
				      - scope: WHOLE_AGREEMENT
				        role: ntnu-rektor
				        clause: "1"
				        validFrom: 2023-06-01
				    steeringGroup:
				      minimumMeetingsPerYear: to
				""".formatted(key.substring(5, 13), key);

		List<ImportProblem> problems = rejected(file);

		assertThat(problems).extracting(ImportProblem::line, ImportProblem::field, ImportProblem::code)
			.containsExactlyInAnyOrder(tuple(5, "organisations[0].orgNumber", "orgNumber"),
					tuple(21, "agreements[0].focusAreas[0].clause", "unknownClause"),
					tuple(27, "agreements[0].delegations[0].validFrom", "outsideTerm"),
					tuple(29, "agreements[0].steeringGroup.minimumMeetingsPerYear", "number"));
		assertThat(rowCounts()).isEqualTo(before);
		assertThat(this.agreements.findByImportKey(key)).isEmpty();
	}

	@Test
	void aFileThatIsNotYamlIsRejectedWithItsLine() {
		List<ImportProblem> problems = rejected("agreements:\n  - key: x\n    title: [unclosed\n");
		assertThat(problems).singleElement().satisfies(problem -> {
			assertThat(problem.code()).isEqualTo("syntax");
			assertThat(problem.line()).isGreaterThanOrEqualTo(3);
		});
		assertThat(rejected("")).extracting(ImportProblem::code).containsExactly("empty");
	}

	@Test
	void anUnknownFieldAndMissingRequiredOnesAreReported() {
		List<ImportProblem> problems = rejected("""
				agreements:
				  - key: test-unknown-field
				    titel: Skrivefeil
				    kind: NOE_ANNET
				""");
		assertThat(problems).extracting(ImportProblem::field, ImportProblem::code)
			.contains(tuple("agreements[0].titel", "unknownField"), tuple("agreements[0].title", "required"),
					tuple("agreements[0].kind", "choice"), tuple("agreements[0].start", "required"),
					tuple("agreements[0].parties", "twoParties"));
	}

	@Test
	void anAgreementThatExistsIsRejectedWhenUploaded() {
		List<ImportProblem> problems = rejected("""
				agreements:
				  - key: ntnu-nho-2023
				    title: Samme nøkkel
				    kind: INTENT_AGREEMENT
				    start: 2024-01-01
				    termMonths: 12
				    parties:
				      - organisation: NTNU
				      - organisation: NHO
				""");
		assertThat(problems).extracting(ImportProblem::line, ImportProblem::code).containsExactly(tuple(2, "agreementExists"));
	}

	@Test
	@Transactional
	void aValidUploadedFileAddsItsAgreement() {
		String key = "test-" + UUID.randomUUID();
		List<String> added = this.agreementImport.importFile(stream("""
				agreements:
				  - key: %s
				    title: Rammeavtale om praksis
				    kind: FRAMEWORK_AGREEMENT
				    predecessor: ntnu-nho-2023
				    signedOn: 2025-11-01
				    start: 2025-11-20
				    termMonths: 36
				    parties:
				      - organisation: NTNU
				        signatory: Navn Navnesen
				      - organisation: NHO
				    clauses:
				      - number: "1"
				        heading: Formål
				        text: |
				          Første avsnitt.

				          - punkt en
				          - punkt to
				""".formatted(key)), AgreementImport.Existing.REJECT);
		assertThat(added).containsExactly(key);
		Agreement agreement = this.agreements.findByImportKey(key).orElseThrow();
		assertThat(agreement.getCreatedBy()).isEqualTo("system");
		assertThat(agreement.getCreatedAt()).isNotNull();
		assertThat(this.clauses.findOfAgreement(agreement.getId()).get(0).getBlocks())
			.containsExactly(new Clause.TextBlock(false, List.of("Første avsnitt.")),
					new Clause.TextBlock(true, List.of("punkt en", "punkt to")));
	}

	private List<ImportProblem> rejected(String file) {
		return assertThatExceptionOfType(AgreementImportException.class)
			.isThrownBy(() -> this.agreementImport.importFile(stream(file), AgreementImport.Existing.REJECT))
			.actual()
			.getProblems();
	}

	private static ByteArrayInputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	private Map<String, Long> rowCounts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : TABLES) {
			counts.put(table, this.jdbc.sql("select count(*) from " + table).query(Long.class).single());
		}
		counts.put("user_account.person_id", this.jdbc.sql("select count(person_id) from user_account")
			.query(Long.class)
			.single());
		return counts;
	}

}
