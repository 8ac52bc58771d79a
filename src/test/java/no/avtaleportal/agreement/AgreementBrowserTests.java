package no.avtaleportal.agreement;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import no.avtaleportal.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agreement as people meet it in a real browser: a contributor reads it clause by clause and
 * sees who is responsible; an administrator edits a commitment. Every page is checked with axe.
 */
class AgreementBrowserTests extends BrowserTest {

	@Autowired
	private AgreementRepository agreements;

	@Autowired
	private AgreementImport agreementImport;

	@Autowired
	private CommitmentRepository commitments;

	@Test
	void aContributorReadsTheAgreementAndWhoIsResponsible() {
		logIn("ntnu");
		this.page.navigate("/");
		assertThat(this.page.locator("main tbody")).containsText("Samarbeidsavtale mellom NTNU og NHO");

		this.page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hovedmeny"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Avtaler"))
			.click();
		assertThat(this.page.locator("h1")).hasText("Avtaler");
		assertAccessible();
		screenshot("agreement-list-nb");

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Samarbeidsavtale mellom NTNU og NHO").setExact(true))
			.click();
		assertThat(this.page.locator("h1")).hasText("Samarbeidsavtale mellom NTNU og NHO");
		assertThat(this.page.locator(".agreement-header")).containsText("Oslo, 20. november 2023");
		assertThat(this.page.locator(".agreement-header")).containsText("org.nr. 974 767 880");
		assertThat(this.page.locator(".clause h3, .clause h4")).hasCount(6);
		assertThat(this.page.locator("#clause-2A")).containsText("NHO kan bistå NTNU i å invitere utvalg av medlemsbedrifter");
		assertAccessible();
		screenshot("agreement-nb");

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ansvar").setExact(true)).click();
		assertThat(this.page.locator("h1")).hasText("Hvem har ansvar for hva");
		assertThat(this.page.locator("#group-heading + p")).hasText("Minst 2 styringsgruppemøter i året.");
		assertThat(this.page.locator("main")).containsText("Rektor, NTNU → Prorektor for nyskaping");
		assertAccessible();
		screenshot("responsibilities-nb");

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Innsatsområde B")).click();
		assertThat(this.page.locator(".commitment-card")).hasCount(4);
		assertAccessible();
		screenshot("focus-area-b-nb");

		this.page.navigate(this.page.url() + "?lang=en");
		assertThat(this.page.locator(".agreement-tabs")).containsText("Responsibilities");
		assertAccessible();
	}

	@Test
	void anAdministratorEditsACommitment() {
		long id = importAgreementToEdit();
		logIn("admin");
		this.page.navigate("/agreements/" + id + "/focus-areas/A");
		assertAccessible();
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rediger intensjon A1")).click();
		assertThat(this.page.locator("h1")).hasText("Rediger intensjon");
		assertAccessible();
		screenshot("commitment-edit-nb");

		this.page.getByLabel("Intensjonen").fill("");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre")).click();
		assertThat(this.page.locator(".error-summary")).containsText("Fyll ut feltet.");
		assertThat(this.page.getByLabel("Intensjonen")).hasAttribute("aria-describedby", "text-error");
		assertAccessible();
		screenshot("commitment-edit-error-nb");

		this.page.getByLabel("Intensjonen").fill("Dele rapporter og analyser hvert kvartal.");
		this.page.getByLabel("Ledes av").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("NHO"));
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("Intensjonen er lagret.");
		assertThat(this.page.locator(".commitment-card").first()).containsText("Dele rapporter og analyser hvert kvartal.");
		assertThat(this.page.locator(".commitment-card").first()).containsText("Ledes av NHO");
	}

	@Test
	void aStaleEditComesBackWithWhatTheAdministratorWroteAndTheSavedTextBesideIt() {
		long id = importAgreementToEdit();
		logIn("admin");
		this.page.navigate("/agreements/" + id + "/focus-areas/A");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rediger intensjon A1")).click();
		assertThat(this.page.locator("h1")).hasText("Rediger intensjon");

		// someone else saves the commitment while the form is open
		Commitment commitment = this.commitments.findOfAgreement(id).get(0);
		commitment.reword("Dele rapporter hver måned.", commitment.getClause(), null, null);
		this.commitments.save(commitment);

		this.page.getByLabel("Intensjonen").fill("Dele rapporter og analyser hvert kvartal.");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre")).click();
		assertThat(this.page.locator(".error-summary")).containsText("Noen andre har lagret endringer her mens du skrev.");
		assertThat(this.page.getByLabel("Intensjonen")).hasValue("Dele rapporter og analyser hvert kvartal.");
		assertThat(this.page.locator("#text-saved")).hasText("Lagret nå: Dele rapporter hver måned.");
		assertAccessible();
		screenshot("commitment-stale-edit-nb");

		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("Intensjonen er lagret.");
		assertThat(this.page.locator(".commitment-card").first()).containsText("Dele rapporter og analyser hvert kvartal.");
	}

	@Test
	void theAdministratorsPagesHaveNoAccessibilityViolations() {
		long id = this.agreements.findByImportKey("ntnu-nho-2023").orElseThrow().getId();
		logIn("admin");
		for (String path : List.of("/agreements/" + id + "/edit", "/agreements/" + id + "/clauses/new",
				"/agreements/" + id + "/focus-areas/A/edit", "/agreements/" + id + "/delegations/new",
				"/agreements/" + id + "/extensions/new", "/agreements/new", "/agreements/import", "/people",
				"/organisations/new", "/people/new", "/roles/new")) {
			this.page.navigate(path);
			assertThat(this.page.locator("h1")).hasCount(1);
			assertAccessible();
		}
		this.page.navigate("/people");
		screenshot("people-nb");
		this.page.navigate("/agreements/" + id + "/edit");
		screenshot("agreement-edit-nb");
		this.page.navigate("/agreements/import");
		this.page.getByLabel("Avtalefil (YAML)").setInputFiles(new com.microsoft.playwright.options.FilePayload(
				"feil.yaml", "text/yaml", "agreements:\n  - key: x\n    kind: INTENT\n".getBytes(StandardCharsets.UTF_8)));
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importer")).click();
		assertThat(this.page.getByRole(AriaRole.ALERT)).containsText("Linje 3, agreements[0].kind:");
		assertAccessible();
		screenshot("agreement-import-error-nb");
	}

	private long importAgreementToEdit() {
		String key = "test-" + UUID.randomUUID();
		this.agreementImport.importFile(new ByteArrayInputStream("""
				agreements:
				  - key: %s
				    title: Avtale for redigering i nettleser
				    kind: COLLABORATION_AGREEMENT
				    signedOn: 2026-01-01
				    start: 2026-01-01
				    termMonths: 24
				    parties: [{organisation: NTNU}, {organisation: NHO}]
				    clauses: [{number: "1", heading: Formål, text: Partene vil dele kunnskap.}]
				    focusAreas:
				      - {code: A, clause: "1", title: Kunnskapsdeling, commitments: [{text: Dele rapporter.}]}
				""".formatted(key).getBytes(StandardCharsets.UTF_8)), AgreementImport.Existing.REJECT);
		long id = this.agreements.findByImportKey(key).orElseThrow().getId();
		assertThat(id).isPositive();
		return id;
	}

}
