package no.avtaleportal.notification;

import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.avtaleportal.support.BrowserTest;
import no.avtaleportal.support.Eventually;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The notification pages in a real browser, each checked with axe: a person chooses how they get
 * each kind of notice; the administrator reads the outbox, a mail as it would have been sent, and
 * tries it again; a recipient stops a kind of mail from the link in it.
 */
class NotificationBrowserTests extends BrowserTest {

	@Autowired
	private Notifications notifications;

	@Autowired
	private UnsubscribeLinks unsubscribeLinks;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aPersonChoosesHowTheyAreNotified() {
		logIn("nho");
		this.page.navigate("/account/password");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Varslinger på e-post")).click();
		assertThat(this.page.locator("h1")).hasText("Varslinger");
		assertAccessible();
		screenshot("notification-settings-nb");

		this.page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Referat publisert Aldri")).check();
		this.page.getByLabel("Språk i e-post").selectOption("en");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("Varslingsvalgene er lagret.");
		assertThat(this.page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Referat publisert Aldri")))
			.isChecked();
		assertThat(this.page.getByLabel("Språk i e-post")).hasValue("en");
		long nho = account("nho");
		this.jdbc.sql("delete from notification_preference where account_id = ?").param(nho).update();
		this.jdbc.sql("delete from notification_language where account_id = ?").param(nho).update();
	}

	@Test
	void theAdministratorReadsTheOutboxAndTriesAMailAgain() {
		String tag = "B" + UUID.randomUUID().toString().substring(0, 8);
		this.notifications.send(Notice.toPeople(NoticeKind.ACTION_ITEM_OVERDUE, List.of(person("ntnu")), "/meetings",
				"Skrive sluttrapport " + tag, "01.12.2026", "Per Johansen"));
		Eventually.equalTo(1L, () -> this.jdbc.sql("select count(*) from notification_delivery where subject like ?")
			.param("%" + tag + "%")
			.query(Long.class)
			.single());

		logIn("admin");
		this.page.navigate("/admin/users");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Utgående e-post")).click();
		assertThat(this.page.locator("h1")).hasText("Utgående e-post");
		assertAccessible();
		screenshot("notification-outbox-nb");

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Over fristen: Skrive sluttrapport " + tag))
			.click();
		assertThat(this.page.locator("pre.preformatted-text")).containsText("Hei, Per Johansen.");
		assertThat(this.page.locator("pre.preformatted-text")).containsText("Ansvarlig: Per Johansen.");
		assertAccessible();
		screenshot("notification-outbox-mail-nb");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Prøv igjen")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("E-posten er lagt i kø og forsøkt sendt på nytt.");
	}

	@Test
	void aRecipientStopsAKindOfMailFromTheLinkInIt() {
		long leser = account("leser");
		this.page.navigate(this.unsubscribeLinks.path(leser, NoticeKind.MINUTES_APPROVED));
		assertThat(this.page.locator("h1")).hasText("Stopp e-post");
		assertAccessible();
		screenshot("notification-unsubscribe-nb");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stopp denne e-posten")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("Du får ikke lenger e-post om «Referat godkjent»");
		this.jdbc.sql("delete from notification_preference where account_id = ?").param(leser).update();
	}

	private long account(String username) {
		return this.jdbc.sql("select id from user_account where username = ?").param(username).query(Long.class).single();
	}

	private long person(String username) {
		return this.jdbc.sql("select person_id from user_account where username = ?")
			.param(username)
			.query(Long.class)
			.single();
	}

}
