package no.avtaleportal.activity;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.avtaleportal.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The week-to-week follow-up in a real browser: {@code ntnu} creates an activity, reports on it
 * and uploads a report; {@code nho} cannot edit it, {@code prorektor} can. axe checks every page.
 */
class ActivityBrowserTests extends BrowserTest {

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	private JdbcClient jdbc;

	private void logOut() {
		// the sign-out is in the account menu under the name
		this.page.locator(".portal-account > summary").click();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg ut")).click();
	}

	@Test
	void aContributorFollowsUpAnActivityThatOnlyTheRightPeopleMayEdit() {
		logIn("ntnu");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Aktiviteter").setExact(true)).click();
		assertThat(this.page.locator("h1")).hasText("Aktiviteter");
		assertAccessible();
		screenshot("activity-list-nb");

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ny aktivitet")).click();
		assertAccessible();
		this.page.getByLabel("Tittel").fill("Workshop om KI i industrien");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre")).click();
		assertThat(this.page.locator("#error-summary")).containsText("Fyll ut feltet.");
		assertThat(this.page.getByLabel("Tittel")).hasValue("Workshop om KI i industrien");
		assertAccessible();
		screenshot("activity-form-errors-nb");
		screenshots("phone-activity-form-errors-nb");

		this.page.getByLabel("Innsatsområde").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(2));
		this.page.getByLabel("Beskrivelse").fill("En workshop for **industribedrifter** om bruk av KI.");
		this.page.getByLabel("Frist").fill("2027-03-31");
		this.page.getByLabel("Stikkord").fill("KI, EVU");
		// issue 15: people are typed, not chosen from a list of everyone; a name that fits several asks which
		assertThat(this.page.getByLabel("Ansvarlig")).hasValue("Per Johansen");
		this.page.getByLabel("Bidragsytere").fill("Eksempel");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre")).click();
		assertThat(this.page.locator("#error-summary"))
			.containsText("Bidragsytere: Flere personer passer til «Eksempel».");
		assertThat(this.page.getByLabel("Bidragsytere")).hasValue("Eksempel");
		assertThat(this.page.locator("#contributors-0-candidates legend")).hasText("Hvem mener du med «Eksempel»?");
		assertAccessible();
		screenshot("activity-form-person-choice-nb");
		this.page.getByLabel("Sigrid Eksempel, NTNU").check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre")).click();
		assertThat(this.page.locator("h1")).hasText("Workshop om KI i industrien");
		assertThat(this.page.locator("[role=status]")).hasText("Aktiviteten er lagret.");
		String activityUrl = this.page.url();

		this.page.getByLabel("Gul").check();
		this.page.getByLabel("Hva har skjedd, og hva er neste steg?").fill("Program klart; venter på lokaler.");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre oppdateringen")).click();
		assertThat(this.page.locator(".status-history")).containsText("Program klart; venter på lokaler.");
		assertThat(this.page.locator(".page-heading .light-badge")).hasText("Gul");
		assertAccessible();
		screenshot("activity-nb");
		screenshots("phone-activity-nb");

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Last opp et dokument til aktiviteten")).click();
		assertAccessible();
		this.page.getByLabel("Fil", new Page.GetByLabelOptions().setExact(true))
			.setInputFiles(new FilePayload("program.pdf", "application/pdf", PDF));
		this.page.getByLabel("Tittel").fill("Program for workshopen");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Last opp").setExact(true)).click();
		assertThat(this.page.locator("[role=status]")).hasText("Dokumentet er lastet opp.");
		assertThat(this.page.locator(".document-table")).containsText("Program for workshopen");
		assertAccessible();
		screenshot("document-library-nb");

		this.page.navigate("/documents/new");
		this.page.getByLabel("Fil", new Page.GetByLabelOptions().setExact(true))
			.setInputFiles(new FilePayload("stor.pdf", "application/pdf", new byte[22 * 1024 * 1024]));
		this.page.getByLabel("Tittel").fill("For stor");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Last opp").setExact(true)).click();
		assertThat(this.page.locator("#upload-too-large")).containsText("Filen er for stor.");
		assertAccessible();

		this.page.navigate("/activities?mine=true");
		assertThat(this.page.locator(".activity-table")).containsText("Workshop om KI i industrien");
		assertAccessible();

		this.page.navigate("/agreements");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Samarbeidsavtale mellom NTNU og NHO").setExact(true)).click();
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Innsatsområde A")).click();
		assertThat(this.page.locator("#activities-heading")).hasText("Aktiviteter");
		assertAccessible();
		screenshot("focus-area-a-activities-nb");
		logOut();

		logIn("nho");
		this.page.navigate(activityUrl);
		assertThat(this.page.locator("h1")).hasText("Workshop om KI i industrien");
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rediger aktiviteten"))).hasCount(0);
		assertThat(this.page.locator("#report-heading")).hasCount(0);
		assertThat(this.page.locator("#documents-heading + ul")).containsText("Program for workshopen");
		assertAccessible();
		Page.NavigateOptions none = new Page.NavigateOptions();
		assertThat(this.page.navigate(activityUrl + "/edit", none).status()).isEqualTo(403);
		logOutFromAnyPage();

		logIn("prorektor");
		this.page.navigate(activityUrl);
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rediger aktiviteten")).click();
		this.page.getByLabel("Tittel").fill("Workshop om KI i industrien (flyttet)");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre")).click();
		assertThat(this.page.locator("h1")).hasText("Workshop om KI i industrien (flyttet)");
		this.page.getByLabel("Ny leveranse").fill("Program for dagen");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Legg til")).click();
		assertThat(this.page.locator("[role=status]")).hasText("Leveransen er lagt til.");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Merk som levert: Program for dagen")).click();
		assertThat(this.page.locator(".deliverables")).containsText("Levert");
		assertAccessible();
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Historikk").setExact(true)).click();
		assertThat(this.page.locator(".history-change").first())
			.containsText("Leveranse «Program for dagen»: Endret av Kari Nordmann (NTNU)");
		assertThat(this.page.locator(".history-change").first()).containsText("Levert fra nei til ja");
		assertAccessible();
		screenshot("activity-history-nb");
		this.page.setViewportSize(390, 844);
		BoundingBox field = this.page.locator(".history-change dt").first().boundingBox();
		BoundingBox value = this.page.locator(".history-change dd").first().boundingBox();
		assertThat(value.y).as("on a phone the value stands under its field's name")
			.isGreaterThanOrEqualTo(field.y + field.height);
		assertThat(value.width).as("at the card's width").isGreaterThan(300);
		assertAccessible();
		screenshots("activity-history-nb");
		this.page.setViewportSize(1280, 900);
		this.page.navigate(activityUrl + "?lang=en");
		assertThat(this.page.locator("#history-heading")).hasText("Status updates");
		assertAccessible();
		screenshot("activity-en");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("History").setExact(true)).click();
		assertThat(this.page.locator("main"))
			.containsText("Title from Workshop om KI i industrien to Workshop om KI i industrien (flyttet)");
		assertAccessible();
		screenshot("activity-history-en");
	}

	/**
	 * An activity with a long history is read ten updates at a time, by keyboard too, and a search
	 * hit on an old update opens the page that holds it, at the update.
	 */
	@Test
	void aLongHistoryIsReadAPageAtATimeAndASearchHitOpensItsPage() {
		long activity = this.jdbc.sql("""
				insert into activity (title, focus_area_id, responsible_person_id, status, created_by, created_at,
				    last_modified_by, last_modified_at)
				select 'Ukentlig oppfølging av piloten', f.id, u.person_id, 'IN_PROGRESS', 'test', now(), 'test', now()
				from focus_area f join agreement a on a.id = f.agreement_id, user_account u
				where a.import_key = 'ntnu-nho-2023' and f.code = 'A' and u.username = 'ntnu' returning id""")
			.query(Long.class)
			.single();
		try {
			for (int week = 1; week <= 23; week++) {
				this.jdbc.sql("""
						insert into status_update (activity_id, written_on, author_name, light, text, created_by, created_at,
						    last_modified_by, last_modified_at)
						values (?, date '2025-01-06' + 7 * ?, 'Per Johansen', 'GREEN', ?, 'test', now(), 'test', now())""")
					.params(activity, week, (week == 2) ? "Uke 2: piloten med sveiseroboter er i gang." : "Uke " + week + ": som planlagt.")
					.update();
			}
			logIn("leser");
			this.page.navigate("/activities/" + activity);
			assertThat(this.page.locator(".status-history > li")).hasCount(10);
			assertThat(this.page.locator("section[aria-labelledby=history-heading]"))
				.containsText("23 statusoppdateringer, de nyeste først.");
			assertAccessible();

			Locator next = this.page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Sider i statusoppdateringene"))
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Neste side"));
			next.focus();
			this.page.keyboard().press("Enter");
			this.page.waitForURL(Pattern.compile(".*/activities/" + activity + "\\?page=2#history-heading"));
			assertThat(this.page.locator(".status-history > li").first()).containsText("Uke 13: som planlagt.");
			assertThat(this.page.locator(".pagination [aria-current=page]")).hasText("Side 2 av 3");
			assertAccessible();
			screenshots("activity-history-page-2-nb");

			this.page.navigate("/search?q=sveiseroboter");
			this.page.locator(".search-result h2 a", new Page.LocatorOptions().setHasText("Ukentlig oppfølging av piloten"))
				.click();
			this.page.waitForURL(Pattern.compile(".*/activities/" + activity + "\\?page=3#update-\\d+"));
			Locator update = this.page.locator(".status-history > li", new Page.LocatorOptions().setHasText("sveiseroboter"));
			assertThat(update).isInViewport();
			assertAccessible();
		}
		finally {
			this.jdbc.sql("delete from status_update where activity_id = ?").param(activity).update();
			this.jdbc.sql("delete from activity where id = ?").param(activity).update();
		}
	}

	private void logOutFromAnyPage() {
		this.page.navigate("/");
		logOut();
		this.page.waitForURL(Pattern.compile(".*/login.*"));
	}

}
