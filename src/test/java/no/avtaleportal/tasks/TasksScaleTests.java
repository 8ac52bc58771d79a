package no.avtaleportal.tasks;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import no.avtaleportal.account.SignedInUser;
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

	@Autowired
	private TaskLists tasks;

	@Autowired
	private UserDetailsService users;

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

	/**
	 * The list reads only as many of the action items and the activities without an update as its
	 * pages up to the one asked for hold: what it shows must be what one long list of every task,
	 * most urgent first, would show there, also where the two kinds come in turn.
	 */
	@Test
	void aPageOfALongListHoldsWhatOneListOfEveryTaskHoldsThere() throws Exception {
		long person = this.jdbc.queryForObject("select person_id from user_account where username = 'ntnu'", Long.class);
		long area = this.jdbc.queryForObject("""
				select f.id from focus_area f join agreement a on a.id = f.agreement_id
				where a.import_key = 'ntnu-nho-2023' order by f.code limit 1""", Long.class);
		TaskData data = new TaskData(this.client);
		try {
			List<Object[]> activities = new ArrayList<>();
			for (int i = 0; i < 120; i++) {
				// registered every other day from January 2024, so each is without an update from 90 days after
				Timestamp registered = Timestamp.from(Instant.parse("2024-01-01T10:00:00Z").plus(Duration.ofDays(2L * i)));
				activities.add(new Object[] { "Oppgaveprøve " + i, area, person, registered, registered });
			}
			this.jdbc.batchUpdate("""
					insert into activity (title, focus_area_id, responsible_person_id, status, created_by, created_at,
					    last_modified_by, last_modified_at)
					values (?, ?, ?, 'IN_PROGRESS', 'test', ?, 'test', ?)""", activities);
			long meeting = data.meeting(LocalDate.of(2024, 3, 1), "HELD", "PUBLISHED");
			for (int i = 0; i < 80; i++) {
				// due every third day from the first activity's day, so the two kinds come in turn
				data.actionItem(meeting, "ntnu", "Skalaoppgave " + i, LocalDate.of(2024, 3, 31).plusDays(3L * i + 1));
			}
			SignedInUser ntnu = (SignedInUser) this.users.loadUserByUsername("ntnu");
			TaskLists.MyTasks all = this.tasks.of(ntnu, Integer.MAX_VALUE);
			assertThat(all.total()).isEqualTo(all.tasks().size()).isGreaterThanOrEqualTo(200);
			assertThat(all.tasks()
				.stream()
				.filter(task -> task.title().startsWith("Oppgaveprøve") || task.title().startsWith("Skalaoppgave"))
				.limit(4)
				.map(Task::title)).containsExactly("Oppgaveprøve 0", "Skalaoppgave 0", "Oppgaveprøve 1", "Skalaoppgave 1");
			for (int limit : List.of(1, 25, 50, 75, 199)) {
				TaskLists.MyTasks first = this.tasks.of(ntnu, limit);
				assertThat(first.tasks()).as("the first %d", limit).isEqualTo(all.tasks().subList(0, limit));
				assertThat(first.total()).as("all of them, counted").isEqualTo(all.total());
			}
			MockHttpSession session = SignIn.as(this.mvc, "ntnu");
			Document third = Jsoup.parse(this.mvc.perform(get("/tasks?page=3").session(session))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
			assertThat(third.select(".task-list > li .task-kind + *").eachText())
				.isEqualTo(all.tasks().subList(50, 75).stream().map(Task::title).toList());
			Document past = Jsoup.parse(this.mvc.perform(get("/tasks?page=999").session(session))
				.andReturn()
				.getResponse()
				.getContentAsString());
			int pages = (int) (all.total() + TasksController.PAGE_SIZE - 1) / TasksController.PAGE_SIZE;
			assertThat(past.select(".task-list > li")).hasSize((int) all.total() - (pages - 1) * TasksController.PAGE_SIZE);
			assertThat(past.select(".pagination").text()).contains("Side " + pages + " av " + pages);
		}
		finally {
			this.jdbc.update("delete from activity where title like 'Oppgaveprøve %'");
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
