package no.avtaleportal.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;

import no.avtaleportal.support.Eventually;
import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SqlStatements;
import no.avtaleportal.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the steering group's work tells whom (issue 18): submitted minutes the members who may
 * approve, approved minutes the group and each action item's owner, published minutes the group;
 * and the morning's reminders with the portal's clock set: an action item due in seven days,
 * overdue every week, minutes still waiting for a party after three days, each sent once even when
 * two schedulers run at the same moment; and the morning's reads, the same however many reminders it sends.
 */
@PortalTest
class MeetingNoticesTests {

	private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	@Autowired
	private MeetingNotices notices;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private SqlStatements sql;

	@RegisterExtension
	final MeetingFixture fixture = new MeetingFixture();

	@Test
	void theMinutesWorkflowTellsTheMembersTheSecretaryAndTheOwner() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		String action = "Varsle eieren " + UUID.randomUUID();
		long id = this.fixture.submitted(secretary, "2030-09-17", "Vedtak som varsles", action);
		awaitHandled();
		assertThat(recipients(id, "MINUTES_SUBMITTED")).containsExactly("avdelingsdirektor", "prorektor");

		this.fixture.send(this.fixture.signIn("prorektor"), id, "/approve").andExpect(status().isFound());
		this.fixture.send(this.fixture.signIn("avdelingsdirektor"), id, "/approve").andExpect(status().isFound());
		awaitHandled();
		assertThat(recipients(id, "MINUTES_APPROVED")).containsExactly("avdelingsdirektor", "prorektor", "sekretaer");
		assertThat(recipients(id, "ACTION_ITEM_ASSIGNED")).containsExactly("sekretaer");

		this.fixture.send(secretary, id, "/publish").andExpect(status().isFound());
		awaitHandled();
		assertThat(recipients(id, "MINUTES_PUBLISHED")).containsExactly("avdelingsdirektor", "prorektor", "sekretaer");
	}

	@Test
	void anActionItemIsRemindedAWeekAheadAndEveryWeekOverdueOnceEvenWithTwoSchedulersAtOnce() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long id = agreed(secretary, "2030-10-08", 1, "2030-10-20");
		awaitHandled();

		remindOn("2030-10-12");
		assertThat(recipients(id, "ACTION_ITEM_DUE")).as("eight days ahead: not yet").isEmpty();
		twoSchedulersAtOnceOn(id, "2030-10-13");
		remindOn("2030-10-14");
		assertThat(recipients(id, "ACTION_ITEM_DUE")).as("once").containsExactly("sekretaer");

		remindOn("2030-10-21");
		remindOn("2030-10-24");
		assertThat(recipients(id, "ACTION_ITEM_OVERDUE")).as("the owner, who is also the secretary, once a week")
			.containsExactly("sekretaer");
		remindOn("2030-10-28");
		assertThat(recipients(id, "ACTION_ITEM_OVERDUE")).containsExactly("sekretaer", "sekretaer");
	}

	@Test
	void minutesWaitingForAPartyRemindThatPartysMembersAfterThreeDays() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long id = this.fixture.submitted(secretary, "2030-11-05", "Vedtak som venter", "Noe å gjøre " + UUID.randomUUID());
		this.fixture.send(this.fixture.signIn("prorektor"), id, "/approve").andExpect(status().isFound());
		awaitHandled();
		Instant now = Instant.now();

		remindAt(now.plusSeconds(2 * 24 * 3600));
		assertThat(recipients(id, "MINUTES_APPROVAL_REMINDER")).isEmpty();
		remindAt(now.plusSeconds(4 * 24 * 3600));
		remindAt(now.plusSeconds(5 * 24 * 3600));
		assertThat(recipients(id, "MINUTES_APPROVAL_REMINDER")).as("NHO has not approved, NTNU has")
			.containsExactly("avdelingsdirektor");
	}

	@Test
	void theMorningReadsEachSteeringGroupOnceHoweverManyRemindersItSends() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		agreed(secretary, "2031-03-04", 1, "2020-01-31");
		this.fixture.submitted(secretary, "2031-03-05", "Vedtak som venter", "Noe å gjøre " + UUID.randomUUID());
		awaitHandled();
		Instant morning = Instant.now().plusSeconds(4 * 24 * 3600);
		List<String> before = remindersStatementsAt(morning);

		agreed(secretary, "2031-03-11", 3, "2020-01-31");
		this.fixture.submitted(secretary, "2031-03-12", "Vedtak som også venter", "Mer å gjøre " + UUID.randomUUID());
		awaitHandled();
		List<String> after = remindersStatementsAt(morning);

		assertThat(publications(after)).as("one more notice for each action item and for the minutes")
			.isEqualTo(publications(before) + 4);
		assertThat(reads(after)).as("the same reads with four more reminders to send").isEqualTo(reads(before));
	}

	/** Approved minutes of a meeting on the date with as many action items owned by the secretary, due on the day. */
	private long agreed(MockHttpSession secretary, String date, int actionItems, String due) throws Exception {
		long id = this.fixture.plan(secretary, date);
		long item = this.fixture.addItem(secretary, id, "Oppfølging");
		for (int i = 0; i < actionItems; i++) {
			String text = "Levere rapport " + UUID.randomUUID();
			this.fixture.send(secretary, id, "/agenda/" + item + "/actions/new", "text", text, "owner", "Ingrid Berg",
					"dueDate", due)
				.andExpect(status().isFound());
		}
		this.fixture.send(secretary, id, "/held").andExpect(status().isFound());
		this.fixture.send(secretary, id, "/submit").andExpect(status().isFound());
		this.fixture.send(this.fixture.signIn("prorektor"), id, "/approve").andExpect(status().isFound());
		this.fixture.send(this.fixture.signIn("avdelingsdirektor"), id, "/approve").andExpect(status().isFound());
		return id;
	}

	/** The statements of the morning's reminders at the moment (its notices are handled after). */
	private List<String> remindersStatementsAt(Instant at) throws Exception {
		this.sql.reset();
		TestClock.portal().at(at, () -> {
			this.notices.remind();
			return null;
		});
		List<String> statements = this.sql.statements();
		awaitHandled();
		return statements;
	}

	private static long publications(List<String> statements) {
		return statements.stream().filter(MeetingNoticesTests::isPublication).count();
	}

	private static List<String> reads(List<String> statements) {
		return statements.stream().filter(statement -> !isPublication(statement)).toList();
	}

	private static boolean isPublication(String statement) {
		return statement.startsWith("insert into event_publication");
	}

	private void remindOn(String day) throws Exception {
		remindAt(LocalDate.parse(day).atTime(6, 0).atZone(OSLO).toInstant());
	}

	private void remindAt(Instant at) throws Exception {
		TestClock.portal().at(at, () -> {
			this.notices.remind();
			return null;
		});
		awaitHandled();
	}

	/** Two instances' schedulers on the same morning: ShedLock lets one run, and the keys keep it to once. */
	private void twoSchedulersAtOnceOn(long meetingId, String day) throws Exception {
		Instant at = LocalDate.parse(day).atTime(6, 0).atZone(OSLO).toInstant();
		Callable<Void> run = () -> {
			this.notices.remind();
			return null;
		};
		ExecutorService instances = Executors.newFixedThreadPool(2);
		try {
			TestClock.portal().at(at, () -> {
				List<Future<Void>> runs = instances.invokeAll(List.of(run, run));
				for (Future<Void> done : runs) {
					done.get();
				}
				return null;
			});
		}
		finally {
			instances.shutdown();
		}
		awaitHandled();
		assertThat(recipients(meetingId, "ACTION_ITEM_DUE"))
			.containsExactly("sekretaer");
	}

	/** The usernames that got a notice of the kind about the meeting, in order. */
	private List<String> recipients(long meetingId, String kind) {
		return this.jdbc.sql("""
				select u.username from notification_notice n join user_account u on u.id = n.account_id
				where n.path = :path and n.kind = :kind order by u.username""")
			.param("path", "/meetings/" + meetingId)
			.param("kind", kind)
			.query(String.class)
			.list();
	}

	private void awaitHandled() {
		Eventually.equalTo(0L, () -> this.jdbc.sql("select count(*) from event_publication where completion_date is null")
			.query(Long.class)
			.single());
	}

}
