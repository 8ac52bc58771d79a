package no.avtaleportal.account;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import no.avtaleportal.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Accounts in a real browser: the administrator creates a user and an invitation link, the user
 * opens the link, is told what a password must be, chooses one and signs in; the administrator
 * reads the user's history and the security log. Every page is checked with axe.
 */
class AccountBrowserTests extends BrowserTest {

	@Test
	void anAdministratorInvitesAUserWhoSetsAPasswordAndSignsIn() {
		String username = "ida-" + UUID.randomUUID().toString().substring(0, 6);
		logIn("admin");
		this.page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hovedmeny"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Brukere"))
			.click();
		assertThat(this.page.locator("h1")).hasText("Brukere");
		assertAccessible();
		screenshot("account-list-nb");

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ny bruker")).click();
		this.page.getByLabel("Brukernavn").fill(username);
		this.page.getByLabel("Navn", new Page.GetByLabelOptions().setExact(true)).fill("Ida Invitert");
		this.page.getByLabel("E-post").fill("ikke en adresse");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre")).click();
		assertThat(this.page.locator("#error-summary")).containsText("Skriv en gyldig e-postadresse");
		assertThat(this.page.locator("#error-summary")).containsText("Velg minst én rolle");
		assertThat(this.page.getByLabel("Navn", new Page.GetByLabelOptions().setExact(true))).hasValue("Ida Invitert");
		assertAccessible();
		screenshot("account-form-errors-nb");

		this.page.getByLabel("E-post").fill(username + "@example.org");
		this.page.getByLabel("Bidragsyter").check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS).first()).hasText("Brukeren er lagret.");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lag invitasjonslenke")).click();
		String link = this.page.getByLabel("Invitasjonslenke").inputValue();
		assertAccessible();
		screenshot("account-invitation-nb");

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Historikk")).click();
		assertThat(this.page.locator(".history-change").first()).containsText("Opprettet");
		assertThat(this.page.locator(".history-change").first()).containsText("av Demo Administrator");
		assertAccessible();
		screenshot("account-history-nb");

		this.page.navigate("/admin/security-events");
		assertThat(this.page.locator("tbody")).containsText("Invitasjon laget");
		assertAccessible();
		screenshot("security-events-nb");
		// the sign-out is in the account menu under the name
		this.page.locator(".portal-account > summary").click();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg ut")).click();

		this.page.navigate(link);
		assertThat(this.page.locator("h1")).hasText("Velg passord");
		assertThat(this.page.locator("#password-rules")).containsText("ha minst 12 og høyst 128 tegn");
		this.page.getByLabel("Nytt passord").fill("sommer2025");
		this.page.getByLabel("Gjenta det nye passordet").fill("sommer2025");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre passordet")).click();
		assertThat(this.page.locator("#newPassword-error")).containsText("minst 12 tegn");
		assertAccessible();
		screenshot("invitation-errors-nb");

		this.page.getByLabel("Nytt passord").fill("tre epler og en pære");
		this.page.getByLabel("Gjenta det nye passordet").fill("tre epler og en pære");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre passordet")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS).first()).containsText("Passordet er lagret");
		assertThat(this.page.locator("#username")).hasValue(username);
		this.page.getByLabel("Passord", new Page.GetByLabelOptions().setExact(true)).fill("tre epler og en pære");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn")).click();
		// everyone lands on their own tasks (issue 18); the start page greets the new user by name
		this.page.waitForURL(Pattern.compile(".*/tasks(\\?continue)?$"));
		this.page.navigate("/");
		assertThat(this.page.locator("h1")).hasText("Velkommen, Ida Invitert");

		// the account menu under the user's name holds the link
		this.page.locator(".portal-account summary").click();
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Endre passord")).click();
		assertThat(this.page.locator("h1")).hasText("Endre passord");
		assertAccessible();
		screenshot("password-change-nb");

		this.page.navigate(link);
		assertThat(this.page.locator("h1")).hasText("Lenken virker ikke");
		assertAccessible();
		screenshot("invitation-used-nb");
	}

	@Test
	void theLoginPageOffersFeideAndMicrosoftWhenTheyAreConfigured(@Autowired Environment environment) {
		String prefix = "spring.security.oauth2.client.";
		List<String> settings = new ArrayList<>();
		for (String id : List.of("feide", "entra")) {
			settings.addAll(List.of(prefix + "registration." + id + ".client-id=portal",
					prefix + "registration." + id + ".client-secret=secret",
					prefix + "registration." + id + ".scope=openid,profile,email",
					prefix + "registration." + id + ".authorization-grant-type=authorization_code",
					prefix + "registration." + id + ".redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
					prefix + "provider." + id + ".authorization-uri=https://" + id + ".example.org/authorize",
					prefix + "provider." + id + ".token-uri=https://" + id + ".example.org/token",
					prefix + "provider." + id + ".jwk-set-uri=https://" + id + ".example.org/jwks"));
		}
		try (ConfigurableApplicationContext portal = PortalInstance.start(environment, settings.toArray(String[]::new))) {
			this.page.navigate("http://localhost:" + PortalInstance.port(portal) + "/login");
			assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Logg inn med Feide (NTNU)")))
				.isVisible();
			assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Logg inn med Microsoft (NHO)")))
				.isVisible();
			assertAccessible();
			screenshot("login-sso-nb");
			this.page.navigate("http://localhost:" + PortalInstance.port(portal) + "/login/unknown");
			assertThat(this.page.locator("h1")).hasText("Du har ikke tilgang ennå");
			assertAccessible();
			screenshot("login-unknown-person-nb");
		}
	}

	@Test
	void theHistoryOfTheAgreementReadsWell() {
		logIn("prorektor");
		this.page.navigate("/agreements");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Samarbeidsavtale mellom NTNU og NHO").setExact(true))
			.click();
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Historikk")).click();
		assertThat(this.page.locator("h1")).containsText("Historikk");
		assertThat(this.page.locator(".history-change").last()).containsText("Opprettet");
		assertAccessible();
		screenshot("agreement-history-nb");
	}

}
