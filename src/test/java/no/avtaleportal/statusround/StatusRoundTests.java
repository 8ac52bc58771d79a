package no.avtaleportal.statusround;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import no.avtaleportal.notification.Notice;
import no.avtaleportal.notification.NoticeKind;
import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SecondAgreement;
import no.avtaleportal.support.SignIn;
import no.avtaleportal.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The status round: the secretary asks, each responsible person is asked once for all their
 * activities, an ordinary status update answers, the secretary sees who has answered per person
 * and party, and the reminder goes once, two days before the deadline, to those who have not.
 */
@PortalTest
@RecordApplicationEvents
class StatusRoundTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private StatusRounds rounds;

	@Autowired
	private ApplicationEvents events;

	private RoundData data;

	@BeforeEach
	void data() {
		this.data = new RoundData(this.jdbc);
	}

	@AfterEach
	void removeData() {
		this.data.removeAll();
	}

	@Test
	void theSecretaryAsksEachResponsiblePersonOnceAndSeesWhoHasAnswered() throws Exception {
		long activity = this.data.activity("kompetanse");
		MockHttpSession secretary = SignIn.as(this.mvc, "sekretaer");
		String form = page(secretary, "/status-rounds/new/" + this.data.agreement());
		assertThat(form).contains("Ny statusrunde").contains("name=\"focusAreaIds\"");

		long round = open(secretary, "A", LocalDate.now().plusDays(10), "Før møtet i januar");
		StatusRoundOpened opened = this.events.stream(StatusRoundOpened.class).findFirst().orElseThrow();
		assertThat(opened.roundId()).isEqualTo(round);
		assertThat(opened.requests()).extracting(StatusRequest::personId).doesNotHaveDuplicates();
		StatusRequest ntnu = opened.requests()
			.stream()
			.filter(request -> request.activities().stream().anyMatch(asked -> asked.activityId() == activity))
			.findFirst()
			.orElseThrow();
		assertThat(ntnu.personName()).isEqualTo(personName("ntnu"));
		assertThat(ntnu.activities()).extracting(StatusRequest.RequestedActivity::path)
			.contains("/activities/" + activity + "#report-heading");
		assertThat(opened.requests().stream().flatMap(request -> request.activities().stream()))
			.as("only focus area A").allMatch(asked -> areaOf(asked.activityId()) == this.data.focusArea("A"));

		List<Notice> notices = this.events.stream(Notice.class)
			.filter(notice -> notice.kind() == NoticeKind.STATUS_ROUND_OPENED)
			.toList();
		assertThat(notices).as("one notice a person").hasSameSizeAs(opened.requests());
		Notice toNtnu = notices.stream().filter(notice -> notice.personIds().contains(ntnu.personId())).findFirst().orElseThrow();
		assertThat(toNtnu.personIds()).containsExactly(ntnu.personId());
		assertThat(toNtnu.arguments()).containsExactly("Samarbeidsavtale mellom NTNU og NHO",
				no.avtaleportal.web.Formats.date(LocalDate.now().plusDays(10)), String.valueOf(ntnu.activities().size()));
		assertThat(toNtnu.details()).anyMatch(line -> line.startsWith(RoundData.TITLE + " kompetanse: http")
				&& line.endsWith("/activities/" + activity + "#report-heading"));

		String progress = page(secretary, "/status-rounds/" + round);
		assertThat(progress).contains("Statusrunden er sendt til de ansvarlige.")
			.contains("0 av " + opened.requests().size() + " har svart")
			.contains("NTNU: 0 av")
			.contains(RoundData.TITLE + " kompetanse");
		MockHttpSession contributor = SignIn.as(this.mvc, "ntnu");
		assertThat(page(contributor, "/tasks")).contains("Statusoppdatering etterspurt")
			.contains(RoundData.TITLE + " kompetanse")
			.contains("href=\"/activities/" + activity + "#report-heading\"");
		assertThat(page(secretary, "/tasks")).contains("0 av " + opened.requests().size() + " har svart")
			.contains("href=\"/status-rounds/" + round + "\"");

		// the contributor answers all of his activities with ordinary status updates
		for (StatusRequest.RequestedActivity asked : ntnu.activities()) {
			this.mvc
				.perform(post("/activities/" + asked.activityId() + "/updates").session(contributor)
					.with(csrf())
					.param("writtenOn", LocalDate.now().toString())
					.param("light", "GREEN")
					.param("text", "Går etter planen."))
				.andExpect(status().isFound());
		}
		assertThat(page(contributor, "/tasks")).doesNotContain("Statusoppdatering etterspurt");
		assertThat(page(secretary, "/status-rounds/" + round)).contains("1 av " + opened.requests().size() + " har svart")
			.contains("NTNU: 1 av");
		assertThat(page(SignIn.as(this.mvc, "avdelingsdirektor"), "/status-rounds")).contains("1 av "
				+ opened.requests().size() + " har svart");
	}

	@Test
	void aRoundOfManyPeopleIsShownTwentyFiveToAPageThoseWhoHaveNotAnsweredFirst() throws Exception {
		List<Long> activities = new ArrayList<>();
		for (int i = 1; i <= 30; i++) {
			activities.add(this.data.personWithActivity("person %02d".formatted(i)));
		}
		MockHttpSession secretary = SignIn.as(this.mvc, "sekretaer");
		long round = open(secretary, "A", LocalDate.now().plusDays(10), "Før møtet i januar");
		for (long activity : activities.subList(0, 5)) {
			this.data.answer(round, activity);
		}
		int asked = this.events.stream(StatusRoundOpened.class).findFirst().orElseThrow().requests().size();
		int pages = (asked + 24) / 25;
		assertThat(pages).isGreaterThan(1);

		String first = page(secretary, "/status-rounds/" + round);
		assertThat(first).contains("5 av " + asked + " har svart")
			.contains("NTNU: 5 av")
			.contains("Side 1 av " + pages)
			.contains("href=\"/status-rounds/" + round + "?page=2#people-heading\"");
		assertThat(badges(first, "overdue-badge")).as("25 who have not answered").isEqualTo(25);
		assertThat(badges(first, "status-ok")).isZero();
		assertThat(first).doesNotContain(RoundData.TITLE + " person 01").contains(RoundData.TITLE + " person 06");

		String last = page(secretary, "/status-rounds/" + round + "?page=" + pages);
		assertThat(badges(last, "overdue-badge") + badges(last, "status-ok")).isEqualTo(asked - 25 * (pages - 1));
		assertThat(badges(last, "status-ok")).as("those who have answered, last").isEqualTo(5);
		assertThat(last).contains(RoundData.TITLE + " person 01").contains(RoundData.TITLE + " person 05")
			.contains("Side " + pages + " av " + pages);
		assertThat(last.indexOf(RoundData.TITLE + " person 01")).isGreaterThan(last.lastIndexOf("overdue-badge"));
		assertThat(page(secretary, "/status-rounds/" + round + "?page=99")).as("past the end: the last page")
			.contains("Side " + pages + " av " + pages);
	}

	@Test
	void aDeadlineThatHasPassedIsRefusedWithTheInputKept() throws Exception {
		MockHttpSession secretary = SignIn.as(this.mvc, "sekretaer");
		String page = this.mvc
			.perform(post("/status-rounds/new/" + this.data.agreement()).session(secretary)
				.with(csrf())
				.param("deadline", LocalDate.now().minusDays(1).toString())
				.param("focusAreaIds", String.valueOf(this.data.focusArea("B")))
				.param("message", "Kort frist"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Fristen må være etter i dag.").contains("Kort frist").contains("checked");
		assertThat(this.jdbc.sql("select count(*) from status_round where message = 'Kort frist'").query(Long.class).single()).isZero();

		String missing = this.mvc
			.perform(post("/status-rounds/new/" + this.data.agreement()).session(secretary).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(missing).contains("Skjemaet har feil");
	}

	@Test
	void onlyTheSecretaryOpensARoundAndOnlyTheSteeringGroupSeesIt() throws Exception {
		this.data.activity("tilgang");
		long round = open(SignIn.as(this.mvc, "sekretaer"), null, LocalDate.now().plusDays(5), "");
		String create = "/status-rounds/new/" + this.data.agreement();
		answer("prorektor", create, 403);
		answer("ntnu", create, 403);
		answer(SecondAgreement.SECRETARY, create, 404);
		answer("prorektor", "/status-rounds/" + round, 200);
		answer("avdelingsdirektor", "/status-rounds/" + round, 200);
		answer("ntnu", "/status-rounds/" + round, 403);
		answer(SecondAgreement.SECRETARY, "/status-rounds/" + round, 404);
		answer(SecondAgreement.MEMBER, "/status-rounds/" + round, 404);
		assertThat(page(SignIn.as(this.mvc, SecondAgreement.SECRETARY), "/status-rounds")).contains("Ingen statusrunder ennå.");
	}

	@Test
	void theReminderGoesOnceTwoDaysBeforeTheDeadlineToThoseWhoHaveNotAnswered() throws Exception {
		long answered = this.data.activity("besvart");
		long waiting = this.data.activity("venter");
		MockHttpSession secretary = SignIn.as(this.mvc, "sekretaer");
		LocalDate deadline = LocalDate.now().plusDays(5);
		long round = open(secretary, "A", deadline, "");
		this.mvc
			.perform(post("/activities/" + answered + "/updates").session(SignIn.as(this.mvc, "ntnu"))
				.with(csrf())
				.param("writtenOn", LocalDate.now().toString())
				.param("light", "YELLOW")
				.param("text", "Litt forsinket."))
			.andExpect(status().isFound());

		assertThat(this.rounds.remindDue()).as("five days before: not yet").isZero();
		TestClock clock = TestClock.portal();
		java.time.Instant twoDaysBefore = deadline.minusDays(2).atTime(7, 0).atZone(java.time.ZoneId.of("Europe/Oslo")).toInstant();
		List<Integer> reminded = new ArrayList<>();
		ExecutorService two = Executors.newFixedThreadPool(2);
		try {
			clock.at(twoDaysBefore, () -> {
				Callable<Integer> remind = () -> this.rounds.remindDue();
				List<Future<Integer>> runs = two.invokeAll(List.of(remind, remind));
				for (Future<Integer> run : runs) {
					reminded.add(run.get());
				}
				reminded.add(this.rounds.remindDue());
				return null;
			});
		}
		finally {
			two.shutdown();
		}
		assertThat(reminded.stream().mapToInt(Integer::intValue).sum()).as("two schedulers and a restart: once").isOne();
		List<StatusRoundReminderDue> due = this.events.stream(StatusRoundReminderDue.class).toList();
		assertThat(due).hasSize(1);
		assertThat(due.get(0).roundId()).isEqualTo(round);
		assertThat(due.get(0).notAnswered().stream().flatMap(request -> request.activities().stream()))
			.extracting(StatusRequest.RequestedActivity::activityId)
			.contains(waiting)
			.doesNotContain(answered);
		assertThat(page(secretary, "/status-rounds/" + round)).contains("Påminnelsen er sendt");
		List<Notice> reminders = this.events.stream(Notice.class)
			.filter(notice -> notice.kind() == NoticeKind.STATUS_ROUND_REMINDER)
			.toList();
		assertThat(reminders).hasSize(due.get(0).notAnswered().size());
		assertThat(reminders.stream().flatMap(notice -> notice.details().stream()))
			.anyMatch(line -> line.endsWith("/activities/" + waiting + "#report-heading"))
			.noneMatch(line -> line.endsWith("/activities/" + answered + "#report-heading"));
	}

	private long open(MockHttpSession secretary, String area, LocalDate deadline, String message) throws Exception {
		var request = post("/status-rounds/new/" + this.data.agreement()).session(secretary)
			.with(csrf())
			.param("deadline", deadline.toString())
			.param("message", message);
		if (area != null) {
			request.param("focusAreaIds", String.valueOf(this.data.focusArea(area)));
		}
		String location = this.mvc.perform(request).andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private void answer(String username, String url, int expected) throws Exception {
		assertThat(this.mvc.perform(get(url).session(SignIn.as(this.mvc, username))).andReturn().getResponse().getStatus())
			.as(username + " " + url)
			.isEqualTo(expected);
	}

	private String page(MockHttpSession session, String url) throws Exception {
		return this.mvc.perform(get(url).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** How many people's answers on the page have the badge's class. */
	private static int badges(String page, String badge) {
		return page.split("class=\"badge " + badge + "\"", -1).length - 1;
	}

	private String personName(String username) {
		return this.jdbc.sql("select p.name from person p join user_account u on u.person_id = p.id where u.username = :username")
			.param("username", username)
			.query(String.class)
			.single();
	}

	private long areaOf(long activityId) {
		return this.jdbc.sql("select focus_area_id from activity where id = :id").param("id", activityId).query(Long.class).single();
	}

}
