package no.avtaleportal.web;

import java.util.List;

import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import no.avtaleportal.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The frame every page shares, as people meet it in a real browser: logging in and out, the start
 * page, the language switch, the accessibility statement, the error pages, and the keyboard.
 */
class FoundationBrowserTests extends BrowserTest {

	@Test
	void prorektorLogsInSeesTheStartPageSwitchesToEnglishAndLogsOut() {
		this.page.navigate("/");
		assertThat(this.page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
		assertThat(this.page.locator("h1")).hasText("Logg inn");
		assertThat(this.page.locator("html")).hasAttribute("lang", "nb");
		assertAccessible();
		screenshot("login-nb");
		String sessionBefore = sessionId();

		logIn("prorektor");
		assertThat(sessionId()).as("the session id changes at login").isNotEqualTo(sessionBefore);
		assertThat(this.page).hasURL(java.util.regex.Pattern.compile(".*/tasks$"));
		this.page.navigate("/");
		assertThat(this.page.locator("h1")).hasText("Velkommen, Kari Nordmann");
		assertThat(this.page.locator(".portal-user")).containsText("NTNU");
		assertThat(this.page.locator(".demo-banner")).containsText("eksempeldata");
		assertAccessible();
		screenshot("home-prorektor-nb");

		this.page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("English")).click();
		assertThat(this.page.locator("h1")).hasText("Welcome, Kari Nordmann");
		assertThat(this.page.locator("html")).hasAttribute("lang", "en");
		this.page.navigate("/");
		assertThat(this.page.locator("h1")).hasText("Welcome, Kari Nordmann");
		assertAccessible();
		screenshot("home-prorektor-en");

		// the sign-out is in the account menu under the name
		this.page.locator(".portal-account > summary").click();
		this.page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Log out")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("You are now logged out.");
		assertThat(this.page.locator("h1")).hasText("Log in");
		assertAccessible();
		screenshot("login-en");
		this.page.navigate("/");
		assertThat(this.page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
	}

	@Test
	void aWrongPasswordKeepsTheUsernameAndSaysWhatWentWrong() {
		this.page.navigate("/login");
		this.page.getByLabel("Brukernavn").fill("ntnu");
		this.page.getByLabel("Passord").fill("not-the-password");
		this.page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Logg inn")).click();
		assertThat(this.page.getByRole(AriaRole.ALERT)).hasText("Feil brukernavn eller passord. Sjekk det du skrev, og prøv igjen.");
		assertThat(this.page.getByLabel("Brukernavn")).hasValue("ntnu");
		assertAccessible();
		screenshot("login-error-nb");
	}

	@Test
	void errorPagesExplainThemselvesInTheUsersLanguageWithoutAStackTrace() {
		logIn("ntnu");
		List<ErrorPage> pages = List.of(new ErrorPage("/no-such-page", 404, "Fant ikke siden"),
				new ErrorPage("/test-errors/403", 403, "Ingen tilgang"),
				new ErrorPage("/test-errors/409", 409, "Noen andre har endret dette"),
				new ErrorPage("/test-errors/500", 500, "Noe gikk galt hos oss"));
		for (ErrorPage expected : pages) {
			Response response = this.page.navigate(expected.path());
			assertThat(response.status()).as(expected.path()).isEqualTo(expected.status());
			assertThat(this.page.locator("h1")).hasText(expected.heading());
			assertThat(this.page.locator("body")).not().containsText("Exception");
			assertThat(this.page.locator("body")).not().containsText("secret stack trace");
			assertAccessible();
		}
		this.page.navigate("/no-such-page");
		screenshot("404-nb");
		this.page.navigate("/no-such-page?lang=en");
		assertThat(this.page.locator("h1")).hasText("Page not found");
		assertAccessible();
		screenshot("404-en");
	}

	@Test
	void theAccessibilityStatementIsPublicAndNamesTheStandard() {
		this.page.navigate("/accessibility");
		assertThat(this.page.locator("h1")).hasText("Tilgjengelighetserklæring");
		assertThat(this.page.locator("main")).containsText("WCAG 2.1");
		assertAccessible();
		screenshot("accessibility-nb");
	}

	@Test
	void theKeyboardReachesTheSkipLinkFirstAndItMovesFocusToTheContent() {
		logIn("leser");
		this.page.keyboard().press("Tab");
		assertThat(this.page.locator(":focus")).hasText("Hopp til hovedinnholdet");
		this.page.keyboard().press("Enter");
		assertThat(this.page.locator(":focus")).hasAttribute("id", "main");
	}

	private String sessionId() {
		return this.context.cookies()
			.stream()
			.filter(cookie -> cookie.name.equals("SESSION"))
			.map(cookie -> cookie.value)
			.findFirst()
			.orElse("");
	}

	private record ErrorPage(String path, int status, String heading) {
	}


}
