package no.avtaleportal.agreement;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import no.avtaleportal.people.People;
import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SignIn;
import no.avtaleportal.support.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * History (Envers) of agreements, commitments and delegations: who changed what and when, field
 * by field, in words, readable by everyone who may read the agreement.
 */
@PortalTest
class AgreementHistoryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgreementRepository agreements;

	@Autowired
	CommitmentRepository commitments;

	@Autowired
	DelegationRepository delegations;

	@Autowired
	AgreementImport agreementImport;

	@Autowired
	SqlStatements sql;

	@Autowired
	People people;

	@Test
	void historyRecordsWhoChangedWhichFieldFromWhatToWhat() throws Exception {
		Agreement agreement = importAgreement();
		Commitment commitment = this.commitments.findOfAgreement(agreement.getId()).get(0);
		MockHttpSession admin = SignIn.as(this.mvc, "admin");
		editCommitment(admin, agreement, commitment, "Gjensidig kunnskapsdeling, oppdatert.");

		Document page = page("/agreements/" + agreement.getId() + "/commitments/" + commitment.getId() + "/history",
				SignIn.as(this.mvc, "ntnu"));
		String newest = page.select(".history-change").first().text();
		assertThat(newest).contains("Endret", "av Demo Administrator", "Tekst", "fra Opprinnelig tekst. til Gjensidig kunnskapsdeling, oppdatert.");
		assertThat(newest).as("only the changed field").doesNotContain("Rekkefølge");
		String oldest = page.select(".history-change").last().text();
		assertThat(oldest).contains("Opprettet", "av Avtaleportalen (automatisk)", "Opprinnelig tekst.");

		Document agreementHistory = page("/agreements/" + agreement.getId() + "/history", SignIn.as(this.mvc, "nho"));
		assertThat(agreementHistory.select("h1").text()).isEqualTo("Historikk: Avtale med historikk");
		assertThat(agreementHistory.text()).contains("Opprettet", "Startdato", "01.01.2026", "Varighet (måneder)", "12");
	}

	@Test
	void theHistoriesNameOrganisationsRolesFocusAreasAndClausesInWords() throws Exception {
		Agreement agreement = importAgreement();
		Commitment commitment = this.commitments.findOfAgreement(agreement.getId()).get(0);
		Delegation delegation = this.delegations.findOfAgreement(agreement.getId()).get(0);
		long nho = this.people.organisationByShortName("NHO").orElseThrow().id();
		MockHttpSession admin = SignIn.as(this.mvc, "admin");
		editCommitment(admin, agreement, commitment, "Ny ledelse.", String.valueOf(nho));

		Document page = page("/agreements/" + agreement.getId() + "/commitments/" + commitment.getId() + "/history",
				SignIn.as(this.mvc, "ntnu"));
		String newest = page.select(".history-change").first().text();
		assertThat(newest).contains("Ledes av", "NHO").doesNotContain("(organisasjon nr.)", "nr. " + nho);
		assertThat(page.select(".history-change").first().select("ins").eachText()).as("the lead party in words")
			.contains("NHO")
			.doesNotContain(String.valueOf(nho));
		String oldest = page.select(".history-change").last().text();
		assertThat(oldest).contains("Innsatsområde", "A Område", "Punkt i avtalen", "1 Formål")
			.doesNotContainPattern("nr\\. \\d");

		Document delegationHistory = page(
				"/agreements/" + agreement.getId() + "/delegations/" + delegation.getId() + "/history",
				SignIn.as(this.mvc, "nho"));
		String role = this.people.roles(java.util.List.of(delegation.getRoleId())).get(delegation.getRoleId()).label();
		assertThat(delegationHistory.select("h1").text()).contains(role);
		assertThat(delegationHistory.select(".history-change").last().text()).contains("Rolle", role, "Avtale",
				"Avtale med historikk", "1 Formål")
			.doesNotContain("(nr.)")
			.doesNotContainPattern("nr\\. \\d");

		Document english = page(
				"/agreements/" + agreement.getId() + "/commitments/" + commitment.getId() + "/history?lang=en", admin);
		assertThat(english.select(".history-change").first().text()).contains("Led by", "NHO")
			.doesNotContain("organisation no.");
	}

	@Test
	void theHistoryPagesRunAFixedNumberOfStatements() throws Exception {
		Agreement agreement = importAgreement();
		Commitment commitment = this.commitments.findOfAgreement(agreement.getId()).get(0);
		Delegation delegation = this.delegations.findOfAgreement(agreement.getId()).get(0);
		MockHttpSession admin = SignIn.as(this.mvc, "admin");
		String commitmentUrl = "/agreements/" + agreement.getId() + "/commitments/" + commitment.getId() + "/history";
		String delegationUrl = "/agreements/" + agreement.getId() + "/delegations/" + delegation.getId() + "/history";
		int once = count(admin, commitmentUrl);
		int delegationOnce = count(admin, delegationUrl);
		for (int i = 1; i <= 4; i++) {
			editCommitment(admin, agreement, this.commitments.findById(commitment.getId()).orElseThrow(), "Versjon " + i);
		}
		assertThat(page(commitmentUrl, admin).select(".history-change")).hasSize(5);
		assertThat(count(admin, commitmentUrl)).isEqualTo(once);
		assertThat(count(admin, delegationUrl)).isEqualTo(delegationOnce);
		System.out.printf("SQL statements: commitment history %d, delegation history %d%n", once, delegationOnce);
	}

	@Test
	void aCommitmentOfAnotherAgreementIsNotFound() throws Exception {
		Agreement one = importAgreement();
		Agreement other = importAgreement();
		Commitment ofOther = this.commitments.findOfAgreement(other.getId()).get(0);
		this.mvc.perform(get("/agreements/" + one.getId() + "/commitments/" + ofOther.getId() + "/history")
			.session(SignIn.as(this.mvc, "admin"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/agreements/" + Long.MAX_VALUE + "/history").session(SignIn.as(this.mvc, "leser")))
			.andExpect(status().isNotFound());
	}

	private void editCommitment(MockHttpSession admin, Agreement agreement, Commitment commitment, String text)
			throws Exception {
		editCommitment(admin, agreement, commitment, text, "");
	}

	private void editCommitment(MockHttpSession admin, Agreement agreement, Commitment commitment, String text,
			String leadOrganisationId) throws Exception {
		this.mvc
			.perform(post("/agreements/" + agreement.getId() + "/commitments/" + commitment.getId() + "/edit").with(csrf())
				.session(admin)
				.param("text", text)
				.param("focusAreaId", String.valueOf(commitment.getFocusArea().getId()))
				.param("clauseId", String.valueOf(commitment.getClause().getId()))
				.param("leadOrganisationId", leadOrganisationId)
				.param("version", String.valueOf(commitment.getVersion())))
			.andExpect(status().isFound());
	}

	private Document page(String url, MockHttpSession session) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(url).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private int count(MockHttpSession session, String url) throws Exception {
		page(url, session);
		this.sql.reset();
		page(url, session);
		return this.sql.count();
	}

	private Agreement importAgreement() {
		String key = "history-" + UUID.randomUUID();
		this.agreementImport.importFile(new ByteArrayInputStream("""
				agreements:
				  - key: %s
				    title: Avtale med historikk
				    kind: COLLABORATION_AGREEMENT
				    start: 2026-01-01
				    termMonths: 12
				    parties: [{organisation: NTNU}, {organisation: NHO}]
				    clauses: [{number: "1", heading: Formål, text: Tekst.}]
				    focusAreas:
				      - {code: A, clause: "1", title: Område, commitments: [{text: Opprinnelig tekst.}]}
				    delegations:
				      - {scope: WHOLE_AGREEMENT, role: ntnu-rektor, clause: "1"}
				""".formatted(key).getBytes(StandardCharsets.UTF_8)), AgreementImport.Existing.REJECT);
		return this.agreements.findByImportKey(key).orElseThrow();
	}

}
