package no.avtaleportal.notification;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import no.avtaleportal.support.Eventually;
import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SignIn;
import no.avtaleportal.support.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Notices in the default run, without a mail server: each recipient gets the notice in the
 * portal, and the outbox shows exactly the mail that would have been sent; each person's choices
 * decide between a mail at once, the weekly digest and none; a key sends a reminder once; the
 * one-click unsubscribe link works without a CSRF token only when it is signed.
 */
@PortalTest
class NotificationTests {

	@Autowired
	private Notifications notifications;

	@Autowired
	private InAppNotices inAppNotices;

	@Autowired
	private WeeklyDigest digest;

	@Autowired
	private UnsubscribeLinks unsubscribeLinks;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private SqlStatements statements;

	@Test
	void withoutAMailServerTheOutboxShowsTheMailThatWouldHaveBeenSent() throws Exception {
		String day = unique();
		long unreadBefore = this.inAppNotices.unreadCount(account("prorektor"));
		this.notifications.send(Notice.toPeople(NoticeKind.MINUTES_PUBLISHED, List.of(person("prorektor")),
				"/decisions?n=1", day));
		awaitHandled();

		assertThat(this.inAppNotices.unreadCount(account("prorektor"))).isEqualTo(unreadBefore + 1);
		InAppNotice notice = this.inAppNotices.latest(account("prorektor"), 1, Locale.ENGLISH).get(0);
		assertThat(notice.title()).isEqualTo("The minutes of the steering group meeting of " + day + " are published");
		long delivery = this.jdbc.sql("select id from notification_delivery where subject like :day and status = 'HELD'")
			.param("day", "%" + day + "%")
			.query(Long.class)
			.single();

		MockHttpSession admin = SignIn.as(this.mvc, "admin");
		String outbox = page(get("/admin/outbox").session(admin));
		assertThat(outbox).contains("Referatet fra styringsgruppemøtet " + day + " er publisert", "prorektor@example.org",
				"Ikke sendt (ingen e-posttjener)");
		String mail = page(get("/admin/outbox/{id}", delivery).session(admin));
		assertThat(mail).contains("Hei, Kari Nordmann.", "Referatet fra styringsgruppemøtet " + day + " er publisert.",
				"Les referatet:\nhttp://localhost", "/decisions?n=1", "/unsubscribe?account=" + account("prorektor"));

		this.mvc.perform(post("/admin/outbox/{id}/retry", delivery).session(admin).with(csrf()))
			.andExpect(redirectedUrl("/admin/outbox/" + delivery));
		assertThat(deliveryStatus(delivery)).as("still no mail server").isEqualTo("HELD");
	}

	@Test
	void aNoticeWithAKeyIsSentOnce() {
		String day = unique();
		for (int run = 0; run < 2; run++) {
			this.notifications.send(Notice
				.toPeople(NoticeKind.ACTION_ITEM_DUE, List.of(person("sekretaer")), "/decisions?n=1", "Skrive rapport", day)
				.once("test-due:" + day));
		}
		awaitHandled();
		assertThat(noticesWith(day)).isOne();
	}

	@Test
	void eachPersonChoosesAtOnceWeeklyOrNever() throws Exception {
		// a reader gets published minutes in the weekly digest by default
		this.jdbc.sql("delete from notification_preference where account_id = ?").param(account("leser")).update();
		this.jdbc.sql("delete from notification_sent_key where once_key like 'digest:%'").update();
		String weekly = unique();
		this.notifications.send(Notice.toPeople(NoticeKind.MINUTES_PUBLISHED, List.of(person("leser")), "/decisions?n=2", weekly));
		awaitHandled();
		assertThat(deliveriesWith(weekly)).as("no mail at once").isZero();
		assertThat(noticesWith(weekly)).isOne();

		this.digest.send();
		String digestText = this.jdbc.sql("""
				select text_body from notification_delivery where recipient = 'leser@example.org'
				and subject like 'Ukesoppsummering%' order by id desc limit 1""").query(String.class).single();
		assertThat(digestText).contains("Referatet fra styringsgruppemøtet " + weekly + " er publisert: http://localhost",
				"/decisions?n=2");

		// the reader chooses never
		MockHttpSession leser = SignIn.as(this.mvc, "leser");
		assertThat(checked(leser, "MINUTES_PUBLISHED")).isEqualTo("WEEKLY");
		this.mvc.perform(post("/settings/notifications").session(leser).with(csrf())
			.param("MINUTES_PUBLISHED", "NEVER")
			.param("language", "en")).andExpect(redirectedUrl("/settings/notifications"));
		assertThat(checked(leser, "MINUTES_PUBLISHED")).isEqualTo("NEVER");
		String never = unique();
		this.notifications.send(Notice.toPeople(NoticeKind.MINUTES_PUBLISHED, List.of(person("leser")), "/decisions?n=2", never));
		awaitHandled();
		assertThat(noticesWith(never)).as("still in the portal").isOne();
		assertThat(deliveriesWith(never)).isZero();
		assertThat(this.jdbc.sql("select count(*) from notification_notice where digest_pending and ? = any(arguments)")
			.param(never)
			.query(Long.class)
			.single()).isZero();

		this.mvc.perform(post("/settings/notifications").session(leser).with(csrf()).param("MINUTES_PUBLISHED", "SOMETIMES"))
			.andExpect(status().isBadRequest());
		this.jdbc.sql("delete from notification_preference where account_id = ?").param(account("leser")).update();
		this.jdbc.sql("delete from notification_language where account_id = ?").param(account("leser")).update();
	}

	@Test
	void theOneClickLinkWorksWithoutATokenOnlyWhenSigned() throws Exception {
		long nho = account("nho");
		String link = this.unsubscribeLinks.path(nho, NoticeKind.ACTION_ITEM_DUE);
		assertThat(page(get(link))).contains("Vil du slutte å få e-post om «Oppfølgingspunkt med frist om en uke»?");
		this.mvc.perform(post(link).param("List-Unsubscribe", "One-Click")).andExpect(status().isOk());
		assertThat(this.jdbc.sql("select choice from notification_preference where account_id = ? and kind = 'ACTION_ITEM_DUE'")
			.param(nho)
			.query(String.class)
			.single()).isEqualTo("NEVER");

		String forged = link.replaceAll("signature=[0-9a-f]+", "signature=" + "0".repeat(64));
		this.mvc.perform(get(forged)).andExpect(status().isNotFound());
		this.mvc.perform(post(forged)).andExpect(status().isForbidden());
		String otherAccount = link.replace("account=" + nho, "account=" + account("leser"));
		this.mvc.perform(post(otherAccount)).andExpect(status().isForbidden());
		this.jdbc.sql("delete from notification_preference where account_id = ?").param(nho).update();
	}

	@Test
	void openingANoticeMarksItReadAndLeadsToIt() throws Exception {
		String day = unique();
		this.notifications.send(Notice.toPeople(NoticeKind.MINUTES_APPROVED, List.of(person("avdelingsdirektor")),
				"/decisions?n=3", day));
		awaitHandled();
		long account = account("avdelingsdirektor");
		InAppNotice notice = this.inAppNotices.latest(account, 1, Locale.forLanguageTag("nb")).get(0);
		assertThat(notice.title()).isEqualTo("Referatet fra styringsgruppemøtet " + day + " er godkjent");
		assertThat(notice.read()).isFalse();

		this.mvc.perform(post("/notices/{id}/open", notice.id()).session(SignIn.as(this.mvc, "prorektor")).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/notices/{id}/open", notice.id()).session(SignIn.as(this.mvc, "avdelingsdirektor")).with(csrf()))
			.andExpect(redirectedUrl("/decisions?n=3"));
		assertThat(this.inAppNotices.latest(account, 1, Locale.ENGLISH).get(0).read()).isTrue();
	}

	@Test
	void theOutboxTakesTheSameStatementsHoweverManyMailsItHolds() throws Exception {
		MockHttpSession admin = SignIn.as(this.mvc, "admin");
		// more than a page against many pages: a first page that is not full needs no count of the rest
		failedMails(1, OutboxController.PAGE_SIZE + 1);
		this.mvc.perform(get("/admin/outbox").session(admin)).andExpect(status().isOk());
		int before = outboxStatements(admin);
		failedMails(OutboxController.PAGE_SIZE + 2, 100);
		assertThat(outboxStatements(admin)).isEqualTo(before);
		assertThat(page(get("/admin/outbox").session(admin))).contains("Connection refused", "Side 1 av");
		this.jdbc.sql("delete from notification_delivery where recipient like 'bulk%@example.org'").update();
	}

	private void failedMails(int first, int last) {
		this.jdbc.sql("""
				insert into notification_delivery (kind, recipient, language, subject, text_body, html_body, status, reason, created_at)
				select 'ACTION_ITEM_DUE', 'bulk' || n || '@example.org', 'nb', 'Bulk ' || n, 'Tekst', '<p>Tekst</p>', 'FAILED',
				       'Connection refused', now() from generate_series(:first, :last) n""")
			.param("first", first)
			.param("last", last)
			.update();
	}

	/** The choice checked for the kind on the person's settings page. */
	private String checked(MockHttpSession session, String kind) throws Exception {
		return Jsoup.parse(page(get("/settings/notifications").session(session)))
			.select("input[name=" + kind + "][checked]")
			.val();
	}

	private int outboxStatements(MockHttpSession admin) throws Exception {
		this.statements.reset();
		this.mvc.perform(get("/admin/outbox").session(admin)).andExpect(status().isOk());
		return this.statements.count();
	}

	private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** Waits until every notice published so far has been handled (its publication completed). */
	private void awaitHandled() {
		Eventually.equalTo(0L, () -> this.jdbc.sql("select count(*) from event_publication where completion_date is null")
			.query(Long.class)
			.single());
	}

	private long noticesWith(String argument) {
		return this.jdbc.sql("select count(*) from notification_notice where ? = any(arguments)")
			.param(argument)
			.query(Long.class)
			.single();
	}

	private long deliveriesWith(String text) {
		return this.jdbc.sql("select count(*) from notification_delivery where subject like ?")
			.param("%" + text + "%")
			.query(Long.class)
			.single();
	}

	private String deliveryStatus(long delivery) {
		return this.jdbc.sql("select status from notification_delivery where id = ?").param(delivery).query(String.class).single();
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

	private static String unique() {
		return "T" + UUID.randomUUID().toString().substring(0, 8);
	}

}
