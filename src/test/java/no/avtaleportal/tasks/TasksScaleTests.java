package no.avtaleportal.tasks;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SignIn;
import no.avtaleportal.support.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Mine oppgaver" runs the same number of SQL statements for every role with the demo content and
 * with 2,000 more activities without an update, 200 more meetings (minutes in every state, each
 * with action items), 50 more unused invitations, 40 more failed mails and 200 more notices for
 * each person (half of them unread), the header's unread count included.
 */
@PortalTest
class TasksScaleTests {

	private static final List<String> USERS = List.of("leser", "ntnu", "sekretaer", "prorektor", "avdelingsdirektor",
			"admin");

	private static final String[] MINUTES = { "DRAFT", "SUBMITTED", "APPROVED", "PUBLISHED" };

	@Autowired
	private MockMvc mvc;

	@Autowired
	private SqlStatements sql;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private JdbcClient client;

	@Test
	void theTaskListRunsAFixedNumberOfStatementsWhateverTheAmountOfData() throws Exception {
		List<MockHttpSession> sessions = new ArrayList<>();
		for (String user : USERS) {
			sessions.add(SignIn.as(this.mvc, user));
		}
		List<Integer> small = counts(sessions);
		TaskData data = new TaskData(this.client);
		try {
			insertBulk(data);
			assertThat(counts(sessions)).isEqualTo(small);
		}
		finally {
			this.jdbc.update("delete from activity where title like 'Oppgaveprøve %'");
			this.jdbc.update("delete from account_invitation where created_by = 'tasks-scale'");
			this.jdbc.update("delete from user_account where username like 'tasks-scale-%'");
			this.jdbc.update("delete from notification_notice where arguments[1] = 'tasks-scale'");
			this.jdbc.update("delete from notification_delivery where recipient = 'tasks-scale@example.org'");
			data.removeAll();
		}
	}

	private List<Integer> counts(List<MockHttpSession> sessions) throws Exception {
		List<Integer> counts = new ArrayList<>();
		for (MockHttpSession session : sessions) {
			this.sql.reset();
			this.mvc.perform(get("/tasks").session(session)).andExpect(status().isOk());
			counts.add(this.sql.count());
		}
		return counts;
	}

	private void insertBulk(TaskData data) {
		long area = this.jdbc.queryForObject("""
				select f.id from focus_area f join agreement a on a.id = f.agreement_id
				where a.import_key = 'ntnu-nho-2023' order by f.code limit 1""", Long.class);
		long person = this.jdbc.queryForObject("select person_id from user_account where username = 'ntnu'", Long.class);
		Timestamp longAgo = Timestamp.from(Instant.parse("2024-01-01T10:00:00Z"));
		List<Object[]> activities = new ArrayList<>();
		for (int i = 0; i < 2000; i++) {
			activities.add(new Object[] { "Oppgaveprøve " + i, area, person, longAgo, longAgo });
		}
		this.jdbc.batchUpdate("""
				insert into activity (title, focus_area_id, responsible_person_id, status, created_by, created_at,
				    last_modified_by, last_modified_at)
				values (?, ?, ?, 'IN_PROGRESS', 'test', ?, 'test', ?)""", activities);
		for (int i = 0; i < 200; i++) {
			long meeting = data.meeting(LocalDate.of(2025, 1, 1).plusDays(i), "HELD", MINUTES[i % MINUTES.length]);
			data.actionItem(meeting, (i % 2 == 0) ? "ntnu" : "avdelingsdirektor", "Skalaoppgave " + i,
					LocalDate.of(2026, 1, 1).plusDays(i));
		}
		for (int i = 0; i < 50; i++) {
			this.jdbc.update("""
					insert into user_account (username, display_name) values (?, ?)""", "tasks-scale-" + i, "Invitert " + i);
			this.jdbc.update("""
					insert into account_invitation (account_id, token_hash, created_by, created_at, expires_at)
					select id, md5(username), 'tasks-scale', now(), now() + interval '7 days' from user_account where username = ?""",
					"tasks-scale-" + i);
		}
		this.jdbc.update("""
				insert into notification_delivery (kind, recipient, language, subject, text_body, html_body, status, reason,
				    attempts, created_at, last_attempt_at)
				select 'MINUTES_SUBMITTED', 'tasks-scale@example.org', 'nb', 'Skalaprøve ' || n, 'tekst', '<p>tekst</p>',
				    'FAILED', 'Connection refused', 1, now(), now()
				from generate_series(1, 40) n""");
		this.jdbc.update("""
				insert into notification_notice (account_id, kind, arguments, path, created_at, read_at)
				select u.id, 'STATUS_ROUND_REMINDER', array['tasks-scale', '10.12.2031'], '/tasks', now(),
				    case when mod(n, 2) = 0 then now() end
				from user_account u cross join generate_series(1, 200) n where u.username in (%s)"""
			.formatted(String.join(", ", USERS.stream().map(user -> "'" + user + "'").toList())));
	}

}
