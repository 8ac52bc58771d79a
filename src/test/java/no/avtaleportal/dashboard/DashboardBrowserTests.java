package no.avtaleportal.dashboard;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import no.avtaleportal.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directors open the dashboard in a real browser, look back to a day in the evaluation
 * period, and follow a requirement to the clause it comes from; axe checks every page, on a wide
 * screen and at 320 px.
 */
class DashboardBrowserTests extends BrowserTest {

	@Test
	void theProrectorLooksBackAndFollowsARequirementToTheAgreement() {
		logIn("prorektor");
		this.page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hovedmeny"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Oversikt"))
			.click();
		assertThat(this.page.locator("#rules-heading")).hasText("Hva avtalen krever");
		assertAccessible();
		screenshot("dashboard-prorektor-nb");

		this.page.selectOption("#agreement", new com.microsoft.playwright.options.SelectOption()
			.setLabel("Samarbeidsavtale mellom NTNU og NHO"));
		this.page.getByLabel("Slik det sto den").fill("2025-03-01");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis")).click();
		assertThat(this.page.locator("[role=status]")).containsText("slik den sto 01.03.2025");
		Locator evaluation = this.page.locator(".requirement", new Page.LocatorOptions().setHasText("Evaluering"));
		assertThat(evaluation).containsText("Må gjøres nå");
		assertAccessible();
		screenshot("dashboard-prorektor-2025-03-01-nb");

		Download pdf = this.page.waitForDownload(() -> this.page
			.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Last ned som PDF"))
			.click());
		assertThat(pdf.suggestedFilename()).endsWith("-2025-03-01.pdf");
		assertThat(pdf.failure()).isNull();

		evaluation.getByRole(AriaRole.LINK).click();
		assertThat(this.page.locator("#clause-4")).containsText("skal være tema på styringsgruppemøte våren 2025");
		assertAccessible();
	}

	@Test
	void theDepartmentDirectorReadsItOnANarrowScreenAndInEnglish() {
		this.page.setViewportSize(320, 800);
		logIn("avdelingsdirektor");
		this.page.navigate("/dashboard");
		assertThat(this.page.locator("#term-heading")).hasText("Avtaleperioden");
		assertAccessible();
		screenshot("dashboard-avdelingsdirektor-320-nb");

		this.page.navigate("/dashboard?lang=en");
		assertThat(this.page.locator("#rules-heading")).hasText("What the agreement requires");
		assertAccessible();
		screenshot("dashboard-avdelingsdirektor-320-en");
	}

}
