package no.avtaleportal.indicator;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;

import no.avtaleportal.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * NTNU's contributor records a value of an indicator with a shared document as evidence; the
 * prorector sees it on the dashboard, makes an access token on the profile, reads the API's
 * documentation and the same indicator through the API with the documented call. Every page is checked with axe and the HTML checker.
 */
class IndicatorBrowserTests extends BrowserTest {

	private static final String COURSES = "EVU-kurs i KI, digital sikkerhet og HPC som tilbys";

	@Test
	void ntnuRecordsAValueWithEvidenceAndTheProrectorSeesItOnTheDashboardAndThroughTheApi() {
		String today = LocalDate.now(ZoneId.of("Europe/Oslo")).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
		logIn("ntnu");
		this.page.navigate("/indicators");
		assertThat(this.page.locator("h1")).hasText("Resultatindikatorer");
		assertAccessible();
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Måleverdier og historikk for " + COURSES))
			.click();
		assertThat(this.page.locator("h1")).hasText(COURSES);
		assertAccessible();

		String comment = "To nye HPC-kurs fra høsten " + System.nanoTime() % 100_000;
		this.page.locator("#value").fill("ti");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrer verdien")).click();
		assertThat(this.page.locator(".error-summary")).containsText("Skriv et tall");
		assertThat(this.page.locator("#value")).hasValue("ti");
		assertAccessible();
		this.page.locator("#value").fill("10");
		this.page.getByLabel("Kommentar").fill(comment);
		Locator evidence = this.page.getByLabel("Dokumentasjon");
		String document = evidence.locator("option").nth(1).textContent();
		evidence.selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrer verdien")).click();
		assertThat(this.page.locator("[role=status]")).hasText("Måleverdien er registrert.");
		Locator row = this.page.locator("tr", new Page.LocatorOptions().setHasText(comment));
		assertThat(row).containsText(today);
		assertThat(row.getByRole(AriaRole.LINK)).hasText(document.strip());
		assertThat(this.page.locator("#indicator-summary")).containsText("siste verdi 10 stk. (" + today + ")");
		assertAccessible();
		screenshot("indicator-ntnu-recorded-nb");
		// the sign-out is in the account menu under the name
		this.page.locator(".portal-account > summary").click();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg ut")).click();
		this.page.waitForURL(Pattern.compile(".*/login.*"));

		logIn("prorektor");
		// everyone lands on their tasks (issue 18); the prorector opens the dashboard
		this.page.navigate("/dashboard");
		if (this.page.locator("#agreement").count() > 0) {
			this.page.selectOption("#agreement", new com.microsoft.playwright.options.SelectOption()
				.setLabel("Samarbeidsavtale mellom NTNU og NHO"));
			this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis")).click();
		}
		Locator indicators = this.page.locator("section[aria-labelledby=indicators-heading]");
		assertThat(indicators).containsText(COURSES + ": utgangspunkt 2 stk. (01.09.2023), mål 12 stk. innen 30.06.2027, siste verdi 10 stk. (" + today + ")");
		assertAccessible();
		indicators.scrollIntoViewIfNeeded();
		screenshot("indicator-dashboard-prorektor-nb");

		this.page.navigate("/account/tokens");
		// a name of this run's own, beside tokens an interrupted run may have left
		String tokenName = "NTNUs BI-verktøy " + System.nanoTime() % 100_000;
		this.page.getByLabel("Navn").fill(tokenName);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lag nøkkelen")).click();
		String token = this.page.locator("#secret").inputValue();
		assertThat(token).startsWith("avp_");
		assertAccessible();
		screenshot("api-token-created-nb");
		APIResponse response = this.page.request()
			.get("/api/v1/indicators", RequestOptions.create().setHeader("Authorization", "Bearer " + token));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.text()).contains(COURSES, "To nye HPC-kurs fra høsten");

		// the documentation page, drawn from the OpenAPI document: its curl call for the indicators works as written
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("API-dokumentasjonen (OpenAPI)")).click();
		assertThat(this.page.locator("h1")).hasText("API-dokumentasjon");
		Locator operation = this.page.locator("#get-api-v1-indicators");
		assertThat(operation.locator("h2")).containsText("Resultatindikatorene med måleverdier");
		assertThat(operation.locator("tbody th")).containsText(new String[] { "agreement", "focusArea", "party",
				"changedSince", "page", "size" });
		assertThat(operation.locator("dt")).containsText(new String[] { "200", "400", "401", "429" });
		String curl = operation.locator("pre").textContent();
		assertThat(curl).startsWith("curl -H \"Authorization: Bearer avp_…\" \\\n  \"http").endsWith("\"");
		String url = curl.substring(curl.lastIndexOf('"', curl.length() - 2) + 1, curl.length() - 1);
		APIResponse documented = this.page.request()
			.get(url, RequestOptions.create().setHeader("Authorization", "Bearer " + token));
		assertThat(documented.status()).isEqualTo(200);
		// the example names one of the user's agreements, which other tests may have added before this one
		assertThat(documented.text()).startsWith("{\"items\":[");
		assertAccessible();
		screenshot("api-documentation-nb");
		this.page.navigate("/api-docs?lang=en");
		assertThat(this.page.locator("h1")).hasText("API documentation");
		screenshots("api-documentation-en");
		this.page.navigate("/account/tokens?lang=nb");
		assertThat(this.page.locator("#secret")).hasCount(0);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trekk tilbake nøkkelen " + tokenName)).click();
		assertThat(this.page.locator("[role=status]")).hasText("Nøkkelen er trukket tilbake og virker ikke lenger.");
		assertThat(this.page.request()
			.get("/api/v1/indicators", RequestOptions.create().setHeader("Authorization", "Bearer " + token))
			.status()).isEqualTo(401);
	}

}
