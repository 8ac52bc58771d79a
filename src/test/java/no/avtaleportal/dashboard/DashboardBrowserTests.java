package no.avtaleportal.dashboard;

import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import no.avtaleportal.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directors open the dashboard in a real browser (from their tasks, where they land), look back to a day in the evaluation
 * period, export the PDF, and follow warnings to the pages where they are resolved; axe checks
 * every page, on a wide screen and at 320 px.
 */
class DashboardBrowserTests extends BrowserTest {

	@Test
	void theProrectorOpensTheDashboardLooksBackExportsThePdfAndFollowsAWarning() {
		logIn("prorektor");
		assertThat(this.page).hasURL(Pattern.compile(".*/tasks$"));
		this.page.navigate("/dashboard");
		showTheAgreementOfNtnuAndNho();
		assertThat(this.page.locator("#rules-heading")).hasText("Hva avtalen krever");
		assertThat(this.page.locator(".dashboard-mine a")).hasAttribute("href", "/tasks");
		assertThat(this.page.locator("#status-A-caption")).hasText("Aktiviteter etter status");
		assertAccessible();
		screenshot("dashboard-prorektor-1280-nb");
		screenshots("phone-dashboard-nb");

		this.page.getByLabel("Slik det sto den").fill("2025-03-01");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis")).click();
		assertThat(this.page.locator("[role=status]")).containsText("slik den sto 01.03.2025");
		Locator evaluation = this.page.locator(".requirement", new Page.LocatorOptions().setHasText("Evaluering"));
		assertThat(evaluation).containsText("Må gjøres nå");
		assertThat(this.page.locator(".requirement", new Page.LocatorOptions().setHasText("Styringsgruppens møter")))
			.containsText("I 2025 (del av året) er ingen møter holdt og 2 planlagt");
		assertAccessible();
		screenshot("dashboard-prorektor-2025-03-01-nb");

		Download pdf = this.page.waitForDownload(() -> this.page
			.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Last ned som PDF"))
			.click());
		assertThat(pdf.suggestedFilename()).endsWith("-2025-03-01.pdf");
		assertThat(pdf.failure()).isNull();
		assertThat(this.page.request().get(pdf.url()).headers().get("content-type")).isEqualTo("application/pdf");

		evaluation.getByRole(AriaRole.LINK).click();
		assertThat(this.page.locator("#clause-4")).containsText("skal være tema på styringsgruppemøte våren 2025");
		assertAccessible();
	}

	@Test
	void theDepartmentDirectorFollowsHerTasksToWhereTheyAreResolvedOnAWideAndANarrowScreen() {
		logIn("avdelingsdirektor");
		assertThat(this.page).hasURL(Pattern.compile(".*/tasks$"));
		this.page.navigate("/dashboard");
		String dashboard = showTheAgreementOfNtnuAndNho();
		assertAccessible();
		screenshot("dashboard-avdelingsdirektor-1280-nb");

		this.page.selectOption("#party", new com.microsoft.playwright.options.SelectOption().setLabel("Det NHO leder, og det felles"));
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis")).click();
		assertThat(this.page.locator("[role=status]")).containsText("Du ser NHOs andel");
		assertAccessible();
		screenshot("dashboard-avdelingsdirektor-nho-1280-nb");

		assertThat(this.page.locator(".dashboard-mine")).containsText("venter på din godkjenning");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Godkjenn under Mine oppgaver")).click();
		assertThat(this.page).hasURL(Pattern.compile(".*/tasks$"));
		assertThat(this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Godkjenn referatet")))
			.first()).isVisible();
		assertAccessible();

		this.page.navigate(dashboard);
		this.page.locator("section[aria-labelledby=late-heading]")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Foreslå tidspunkt for møte med medlemsbedrifter om NAIL"))
			.first()
			.click();
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Marker som utført")).first())
			.isVisible();

		this.page.setViewportSize(320, 800);
		this.page.navigate(dashboard);
		assertThat(this.page.locator("#term-heading")).hasText("Avtaleperioden");
		assertAccessible();
		screenshot("dashboard-avdelingsdirektor-320-nb");

		this.page.navigate(dashboard + "&lang=en");
		assertThat(this.page.locator("#rules-heading")).hasText("What the agreement requires");
		assertThat(this.page.locator(".dashboard-mine a")).hasText("Approve them in My tasks");
		assertAccessible();
		screenshot("dashboard-avdelingsdirektor-320-en");
		this.page.navigate(dashboard + "&lang=nb");
	}

	@Test
	void theProrectorReadsItAt320Pixels() {
		this.page.setViewportSize(320, 800);
		logIn("prorektor");
		this.page.navigate("/dashboard");
		showTheAgreementOfNtnuAndNho();
		assertAccessible();
		screenshot("dashboard-prorektor-320-nb");
	}

	/**
	 * Shows the NTNU–NHO agreement (other tests add agreements of their own, which may come first)
	 * and returns the dashboard's address for it.
	 */
	private String showTheAgreementOfNtnuAndNho() {
		if (this.page.locator("#agreement").count() > 0) {
			this.page.selectOption("#agreement", new com.microsoft.playwright.options.SelectOption()
				.setLabel("Samarbeidsavtale mellom NTNU og NHO"));
			this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis")).click();
		}
		assertThat(this.page.locator("h1")).hasText("Samarbeidsavtale mellom NTNU og NHO");
		String path = this.page.url().replaceFirst("^https?://[^/]+", "");
		return path.contains("?") ? path : path + "?";
	}

}
