package no.avtaleportal.agreement;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.avtaleportal.support.Eventually;
import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agreement's dates as reminders with the portal's clock set (issue 18): the NTNU–NHO
 * agreement, extended to 19.11.2027, warns its steering group and secretary six, three and one
 * month ahead, and when its evaluation window (spring 2025) opens; each once, however often the
 * morning job runs.
 */
@PortalTest
class AgreementNoticesTests {

	private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	@Autowired
	private AgreementNotices notices;

	@Autowired
	private JdbcClient jdbc;

	private long agreement;

	@BeforeEach
	void forgetEarlierReminders() {
		this.agreement = this.jdbc.sql("select id from agreement where import_key = 'ntnu-nho-2023'").query(Long.class).single();
		this.jdbc.sql("delete from notification_sent_key where once_key like ? or once_key like ?")
			.params("agreement-expiry:" + this.agreement + ":%", "evaluation-window:" + this.agreement + ":%")
			.update();
		this.jdbc.sql("delete from notification_notice where kind in ('AGREEMENT_EXPIRY', 'EVALUATION_WINDOW')").update();
	}

	@Test
	void expiryIsToldSixThreeAndOneMonthAheadOnceEach() throws Exception {
		remindOn("2027-04-01");
		assertThat(expiryNotices()).isEmpty();
		remindOn("2027-05-25");
		remindOn("2027-05-26");
		assertThat(expiryNotices()).containsExactly("avdelingsdirektor 6", "prorektor 6", "sekretaer 6");
		remindOn("2027-09-01");
		remindOn("2027-10-25");
		remindOn("2027-11-01");
		assertThat(expiryNotices()).containsExactly("avdelingsdirektor 1", "avdelingsdirektor 3", "avdelingsdirektor 6",
				"prorektor 1", "prorektor 3", "prorektor 6", "sekretaer 1", "sekretaer 3", "sekretaer 6");
		assertThat(this.jdbc.sql("select distinct arguments[2] from notification_notice where kind = 'AGREEMENT_EXPIRY' and path = ?")
			.param("/agreements/" + this.agreement)
			.query(String.class)
			.list()).containsExactly("19.11.2027");
	}

	@Test
	void theEvaluationWindowOpeningIsToldOnce() throws Exception {
		remindOn("2024-12-31");
		remindOn("2025-01-01");
		remindOn("2025-01-02");
		assertThat(this.jdbc.sql("""
				select u.username || ' ' || n.path from notification_notice n join user_account u on u.id = n.account_id
				where n.kind = 'EVALUATION_WINDOW' order by 1""").query(String.class).list())
			.containsExactly("avdelingsdirektor /agreements/" + this.agreement + "/evaluation",
					"prorektor /agreements/" + this.agreement + "/evaluation",
					"sekretaer /agreements/" + this.agreement + "/evaluation");
	}

	/** The expiry notices about the agreement: who got one, and how many months ahead. */
	private List<String> expiryNotices() {
		return this.jdbc.sql("""
				select u.username || ' ' || n.arguments[3] from notification_notice n join user_account u on u.id = n.account_id
				where n.kind = 'AGREEMENT_EXPIRY' and n.path = ? order by 1""")
			.param("/agreements/" + this.agreement)
			.query(String.class)
			.list();
	}

	private void remindOn(String day) throws Exception {
		TestClock.portal().at(LocalDate.parse(day).atTime(6, 10).atZone(OSLO).toInstant(), () -> {
			this.notices.remind();
			return null;
		});
		Eventually.equalTo(0L, () -> this.jdbc.sql("select count(*) from event_publication where completion_date is null")
			.query(Long.class)
			.single());
	}

}
