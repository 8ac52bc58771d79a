package no.avtaleportal.tasks;

import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SecondAgreement;
import no.avtaleportal.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Mine oppgaver" for each role: what each person is asked to do, most urgent first, with the
 * action on the list, and nothing they may not see.
 */
@PortalTest
class TasksTests {

	@Autowired
	private MockMvc mvc;

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
		this.jdbc.sql("delete from account_invitation where created_by = 'tasks-test'").update();
	}

	@Test
	void aContributorIsAskedToUpdateHisActivitiesWithoutAnUpdateFor90DaysAndNotTheOthers() throws Exception {
		long activity = activity("Kurs i digital sikkerhet for ledere");
		String page = tasks("ntnu");
		assertThat(page).contains("Ingen statusoppdatering på 90 dager")
			.contains("Kurs i digital sikkerhet for ledere")
			.contains("href=\"/activities/" + activity + "#report-heading\"")
			.doesNotContain("Pilot: kompetansebehov i reiselivet");
		assertThat(tasks("nho")).contains("Pilot: kompetansebehov i reiselivet")
			.doesNotContain("Kurs i digital sikkerhet for ledere");
	}

	@Test
	void aReaderWithNothingToDoIsToldSo() throws Exception {
		assertThat(tasks("leser")).contains("Du har ingen oppgaver nå.").doesNotContain("class=\"task\"");
	}

	@Test
	void aDirectorFindsTheMinutesWaitingForHerPartyFirstAndApprovesThemFromTheList() throws Exception {
		long meeting = this.data.meeting(LocalDate.of(2026, 11, 20), "HELD", "SUBMITTED");
		this.data.actionItem(this.data.meeting(LocalDate.of(2026, 5, 2), "HELD", "PUBLISHED"), "avdelingsdirektor",
				"Skriv et notat om NAIL", LocalDate.of(2026, 6, 1));
		MockHttpSession director = SignIn.as(this.mvc, "avdelingsdirektor");
		String page = tasks(director);
		assertThat(firstTask(page)).contains("Godkjenn").contains("referatet fra møtet");
		assertThat(page).contains("Godkjenn referatet fra møtet 20.11.2026")
			.contains("action=\"/meetings/" + meeting + "/approve\"")
			.contains("Skriv et notat om NAIL");
		assertThat(page.indexOf("20.11.2026")).isLessThan(page.indexOf("Skriv et notat om NAIL"));

		this.mvc
			.perform(post("/meetings/" + meeting + "/approve").session(director)
				.with(csrf())
				.param("version", String.valueOf(this.data.version(meeting))))
			.andExpect(redirectedUrl("/meetings/" + meeting));
		assertThat(tasks(director)).doesNotContain("Godkjenn referatet fra møtet 20.11.2026");
		assertThat(tasks("prorektor")).as("NTNU has not approved yet").contains("Godkjenn referatet fra møtet 20.11.2026");
		assertThat(tasks("sekretaer")).contains("referatet fra møtet 20.11.2026 venter på NTNU")
			.doesNotContain("referatet fra møtet 20.11.2026 venter på NTNU, NHO");
	}

	@Test
	void theSecretarySeesTheMinutesToWriteWhomTheyWaitForAndThoseToPublish() throws Exception {
		long draft = this.data.meeting(LocalDate.of(2026, 11, 21), "HELD", "DRAFT");
		long approved = this.data.meeting(LocalDate.of(2026, 11, 22), "HELD", "APPROVED");
		this.data.meeting(LocalDate.of(2027, 11, 22), "PLANNED", "DRAFT");
		String page = tasks("sekretaer");
		assertThat(page).contains("Skriv referatet fra møtet 21.11.2026")
			.contains("href=\"/meetings/" + draft + "\"")
			.contains("Publiser referatet fra møtet 22.11.2026")
			.contains("href=\"/meetings/" + approved + "\"")
			.contains("referatet fra møtet 17.10.2026 venter på NHO")
			.doesNotContain("22.11.2027");
		assertThat(tasks("prorektor")).as("the secretary's tasks are hers").doesNotContain("Skriv referatet fra møtet 21.11.2026");
	}

	@Test
	void anActionItemIsMarkedDoneWithACommentFromTheList() throws Exception {
		long item = this.data.actionItem(this.data.meeting(LocalDate.of(2026, 5, 2), "HELD", "PUBLISHED"), "ntnu",
				"Send rapporten til NHO", LocalDate.of(2027, 1, 15));
		long meeting = this.jdbc.sql("select meeting_id from action_item where id = :id").param("id", item).query(Long.class).single();
		MockHttpSession contributor = SignIn.as(this.mvc, "ntnu");
		assertThat(tasks(contributor)).contains("Send rapporten til NHO").contains("Frist 15.01.2027");

		this.mvc
			.perform(post("/meetings/" + meeting + "/actions/" + item + "/done").session(contributor)
				.with(csrf())
				.param("returnTo", "tasks")
				.param("text", "Sendt 2. desember"))
			.andExpect(redirectedUrl("/tasks"));
		assertThat(tasks(contributor)).doesNotContain("Send rapporten til NHO");
		assertThat(this.jdbc.sql("select done_comment from action_item where id = :id").param("id", item).query(String.class).single())
			.isEqualTo("Sendt 2. desember");
	}

	@Test
	void actionItemsOfMinutesNotYetPublishedAreNotShownToOwnersOutsideTheSteeringGroup() throws Exception {
		this.data.actionItem(this.data.meeting(LocalDate.of(2026, 5, 3), "HELD", "APPROVED"), "ntnu",
				"Hemmelig oppfølging", LocalDate.of(2027, 1, 15));
		assertThat(tasks("ntnu")).doesNotContain("Hemmelig oppfølging");
	}

	@Test
	void theAdministratorSeesUnusedInvitations() throws Exception {
		this.jdbc.sql("""
				insert into account_invitation (account_id, token_hash, created_by, created_at, expires_at)
				select id, md5(random()::text) || md5(random()::text), 'tasks-test', now(), now() + interval '3 days'
				from user_account where username = 'leser'""").update();
		long account = this.jdbc.sql("select id from user_account where username = 'leser'").query(Long.class).single();
		String page = tasks("admin");
		assertThat(page).contains("Ubrukt invitasjon").contains("href=\"/admin/users/" + account + "/edit\"");
		assertThat(tasks("prorektor")).doesNotContain("Ubrukt invitasjon");
	}

	@Test
	void theAdministratorSeesFailedMailsWithTheReasonAndTriesThemAgainFromTheList() throws Exception {
		long delivery = this.data.failedDelivery("Referatet venter (oppgaveprøve)", "tasks-test@example.org",
				"550 Mailbox unavailable");
		try {
			String page = tasks("admin");
			assertThat(page).contains("E-post ble ikke sendt")
				.contains("«Referatet venter (oppgaveprøve)» til tasks-test@example.org")
				.contains("Årsak: 550 Mailbox unavailable")
				.contains("action=\"/admin/outbox/" + delivery + "/retry\"")
				.contains("href=\"/admin/outbox/" + delivery + "\"")
				.doesNotContain("Administrasjonen finner du her");
			assertThat(tasks("prorektor")).doesNotContain("E-post ble ikke sendt");
			assertThat(tasks("sekretaer")).doesNotContain("Referatet venter (oppgaveprøve)");
		}
		finally {
			this.data.removeDelivery(delivery);
		}
	}

	@Test
	void theTasksListAtMostTenNoticesUnreadFirstAndTheRestArePaged() throws Exception {
		long account = this.jdbc.sql("select id from user_account where username = 'prorektor'").query(Long.class).single();
		// 25 unread ones and 5 newer read ones (newer than any other test's): the unread ones come first even so
		for (int i = 0; i < 30; i++) {
			this.jdbc.sql("""
					insert into notification_notice (account_id, kind, arguments, path, created_at, read_at)
					values (:a, 'STATUS_ROUND_REMINDER', array['Oppgaveprøve ' || :i, '10.12.2031'], '/tasks',
					    now() + make_interval(mins => :i), case when :i >= 25 then now() end)""")
				.param("a", account)
				.param("i", i)
				.update();
		}
		try {
			MockHttpSession director = SignIn.as(this.mvc, "prorektor");
			Document page = Jsoup.parse(tasks(director));
			Elements notices = page.select("#notices .notice-list > li");
			assertThat(notices).hasSize(TasksController.LATEST_NOTICES);
			assertThat(notices.select(".notice-unread")).hasSize(notices.size());
			assertThat(notices.first().text()).as("the newest unread first").contains("Oppgaveprøve 24");
			assertThat(page.select("#notices a[href=/notices]").text()).isEqualTo("Vis alle varsler");

			Document all = Jsoup.parse(this.mvc.perform(get("/notices").session(director))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
			assertThat(all.select("h1").text()).isEqualTo("Alle varsler");
			assertThat(all.select(".notice-list > li")).hasSize(25);
			assertThat(all.select(".notice-list > li").first().text()).as("newest first, read or not").contains("Oppgaveprøve 29");
			assertThat(all.select("a[href=/notices?page=2]")).isNotEmpty();
			String second = this.mvc.perform(get("/notices").param("page", "2").session(director))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(second).contains("Oppgaveprøve 0").contains("Side 2 av");
		}
		finally {
			this.jdbc.sql("delete from notification_notice where account_id = :a and arguments[1] like 'Oppgaveprøve %'")
				.param("a", account)
				.update();
		}
	}

	@Test
	void markAllAsReadClearsTheHeadersCount() throws Exception {
		long account = this.jdbc.sql("select id from user_account where username = 'nho'").query(Long.class).single();
		for (int i = 0; i < 3; i++) {
			this.jdbc.sql("""
					insert into notification_notice (account_id, kind, arguments, path, created_at)
					values (:a, 'STATUS_ROUND_REMINDER', array['Merkeprøve', '10.12.2031'], '/tasks', now())""")
				.param("a", account)
				.update();
		}
		try {
			MockHttpSession contributor = SignIn.as(this.mvc, "nho");
			Document page = Jsoup.parse(tasks(contributor));
			assertThat(page.select(".nav-count")).isNotEmpty();
			assertThat(page.select("form[action=/notices/read] button").text()).isEqualTo("Merk alle som lest");

			this.mvc.perform(post("/notices/read").session(contributor).with(csrf()))
				.andExpect(redirectedUrl("/tasks#notices"));
			assertThat(this.jdbc.sql("select count(*) from notification_notice where account_id = :a and read_at is null")
				.param("a", account)
				.query(Long.class)
				.single()).isZero();
			Document after = Jsoup.parse(tasks(contributor));
			assertThat(after.select(".nav-count")).isEmpty();
			assertThat(after.select("form[action=/notices/read]")).as("nothing left to mark").isEmpty();
			assertThat(after.select("#notices .notice-list > li").text()).contains("Merkeprøve");
		}
		finally {
			this.jdbc.sql("delete from notification_notice where account_id = :a and arguments[1] = 'Merkeprøve'")
				.param("a", account)
				.update();
		}
	}

	@Test
	void theHeaderCountIsAddedToPagesAndNotToRedirects() throws Exception {
		MockHttpSession director = SignIn.as(this.mvc, "prorektor");
		assertThat(this.mvc.perform(get("/tasks").session(director)).andReturn().getModelAndView().getModel())
			.containsKey("unreadNotices");
		assertThat(this.mvc.perform(post("/notices/read").session(director).with(csrf())).andReturn().getModelAndView().getModel())
			.doesNotContainKey("unreadNotices");
	}

	@Test
	void theSecondAgreementsPeopleSeeNothingOfTheFirst() throws Exception {
		for (String user : new String[] { SecondAgreement.MEMBER, SecondAgreement.SECRETARY, SecondAgreement.CONTRIBUTOR }) {
			assertThat(tasks(user)).doesNotContain("Samarbeidsavtale mellom NTNU og NHO");
		}
	}

	@Test
	void unreadNoticesAreCountedInTheHeaderListedOnTheTasksAndReadWhenOpened() throws Exception {
		long notice = this.jdbc.sql("""
				insert into notification_notice (account_id, kind, arguments, path, created_at)
				select id, 'STATUS_ROUND_REMINDER', array['Samarbeidsavtalen', '10.12.2026'], '/tasks', now()
				from user_account where username = 'nho' returning id""").query(Long.class).single();
		try {
			MockHttpSession contributor = SignIn.as(this.mvc, "nho");
			this.jdbc.sql("""
					update notification_notice set read_at = now() where read_at is null and id <> :id
					and account_id = (select id from user_account where username = 'nho')""").param("id", notice).update();
			String page = tasks(contributor);
			assertThat(page).contains("class=\"visually-hidden\">, 1 ulest varsel</span>")
				.contains("Påminnelse: statusoppdatering for Samarbeidsavtalen innen 10.12.2026")
				.contains("action=\"/notices/" + notice + "/open\"");
			this.mvc.perform(post("/notices/" + notice + "/open").session(contributor).with(csrf()))
				.andExpect(redirectedUrl("/tasks"));
			assertThat(this.jdbc.sql("select read_at is not null from notification_notice where id = :id")
				.param("id", notice)
				.query(Boolean.class)
				.single()).isTrue();
			String after = tasks(contributor);
			assertThat(after).doesNotContain("ulest varsel").doesNotContain("class=\"nav-count\"");
		}
		finally {
			this.jdbc.sql("delete from notification_notice where id = :id").param("id", notice).update();
		}
	}

	@Test
	void thePageSpeaksEnglish() throws Exception {
		MockHttpSession director = SignIn.as(this.mvc, "avdelingsdirektor");
		String page = this.mvc.perform(get("/tasks").param("lang", "en").session(director))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<h1 id=\"tasks-heading\" class=\"tasks-heading\">My tasks</h1>")
			.contains("Approve the minutes of the meeting of 17.10.2026");
	}

	private long activity(String title) {
		return this.jdbc.sql("select id from activity where title = :title").param("title", title).query(Long.class).single();
	}

	private static String firstTask(String page) {
		int start = page.indexOf("<li class=\"task");
		return page.substring(start, page.indexOf("</li>", start));
	}

	private String tasks(String username) throws Exception {
		return tasks(SignIn.as(this.mvc, username));
	}

	private String tasks(MockHttpSession session) throws Exception {
		return this.mvc.perform(get("/tasks").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
