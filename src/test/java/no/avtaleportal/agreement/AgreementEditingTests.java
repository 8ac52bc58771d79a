package no.avtaleportal.agreement;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administrators edit agreements, with validation in the user's language and a conflict page for
 * stale edits; nobody else can.
 */
@PortalTest
@Transactional
class AgreementEditingTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AgreementRepository agreements;

	@Autowired
	private CommitmentRepository commitments;

	@Autowired
	private DelegationRepository delegations;

	@Autowired
	private ClauseRepository clauses;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private AgreementImport agreementImport;

	@PersistenceContext
	private EntityManager entityManager;

	private Agreement agreement() {
		return this.agreements.findByImportKey("ntnu-nho-2023").orElseThrow();
	}

	private Commitment firstCommitment() {
		return this.commitments.findOfAgreement(agreement().getId()).get(0);
	}

	@Test
	void othersThanAdministratorsCannotEdit() throws Exception {
		long id = agreement().getId();
		Commitment commitment = firstCommitment();
		for (String username : new String[] { "ntnu", "prorektor", "sekretaer", "leser" }) {
			MockHttpSession session = SignIn.as(this.mvc, username);
			for (String path : new String[] { "/agreements/" + id + "/edit", "/agreements/new", "/agreements/import",
					"/agreements/" + id + "/commitments/" + commitment.getId() + "/edit",
					"/agreements/" + id + "/delegations/new", "/people", "/organisations/new" }) {
				this.mvc.perform(get(path).session(session)).andExpect(status().isForbidden());
			}
			this.mvc.perform(commitmentEdit(commitment, "Overskrevet", commitment.getVersion()).session(session))
				.andExpect(status().isForbidden());
		}
		assertThat(firstCommitment().getText()).isEqualTo(commitment.getText());
	}

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void anAdministratorEditsACommitmentAndTheChangeIsAudited() throws Exception {
		// committed for real, so that the audit columns are filled while the administrator is signed in
		String key = "test-" + UUID.randomUUID();
		this.agreementImport.importFile(new ByteArrayInputStream("""
				agreements:
				  - key: %s
				    title: Avtale for redigering
				    kind: COLLABORATION_AGREEMENT
				    start: 2026-01-01
				    termMonths: 12
				    parties: [{organisation: NTNU}, {organisation: NHO}]
				    clauses: [{number: "1", heading: Formål, text: Tekst.}]
				    focusAreas:
				      - {code: A, clause: "1", title: Område, commitments: [{text: Opprinnelig tekst.}]}
				""".formatted(key).getBytes(StandardCharsets.UTF_8)), AgreementImport.Existing.REJECT);
		Agreement agreement = this.agreements.findByImportKey(key).orElseThrow();
		Commitment commitment = this.commitments.findOfAgreement(agreement.getId()).get(0);
		this.mvc.perform(commitmentEdit(agreement, commitment, "Gjensidig kunnskapsdeling, oppdatert.", commitment.getVersion())
			.session(SignIn.as(this.mvc, "admin")))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/agreements/" + agreement.getId() + "/focus-areas/A"));
		Commitment saved = this.commitments.findById(commitment.getId()).orElseThrow();
		assertThat(saved.getText()).isEqualTo("Gjensidig kunnskapsdeling, oppdatert.");
		assertThat(saved.getLastModifiedBy()).isEqualTo("admin");
		assertThat(saved.getCreatedBy()).isEqualTo("system");
	}

	@Test
	void aStaleEditGetsTheConflictPageAndChangesNothing() throws Exception {
		Commitment commitment = firstCommitment();
		this.mvc
			.perform(commitmentEdit(commitment, "Min versjon", commitment.getVersion() - 1)
				.session(SignIn.as(this.mvc, "admin")))
			.andExpect(status().isConflict());
		assertThat(firstCommitment().getText()).isEqualTo(commitment.getText());
	}

	@Test
	void aStaleEditShowsTheFormAgainWithWhatTheUserTypedAndTheSavedValuesBesideIt() throws Exception {
		Commitment commitment = firstCommitment();
		MockHttpSession admin = SignIn.as(this.mvc, "admin");
		Document page = Jsoup.parse(this.mvc.perform(commitmentEdit(commitment, "Min versjon", commitment.getVersion() - 1)
			.session(admin))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select(".error-summary").text()).contains("Noen andre har lagret endringer her mens du skrev.");
		assertThat(page.select("#text").val()).isEqualTo("Min versjon");
		assertThat(page.select("#text-saved").text()).isEqualTo("Lagret nå: " + commitment.getText());
		assertThat(page.select("#focusAreaId-saved")).isEmpty();
		assertThat(page.select("input[name=version]").val()).isEqualTo(String.valueOf(commitment.getVersion()));
		assertThat(firstCommitment().getText()).isEqualTo(commitment.getText());

		// saving again, having seen the other change, replaces it
		this.mvc.perform(commitmentEdit(commitment, "Min versjon", commitment.getVersion()).session(admin))
			.andExpect(status().isFound());
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(firstCommitment().getText()).isEqualTo("Min versjon");
	}

	@Test
	void aDelegationOutsideTheTermIsRejectedInTheUsersLanguageWithTheInputKept() throws Exception {
		Delegation delegation = this.delegations.findOfAgreement(agreement().getId()).get(1);
		Document page = form(delegationEdit(delegation, "2023-01-01", "").session(SignIn.as(this.mvc, "admin")));
		assertThat(page.select("#validFrom-error").text()).isEqualTo("Delegeringen må ligge innenfor avtaleperioden.");
		assertThat(page.select("#validFrom").attr("aria-describedby")).isEqualTo("validFrom-error");
		assertThat(page.select("#validFrom").val()).isEqualTo("2023-01-01");
		// issue 16: the summary names the field before its message
		assertThat(page.select(".error-summary a[href=#validFrom]").text())
			.isEqualTo("Gjelder fra: Delegeringen må ligge innenfor avtaleperioden.");

		Document english = form(delegationEdit(delegation, "2024-01-01", "2028-01-01").param("lang", "en")
			.session(SignIn.as(this.mvc, "admin")));
		assertThat(english.select("#validTo-error").text()).isEqualTo("The delegation must lie within the term of the agreement.");
	}

	@Test
	void aDelegationThatEndsBeforeItStartsIsRejected() throws Exception {
		Delegation delegation = this.delegations.findOfAgreement(agreement().getId()).get(1);
		Document page = form(delegationEdit(delegation, "2024-06-01", "2024-05-31").session(SignIn.as(this.mvc, "admin")));
		assertThat(page.select("#validTo-error").text()).isEqualTo("Sluttdatoen kan ikke være før startdatoen.");
	}

	@Test
	void aClauseNumberIsUniqueWithinTheAgreementAndRequiredFieldsAreRequired() throws Exception {
		Clause clause = this.clauses.findOfAgreement(agreement().getId()).get(0);
		Document page = form(post("/agreements/" + agreement().getId() + "/clauses/" + clause.getId() + "/edit").with(csrf())
			.param("number", "2A")
			.param("level", "1")
			.param("heading", "")
			.param("body", clause.getBody())
			.param("version", String.valueOf(clause.getVersion()))
			.session(SignIn.as(this.mvc, "admin")));
		assertThat(page.select("#number-error").text()).isEqualTo("Avtalen har allerede en klausul med dette nummeret.");
		assertThat(page.select("#heading-error").text()).isEqualTo("Fyll ut feltet.");
		assertThat(this.clauses.findOfAgreement(agreement().getId()).get(0).getNumber()).isEqualTo("1");
	}

	@Test
	void anEvaluationThatEndsBeforeItStartsIsRejected() throws Exception {
		Agreement agreement = agreement();
		Document page = form(post("/agreements/" + agreement.getId() + "/edit").with(csrf())
			.param("title", agreement.getTitle())
			.param("kind", agreement.getKind().name())
			.param("startDate", agreement.getStartDate().toString())
			.param("termMonths", "24")
			.param("evaluationFrom", "2025-06-30")
			.param("evaluationTo", "2025-01-01")
			.param("version", String.valueOf(agreement.getVersion()))
			.session(SignIn.as(this.mvc, "admin")));
		assertThat(page.select("#evaluationTo-error").text()).isEqualTo("Sluttdatoen kan ikke være før startdatoen.");
	}

	@Test
	void anAdministratorCreatesAnAgreementWithTwoParties() throws Exception {
		MockHttpSession admin = SignIn.as(this.mvc, "admin");
		String ntnu = organisationId("NTNU");
		Document same = form(newAgreement(ntnu).param("secondPartyId", ntnu).session(admin));
		assertThat(same.select("#secondPartyId-error").text()).isEqualTo("De to partene må være forskjellige organisasjoner.");
		String location = this.mvc.perform(newAgreement(ntnu).param("secondPartyId", organisationId("NHO")).session(admin))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Document page = Jsoup.parse(this.mvc.perform(get(location).session(admin)).andReturn().getResponse().getContentAsString());
		assertThat(page.select("h1").text()).isEqualTo("Ny testavtale");
		assertThat(page.select(".alert-success").text()).isEqualTo("Avtalen er lagret.");
	}

	@Test
	void anAdministratorUploadsAnAgreementFileAndAMalformedOneIsShownBackWithLinesAndFields() throws Exception {
		MockHttpSession admin = SignIn.as(this.mvc, "admin");
		String key = "test-" + UUID.randomUUID();
		String good = """
				agreements:
				  - key: %s
				    title: Opplastet avtale
				    kind: FRAMEWORK_AGREEMENT
				    start: 2026-01-01
				    termMonths: 12
				    parties: [{organisation: NTNU}, {organisation: NHO}]
				""".formatted(key);
		Document rejected = form(multipart("/agreements/import")
			.file(new MockMultipartFile("file", "avtale.yaml", "text/yaml",
					good.replace("termMonths: 12", "termMonths: tolv").getBytes(StandardCharsets.UTF_8)))
			.with(csrf())
			.session(admin));
		assertThat(rejected.select("#import-problems").text()).contains("Filen «avtale.yaml» ble avvist",
				"Linje 6, agreements[0].termMonths: Må være et helt tall, minst 1.");
		assertThat(this.agreements.findByImportKey(key)).isEmpty();

		this.mvc.perform(multipart("/agreements/import")
			.file(new MockMultipartFile("file", "avtale.yaml", "text/yaml", good.getBytes(StandardCharsets.UTF_8)))
			.with(csrf())
			.session(admin)).andExpect(status().isFound()).andExpect(redirectedUrl("/agreements"));
		assertThat(this.agreements.findByImportKey(key)).isPresent();
	}

	private String organisationId(String shortName) {
		return this.jdbc.sql("select id from organisation where short_name = :name")
			.param("name", shortName)
			.query(Long.class)
			.single()
			.toString();
	}

	private MockHttpServletRequestBuilder newAgreement(String firstPartyId) {
		return post("/agreements/new").with(csrf())
			.param("title", "Ny testavtale")
			.param("kind", "COLLABORATION_AGREEMENT")
			.param("startDate", "2026-01-01")
			.param("termMonths", "12")
			.param("firstPartyId", firstPartyId);
	}

	private MockHttpServletRequestBuilder commitmentEdit(Commitment commitment, String text, long version) {
		return commitmentEdit(agreement(), commitment, text, version);
	}

	private MockHttpServletRequestBuilder commitmentEdit(Agreement agreement, Commitment commitment, String text,
			long version) {
		return post("/agreements/" + agreement.getId() + "/commitments/" + commitment.getId() + "/edit").with(csrf())
			.param("text", text)
			.param("focusAreaId", String.valueOf(commitment.getFocusArea().getId()))
			.param("clauseId", String.valueOf(commitment.getClause().getId()))
			.param("leadOrganisationId", "")
			.param("version", String.valueOf(version));
	}

	private MockHttpServletRequestBuilder delegationEdit(Delegation delegation, String from, String to) {
		return post("/agreements/" + agreement().getId() + "/delegations/" + delegation.getId() + "/edit").with(csrf())
			.param("scope", delegation.getScope().name())
			.param("roleId", String.valueOf(delegation.getRoleId()))
			.param("delegatedFromRoleId",
					delegation.getDelegatedFromRoleId() != null ? String.valueOf(delegation.getDelegatedFromRoleId()) : "")
			.param("validFrom", from)
			.param("validTo", to)
			.param("clauseId", String.valueOf(delegation.getClause().getId()))
			.param("version", String.valueOf(delegation.getVersion()));
	}

	private Document form(RequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
