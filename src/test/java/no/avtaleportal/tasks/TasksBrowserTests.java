package no.avtaleportal.tasks;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.avtaleportal.support.BrowserTest;
import no.avtaleportal.support.Eventually;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Mine oppgaver" in a real browser: the secretary runs a status round, a contributor follows
 * the request on his tasks to the update form and answers, a director approves minutes from her
 * tasks, and on a 390 px phone the first task is on the first screen. Axe checks every page.
 */
class TasksBrowserTests extends BrowserTest {

	@Autowired
	private JdbcClient jdbc;

	private TaskData data;

	@BeforeEach
	void data() {
		this.data = new TaskData(this.jdbc);
	}

	@AfterEach
	void removeData() {
		this.data.removeAll();
	}

	@Test
	void theSecretaryRunsAStatusRoundAndAContributorAnswersFromHisTasks() {
		String title = TaskData.MARK + "Næringslivsdag";
		this.data.activity("Næringslivsdag", "ntnu");
		logIn("sekretaer");
		assertThat(this.page.locator("h1")).hasText("Mine oppgaver");
		assertAccessible();
		screenshot("tasks-sekretaer-1280-nb");

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Statusrunder")).click();
		assertThat(this.page.locator("h1")).hasText("Statusrunder");
		assertAccessible();
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ny statusrunde: Samarbeidsavtale mellom NTNU og NHO"))
			.click();
		assertThat(this.page.locator("h1")).hasText("Ny statusrunde");
		assertAccessible();
		this.page.getByLabel("Frist").fill(LocalDate.now().minusDays(1).toString());
		this.page.getByLabel("Melding til de ansvarlige (valgfritt)").fill("Før møtet i januar");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send forespørselen")).click();
		assertThat(this.page.locator("#error-summary")).containsText("Fristen må være etter i dag.");
		assertThat(this.page.getByLabel("Melding til de ansvarlige (valgfritt)")).hasValue("Før møtet i januar");
		assertAccessible();

		this.page.locator("input[name=focusAreaIds]").first().check();
		this.page.getByLabel("Frist").fill(LocalDate.now().plusDays(7).toString());
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send forespørselen")).click();
		assertThat(this.page.locator("[role=status]")).hasText("Statusrunden er sendt til de ansvarlige.");
		assertThat(this.page.locator("main")).containsText(title);
		// Other tests' activities may be in the focus area too: the round asks whoever is responsible.
		Matcher asked = Pattern.compile("0 av (\\d+) har svart").matcher(this.page.locator("main").innerText());
		assertThat(asked.find()).as("the round says how many it asked").isTrue();
		String askedOfNtnu = this.page.locator("section[aria-labelledby=parties-heading] li", new Page.LocatorOptions().setHasText("NTNU:")).innerText()
			.replaceAll(".*0 av (\\d+).*", "$1");
		assertAccessible();
		screenshot("status-round-progress-nb");

		this.context.clearCookies();
		logIn("ntnu");
		Locator request = this.page.locator(".task", new Page.LocatorOptions().setHasText(title));
		assertThat(request).containsText("Statusoppdatering etterspurt");
		assertAccessible();
		// the mail lists each activity with the address of its update form: he follows it for the new one
		Pattern toForm = Pattern.compile(Pattern.quote(title) + ": \\S*?(/activities/\\d+#report-heading)");
		Eventually.equalTo(true, () -> toForm.matcher(latestMailTo("ntnu@example.org")).find());
		Matcher link = toForm.matcher(latestMailTo("ntnu@example.org"));
		assertThat(link.find()).as("the mail links to the update form of " + title).isTrue();
		this.page.navigate(link.group(1));
		assertThat(this.page.locator("h1")).hasText(title);
		this.page.getByLabel("Grønn").check();
		this.page.getByLabel("Hva har skjedd, og hva er neste steg?").fill("Programmet er klart, og påmeldingen er åpnet.");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre oppdateringen")).click();
		assertThat(this.page.locator("[role=status]")).isVisible();
		this.page.navigate("/tasks");
		Locator requests = this.page.locator(".task", new Page.LocatorOptions().setHasText("Statusoppdatering etterspurt"));
		for (int left = requests.count(); left > 0; left--) {
			requests.first().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("^Skriv statusoppdatering for ")))
				.click();
			assertThat(this.page).hasURL(Pattern.compile(".*/activities/\\d+#report-heading$"));
			this.page.getByLabel("Grønn").check();
			this.page.getByLabel("Hva har skjedd, og hva er neste steg?").fill("Programmet er klart, og påmeldingen er åpnet.");
			this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre oppdateringen")).click();
			assertThat(this.page.locator("[role=status]")).isVisible();
			this.page.navigate("/tasks");
			assertThat(requests).hasCount(left - 1);
		}
		assertThat(this.page.locator(".task", new Page.LocatorOptions().setHasText(title))).hasCount(0);

		this.context.clearCookies();
		logIn("sekretaer");
		this.page.locator(".task", new Page.LocatorOptions().setHasText("Statusrunde"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Se statusrunden"))
			.click();
		assertThat(this.page.locator("main")).containsText("1 av " + asked.group(1) + " har svart");
		assertThat(this.page.locator("main")).containsText("NTNU: 1 av " + askedOfNtnu + " har svart");
		assertThat(this.page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(Pattern.compile("^Per Johansen"))))
			.containsText("Har svart");
	}

	@Test
	void theAdministratorFindsAFailedMailOnHerTasksAndFollowsItToTheOutbox() {
		long delivery = this.data.failedDelivery("Referatet venter (nettleserprøve)", "nettleserprove@example.org",
				"550 Mailbox unavailable");
		try {
			logIn("admin");
			assertThat(this.page).hasURL(Pattern.compile(".*/tasks$"));
			Locator task = this.page.locator("li.task", new Page.LocatorOptions().setHasText("Referatet venter (nettleserprøve)"));
			assertThat(task).containsText("E-post ble ikke sendt");
			assertThat(task).containsText("Årsak: 550 Mailbox unavailable");
			assertAccessible();
			screenshots("tasks-admin");
			task.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("^Se e-posten"))).click();
			assertThat(this.page).hasURL(Pattern.compile(".*/admin/outbox/" + delivery + "$"));
			assertThat(this.page.locator("main")).containsText("550 Mailbox unavailable");
			assertAccessible();
		}
		finally {
			this.data.removeDelivery(delivery);
		}
	}

	@Test
	void aMemberMarksAllNoticesReadAndTheHeadersCountGoes() {
		String insert = """
				insert into notification_notice (account_id, kind, arguments, path, created_at)
				select id, 'MINUTES_SUBMITTED', array[:day], '/tasks', now() from user_account where username = 'prorektor'""";
		for (String day : new String[] { "01.12.2031", "02.12.2031", "03.12.2031" }) {
			this.jdbc.sql(insert).param("day", day).update();
		}
		try {
			logIn("prorektor");
			assertThat(this.page.locator(".portal-wide .nav-count")).isVisible();
			assertThat(this.page.locator("#notices .notice-unread").first()).isVisible();
			assertAccessible();
			screenshots("tasks-prorektor");
			this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Merk alle som lest")).click();
			assertThat(this.page.locator("[role=status]")).hasText("Alle varsler er merket som lest.");
			assertThat(this.page.locator(".nav-count")).hasCount(0);
			assertThat(this.page.locator("#notices .notice-unread")).hasCount(0);
			assertAccessible();
			screenshot("tasks-prorektor-read-1280-nb");
		}
		finally {
			this.jdbc.sql("delete from notification_notice where kind = 'MINUTES_SUBMITTED' and arguments[1] like '__.12.2031'")
				.update();
		}
	}

	@Test
	void aDirectorApprovesMinutesFromHerTasks() {
		this.data.meeting(LocalDate.of(2026, 11, 20), "HELD", "SUBMITTED");
		logIn("avdelingsdirektor");
		Locator first = this.page.locator(".task").first();
		assertThat(first).containsText("Godkjenn");
		assertAccessible();
		screenshot("tasks-avdelingsdirektor-1280-nb");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Godkjenn referatet fra møtet 20.11.2026"))
			.click();
		assertThat(this.page.locator("[role=status]")).containsText("Godkjenningen din er registrert");
		this.page.navigate("/tasks");
		assertThat(this.page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Godkjenn referatet fra møtet 20.11.2026"))).hasCount(0);
	}

	@Test
	void onA390PixelPhoneTheFirstTaskIsOnTheFirstScreen() {
		this.page.setViewportSize(390, 844);
		for (String user : new String[] { "avdelingsdirektor", "ntnu", "sekretaer" }) {
			this.context.clearCookies();
			logIn(user);
			BoundingBox first = this.page.locator(".task").first().boundingBox();
			assertThat(first.y + Math.min(first.height, 120)).as(user + ": the first task is in view").isLessThan(844);
			screenshot("tasks-" + user + "-390-nb");
		}
		assertAccessible();
	}

	/** The text of the latest status round mail to the address, as the outbox keeps it. */
	private String latestMailTo(String address) {
		return this.jdbc.sql("""
				select text_body from notification_delivery where kind = 'STATUS_ROUND_OPENED' and recipient = :address
				order by id desc limit 1""").param("address", address).query(String.class).optional().orElse("");
	}

}
