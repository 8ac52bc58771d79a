package no.avtaleportal.evaluation;

import java.time.LocalDate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import no.avtaleportal.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The spring evaluation in a real browser: the NTNU and NHO members each submit their party's
 * assessment, the secretary writes the decision to extend into a meeting's draft minutes, the
 * minutes go through approval by both parties, and the agreement page and the dashboard show the
 * new end date. axe checks every evaluation page.
 */
class EvaluationBrowserTests extends BrowserTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	private EvaluationFixture fixture;

	@BeforeEach
	void fixture() {
		this.fixture = new EvaluationFixture(this.mvc, this.jdbc);
	}

	@AfterEach
	void restore() {
		this.fixture.restore();
	}

	@Test
	void bothPartiesAssessAndTheExtensionIsDecidedAndApproved() throws Exception {
		String evaluation = this.fixture.url("");
		logIn("prorektor");
		this.page.navigate(evaluation);
		assertThat(this.page.locator("h1")).hasText("Evaluering av avtalen");
		assertThat(this.page.locator("main")).containsText("Forsinket");
		assertAccessible();
		screenshot("evaluation-dossier-nb");
		this.page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Aktivitetene og statusoppdateringene deres i perioden"))
			.click();
		assertThat(this.page.locator("h1")).hasText("Aktivitetene i evalueringsgrunnlaget");
		assertThat(this.page.locator(".dossier table").first()).containsText("Statusoppdateringer i perioden");
		assertAccessible();
		screenshot("evaluation-activities-nb");
		this.page.locator(".page-kicker a").click();
		assess("Kunnskapsdelingen under 2A har vært jevn.");
		assertThat(this.page.locator("[role=status]")).containsText("Vurderingen er levert");

		switchTo("avdelingsdirektor", evaluation);
		assertThat(this.page.locator("main")).containsText("Kunnskapsdelingen under 2A har vært jevn.");
		assess("Medlemsbedriftene har fått bedre tilgang til NTNU.");
		assertThat(this.page.locator(".assessment")).hasCount(2);
		assertAccessible();

		long meeting = this.fixture.draftMeeting(this.fixture.signIn("sekretaer"), LocalDate.of(2026, 11, 20));
		switchTo("sekretaer", evaluation);
		screenshot("evaluation-propose-nb");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Foreslå vedtaket")).click();
		assertThat(this.page.locator("h1")).hasText("Foreslå vedtak om videreføring");
		assertAccessible();
		screenshot("evaluation-decision-form-nb");
		this.page.getByLabel("Forlenge til ny sluttdato").check();
		this.page.getByLabel("Møtet der vedtaket fattes").selectOption(String.valueOf(meeting));
		this.page.getByLabel("Ny sluttdato", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setValue("24"));
		button("Før vedtaket inn i referatet").click();
		assertThat(this.page.locator("#decision")).containsText("forlenges med 24 måneder, til 19.11.2027");
		assertThat(this.page.locator("#decision")).containsText("får virkning når referatet er godkjent");
		assertAccessible();
		screenshot("evaluation-decision-proposed-nb");
		// a member who comes to the form after it is proposed is led to the decision
		switchTo("prorektor", this.fixture.url("/decision"));
		assertThat(this.page.locator("#flash-error")).containsText("Vedtaket om videreføring er allerede foreslått");
		assertThat(this.page.locator("#decision")).containsText("forlenges med 24 måneder");
		assertAccessible();
		screenshot("evaluation-decision-taken-nb");

		String meetingUrl = "/meetings/" + meeting;
		this.page.navigate(meetingUrl);
		button("Marker som gjennomført").click();
		button("Send til godkjenning").click();
		switchTo("prorektor", meetingUrl);
		button("Godkjenn referatet").click();
		switchTo("avdelingsdirektor", meetingUrl);
		button("Godkjenn referatet").click();
		assertThat(this.page.locator(".meeting-badges")).containsText("Godkjent");

		this.page.navigate(evaluation);
		assertThat(this.page.locator("#decision")).containsText("Ny sluttdato er 19.11.2027");
		assertThat(this.page.locator("main")).containsText("Grunnlaget ble låst");
		assertAccessible();
		screenshot("evaluation-decision-approved-nb");

		this.page.navigate("/agreements/" + this.fixture.agreementId);
		assertThat(this.page.locator(".agreement-header")).containsText("19.11.2027");
		assertThat(this.page.locator(".agreement-header")).containsText("Forlenget");
		this.page.navigate("/dashboard?agreement=" + this.fixture.agreementId);
		assertThat(this.page.locator("#term-heading + dl")).containsText("19.11.2027");

		this.page.navigate(this.fixture.url("/history"));
		assertAccessible();
		this.page.navigate(evaluation + "?lang=en");
		assertThat(this.page.locator("h1")).hasText("Evaluation of the agreement");
		assertAccessible();
		screenshot("evaluation-decision-approved-en");
	}

	/** Rates every focus area 3, names what worked, recommends extending, and submits. */
	private void assess(String worked) {
		button("Skriv vår vurdering").click();
		assertAccessible();
		Locator areas = this.page.locator("fieldset");
		for (int i = 0; i < areas.count(); i++) {
			areas.nth(i).getByLabel("Vurdering").selectOption(new SelectOption().setLabel("3 – Godt"));
			areas.nth(i).getByLabel("Hva fungerte", new Locator.GetByLabelOptions().setExact(true)).fill(worked);
		}
		this.page.getByLabel("Samlet anbefaling").selectOption(new SelectOption().setValue("EXTEND"));
		button("Lever vurderingen").click();
	}

	private Locator button(String name) {
		return this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true))
			.or(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)))
			.first();
	}

	private void switchTo(String username, String url) {
		this.context.clearCookies();
		logIn(username);
		this.page.navigate(url);
	}

}
