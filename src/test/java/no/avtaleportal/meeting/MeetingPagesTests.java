package no.avtaleportal.meeting;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import no.avtaleportal.support.CalendarFiles;
import no.avtaleportal.support.Pages;
import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The meeting pages as users meet them: forms that keep what was typed and say what is wrong, the
 * conflict page for two people editing one draft, a fixed number of SQL statements per page, the
 * PDF/A archive copy and the calendar files and feed.
 */
@PortalTest
class MeetingPagesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private SqlStatements sqlStatements;

	@RegisterExtension
	final MeetingFixture fixture = new MeetingFixture();

	@Test
	void aMeetingDateFarOutsideTheAgreementsTermIsRefusedWithTheWindow() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		for (String date : List.of("0000-06-01", "1900-01-01", "2999-06-01")) {
			String page = this.mvc.perform(post("/meetings/new").session(secretary)
				.with(csrf())
				.param("steeringGroupId", String.valueOf(this.fixture.steeringGroupId()))
				.param("date", date)
				.param("time", "10:00")
				.param("durationMinutes", "60")
				.param("place", "Gløshaugen"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(org.jsoup.Jsoup.parse(page).select("#date-error").text()).as(date)
				.contains("Datoen må ligge mellom 20.11.2013 og ")
				.contains("avtalens løpetid (20.11.2023–");
		}
	}

	@Test
	void planningFormKeepsTheInputAndSaysWhatIsWrong() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		this.mvc.perform(post("/meetings/new").session(secretary)
			.with(csrf())
			.param("steeringGroupId", String.valueOf(this.fixture.steeringGroupId()))
			.param("date", "2030-09-15")
			.param("time", "25:99")
			.param("durationMinutes", "lang")
			.param("videoLink", "teams.example.org/mote"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Videolenken må begynne med https://.")))
			.andExpect(content().string(containsString("Verdien har feil format.")))
			.andExpect(content().string(containsString("value=\"2030-09-15\"")))
			.andExpect(content().string(containsString("value=\"teams.example.org/mote\"")));
	}

	@Test
	void theMeetingPageSpeaksEnglishToo() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long id = this.fixture.submitted(secretary, "2030-02-20", "An English decision", "An English task");
		this.mvc.perform(get("/meetings/" + id).param("lang", "en").session(secretary))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Steering group meeting 20.02.2030")))
			.andExpect(content().string(containsString("Agenda and minutes")))
			.andExpect(content().string(containsString("Sent for approval")))
			.andExpect(content().string(containsString("(numbered on approval)")));
	}

	@Test
	void aMeetingNeedsAPlaceOrAVideoLink() throws Exception {
		this.mvc.perform(post("/meetings/new").session(this.fixture.signIn("prorektor"))
			.with(csrf())
			.param("steeringGroupId", String.valueOf(this.fixture.steeringGroupId()))
			.param("date", "2030-09-16")
			.param("time", "10:00")
			.param("durationMinutes", "60"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Fyll ut sted eller videolenke.")))
			.andExpect(content().string(containsString("value=\"2030-09-16\"")));
	}

	@Test
	void smallFormsKeepTheInputAndSayWhatIsWrong() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long id = this.fixture.plan(secretary, "2030-10-01");
		long item = this.fixture.addItem(secretary, id, "Sak med feil");
		this.fixture.send(secretary, id, "/agenda/new", "title", " ", "presenter", "Ola Innleder", "plannedMinutes", "-5")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Fyll ut feltet.")))
			.andExpect(content().string(containsString("Må være minst 1.")))
			.andExpect(content().string(containsString("value=\"Ola Innleder\"")));
		this.fixture.send(secretary, id, "/agenda/" + item + "/actions/new", "text", "Lage en plan", "dueDate", "i morgen")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Lage en plan")))
			.andExpect(content().string(containsString("Skriv en gyldig dato med dag, måned og firesifret årstall.")))
			.andExpect(content().string(containsString("Fyll ut feltet.")));
		this.fixture.send(secretary, id, "/attendance/guests", "name", "", "organisation", "Digital Norway")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Fyll ut feltet.")))
			.andExpect(content().string(containsString("value=\"Digital Norway\"")));
		this.fixture.send(secretary, id, "/comments", "text", "x".repeat(4001))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("000 tegn.")))
			.andExpect(content().string(containsString("x".repeat(4001))));
		this.fixture.send(secretary, id, "/cancel", "text", "")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Fyll ut feltet.")));
		assertThat(this.jdbc.sql("select count(*) from minutes_event where meeting_id = :id").param("id", id)
			.query(Long.class).single()).isZero();
	}

	@Test
	void twoPeopleEditingTheSameDraftGetTheirFormBackWithWhatTheyWrote() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		MockHttpSession prorektor = this.fixture.signIn("prorektor");
		long id = this.fixture.plan(secretary, "2030-11-11");
		long item = this.fixture.addItem(secretary, id, "Felles sak");
		String notes = "/agenda/" + item + "/edit";
		long opened = this.fixture.version(id);
		this.fixture.sendAt(secretary, id, opened, notes, "title", "Felles sak", "notes", "Sekretærens notater")
			.andExpect(status().isFound());
		Document stale = Pages.conflict(
				this.fixture.sendAt(prorektor, id, opened, notes, "title", "Felles sak", "notes", "Prorektors notater"));
		assertThat(this.jdbc.sql("select notes from agenda_item where id = :id").param("id", item)
			.query(String.class).single()).isEqualTo("Sekretærens notater");
		assertThat(stale.select("#error-summary").text()).contains("Noen andre har lagret endringer her mens du skrev.");
		assertThat(stale.select("textarea[name=notes]").text()).as("what the prorector wrote").isEqualTo("Prorektors notater");
		assertThat(stale.text()).as("what is saved now, beside it").contains("Lagret nå: Sekretærens notater");
		String current = stale.select("input[name=version]").val();
		assertThat(current).isEqualTo(String.valueOf(this.fixture.version(id)));
		this.fixture.sendAt(prorektor, id, Long.parseLong(current), notes, "title", "Felles sak", "notes", "Prorektors notater")
			.andExpect(status().isFound());
		assertThat(this.jdbc.sql("select notes from agenda_item where id = :id").param("id", item)
			.query(String.class).single()).as("saved again, knowingly").isEqualTo("Prorektors notater");

		// a comment written on the page while the secretary changed the agenda is kept, and sent again
		long read = this.fixture.version(id);
		this.fixture.addItem(secretary, id, "Ny sak mens prorektor skrev");
		Document comment = Pages.conflict(
				this.fixture.sendAt(prorektor, id, read, "/comments", "text", "Vi bør ta opp budsjettet først."));
		assertThat(comment.select("form[action$=/comments] textarea[name=text]").text())
			.isEqualTo("Vi bør ta opp budsjettet først.");
		assertThat(comment.select("form[action$=/comments] #error-summary").text())
			.contains("Noen andre har lagret endringer her mens du skrev.");
		assertThat(comment.text()).as("the page shows the agenda as it is now").contains("Ny sak mens prorektor skrev");
		this.fixture.sendAt(prorektor, id, Long.parseLong(comment.select("form[action$=/comments] input[name=version]").val()),
				"/comments", "text", "Vi bør ta opp budsjettet først.")
			.andExpect(status().isFound());
		assertThat(this.jdbc.sql("select text from minutes_event where meeting_id = :id and kind = 'COMMENT'")
			.param("id", id)
			.query(String.class)
			.list()).containsExactly("Vi bør ta opp budsjettet først.");

		// an action item rewritten on a form opened before the secretary rewrote it
		this.fixture.send(secretary, id, "/agenda/" + item + "/actions/new", "text", "Sende rapporten", "owner",
				"Ingrid Berg", "dueDate", "2030-12-15").andExpect(status().isFound());
		long action = this.jdbc.sql("select id from action_item where meeting_id = :id").param("id", id)
			.query(Long.class).single();
		long before = this.fixture.version(id);
		this.fixture.send(secretary, id, "/actions/" + action + "/edit", "text", "Sende rapporten til NHO", "owner",
				"Ingrid Berg", "dueDate", "2030-12-15").andExpect(status().isFound());
		Document action409 = Pages.conflict(this.fixture.sendAt(prorektor, id, before, "/actions/" + action + "/edit",
				"text", "Sende rapporten til partene", "owner", "Ingrid Berg", "dueDate", "2030-12-15"));
		assertThat(action409.select("textarea[name=text]").text()).isEqualTo("Sende rapporten til partene");
		assertThat(action409.text()).contains("Lagret nå: Sende rapporten til NHO");
	}


	@Test
	void meetingPageAndDecisionRegisterRunAFixedNumberOfStatements() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		int fewDecisions = statements(secretary, "/decisions");
		long many = this.fixture.plan(secretary, "2032-03-10");
		for (int i = 0; i < 50; i++) {
			long item = this.fixture.addItem(secretary, many, "Mange saker " + i);
			this.fixture.send(secretary, many, "/agenda/" + item + "/decisions/new", "text", "Mange vedtak " + i);
		}
		this.fixture.send(secretary, many, "/held");
		this.fixture.send(secretary, many, "/submit");
		this.fixture.send(this.fixture.signIn("prorektor"), many, "/approve");
		this.fixture.send(this.fixture.signIn("avdelingsdirektor"), many, "/approve");
		long small = this.fixture.submitted(secretary, "2032-01-10", "Ett vedtak", "Én oppgave");
		long large = this.fixture.plan(secretary, "2032-02-10");
		for (int i = 0; i < 6; i++) {
			long item = this.fixture.addItem(secretary, large, "Sak " + i);
			this.fixture.send(secretary, large, "/agenda/" + item + "/decisions/new", "text", "Vedtak " + i);
			this.fixture.send(secretary, large, "/agenda/" + item + "/actions/new", "text", "Oppgave " + i, "owner",
					"Kari Nordmann", "dueDate", "2032-06-01");
			this.fixture.send(secretary, large, "/attendance/guests", "name", "Gjest " + i);
		}
		this.fixture.send(secretary, large, "/held");
		this.fixture.send(secretary, large, "/submit");
		for (long id : List.of(small, large)) {
			this.fixture.send(this.fixture.signIn("prorektor"), id, "/approve");
			this.fixture.send(this.fixture.signIn("avdelingsdirektor"), id, "/approve");
		}
		int smallPage = statements(secretary, "/meetings/" + small);
		int largePage = statements(secretary, "/meetings/" + large);
		// 10 (15 before issue 15): the header's count of unread notices (issue 18) is one of them
		assertThat(largePage).as("statements for the meeting page").isEqualTo(smallPage).isLessThanOrEqualTo(10);
		int register = statements(secretary, "/decisions");
		this.fixture.send(secretary, small, "/publish");
		assertThat(statements(secretary, "/decisions")).isEqualTo(register).isEqualTo(fewDecisions)
			.isLessThanOrEqualTo(6); // 6: the header's count of unread notices (issue 18)
		assertThat(statements(secretary, "/decisions?page=1")).isEqualTo(register);

		Document newest = Jsoup.parse(this.mvc.perform(get("/decisions").session(secretary))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(newest.select("tbody tr")).as("one page of the register").hasSize(DecisionRegister.PAGE_SIZE);
		assertThat(newest.select("nav a[href=/decisions?page=1]").text()).isEqualTo("Eldre vedtak");
		assertThat(newest.select("nav a[href=/decisions?page=0]")).isEmpty();
		Document earlier = Jsoup.parse(this.mvc.perform(get("/decisions?page=1&lang=en").session(secretary))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(earlier.select("tbody tr")).as("the next page").isNotEmpty().hasSizeLessThanOrEqualTo(DecisionRegister.PAGE_SIZE);
		assertThat(earlier.select("tbody tr").eachText()).as("no decision on both pages")
			.doesNotContainAnyElementsOf(newest.select("tbody tr").eachText());
		assertThat(earlier.select("nav a[href=/decisions?page=0]").text()).isEqualTo("Later decisions");
		assertThat(statements(secretary, "/meetings")).isLessThanOrEqualTo(6); // 6: the header's unread count (issue 18)
	}

	@Test
	void theMeetingListShowsAPageOfMeetingsInAFixedNumberOfStatements() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		int few = statements(secretary, "/meetings");
		long group = this.jdbc.sql("""
				select g.id from steering_group g join agreement a on a.id = g.agreement_id
				where a.import_key = 'ntnu-nho-2023'""").query(Long.class).single();
		try {
			plan(group, 60, "sidetest");
			long newest = this.jdbc.sql("select id from meeting where calendar_uid = 'sidetest-59'").query(Long.class).single();
			assertThat(statements(secretary, "/meetings")).as("statements for the first page").isEqualTo(few)
				.isLessThanOrEqualTo(6); // 6: the header's unread count (issue 18)
			assertThat(statements(secretary, "/meetings?page=1")).as("statements for the next page").isEqualTo(few);

			Document first = Jsoup.parse(this.mvc.perform(get("/meetings").session(secretary))
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
			List<String> when = first.select("tbody tr a[href^=/meetings/]").eachText();
			assertThat(when).as("one page of meetings").hasSize(MeetingController.PAGE_SIZE);
			java.time.format.DateTimeFormatter format = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy 'kl.' HH.mm");
			assertThat(when.stream().map(text -> java.time.LocalDateTime.parse(text, format)).toList()).as("newest first")
				.isSortedAccordingTo(java.util.Comparator.reverseOrder());
			assertThat(first.select("tbody tr a[href^=/meetings/]").eachAttr("href")).contains("/meetings/" + newest);
			assertThat(first.select("nav a[href=/meetings?page=1]").text()).isEqualTo("Eldre møter");
			assertThat(first.select("nav a[href=/meetings?page=0]")).isEmpty();

			Document next = Jsoup.parse(this.mvc.perform(get("/meetings?page=1&lang=en").session(secretary))
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
			List<String> firstLinks = first.select("tbody tr a[href^=/meetings/]").eachAttr("href");
			List<String> nextLinks = next.select("tbody tr a[href^=/meetings/]").eachAttr("href");
			assertThat(nextLinks).as("the next page").isNotEmpty().doesNotContainAnyElementsOf(firstLinks);
			assertThat(next.select("nav a[href=/meetings?page=0]").text()).isEqualTo("Later meetings");
		}
		finally {
			this.jdbc.sql("delete from meeting where calendar_uid like 'sidetest-%'").update();
		}
	}

	@Test
	void oneWhoFollowsSeveralAgreementsSeesTheirMeetingsTogetherOrChoosesOneAgreement() throws Exception {
		// the prorector is a member of the steering groups of both the demo agreement and the second one
		MockHttpSession member = this.fixture.signIn("prorektor");
		long demo = agreement("ntnu-nho-2023");
		long second = agreement(no.avtaleportal.support.SecondAgreement.KEY);
		long secondGroup = this.jdbc.sql("select id from steering_group where agreement_id = :a").param("a", second)
			.query(Long.class).single();
		int few = statements(member, "/meetings");
		try {
			plan(secondGroup, 30, "flergrupper");
			List<String> secondMeetings = this.jdbc.sql("select '/meetings/' || id from meeting where steering_group_id = :g")
				.param("g", secondGroup)
				.query(String.class)
				.list();

			Document all = Pages.get200(this.mvc, "/meetings", member);
			List<String> choice = all.select("#meetings-agreement option").eachAttr("value");
			assertThat(choice).as("the choice of agreement: all, or one of those followed")
				.startsWith("")
				.contains(String.valueOf(demo), String.valueOf(second));
			assertThat(all.select("#meetings-agreement option").first().text()).isEqualTo("Alle avtaler");
			assertThat(all.select("thead th").eachText()).contains("Avtale");
			assertThat(all.select("tbody tr a[href^=/meetings/]")).as("one page, however many groups")
				.hasSize(MeetingController.PAGE_SIZE);
			assertThat(all.select(".rhythm-table")).as("no group's table of years among several").isEmpty();
			assertThat(all.select("nav a[href=/meetings?page=1]").text()).isEqualTo("Eldre møter");
			assertThat(statements(member, "/meetings")).as("statements with more meetings").isEqualTo(few);

			Document chosen = Pages.get200(this.mvc, "/meetings?agreement=" + second + "&page=0", member);
			assertThat(chosen.select("#meetings-agreement option[selected]").attr("value")).isEqualTo(String.valueOf(second));
			assertThat(chosen.select("h2").eachText()).anyMatch(heading -> heading.startsWith("Styringsgruppen for "));
			assertThat(chosen.select(".rhythm-table")).as("the group's rhythm").hasSize(1);
			assertThat(chosen.select("thead th").eachText()).doesNotContain("Avtale");
			assertThat(chosen.select("tbody tr a[href^=/meetings/]").eachAttr("href")).as("the second agreement's meetings only")
				.hasSize(MeetingController.PAGE_SIZE)
				.allMatch(secondMeetings::contains);
			assertThat(chosen.select(".pagination a").eachAttr("href")).as("the next page keeps the choice")
				.containsExactly("/meetings?agreement=" + second + "&page=1");
			Document next = Pages.get200(this.mvc, "/meetings?agreement=" + second + "&page=1", member);
			assertThat(next.select("tbody tr a[href^=/meetings/]").eachAttr("href")).isNotEmpty().allMatch(secondMeetings::contains);
			assertThat(Pages.get200(this.mvc, "/meetings?agreement=" + demo, member).select("tbody tr a[href^=/meetings/]")
				.eachAttr("href")).isNotEmpty().noneMatch(secondMeetings::contains);

			Document notFollowed = Pages.get200(this.mvc, "/meetings?agreement=" + Long.MAX_VALUE, member);
			assertThat(notFollowed.select("main").text()).contains("Du følger ikke styringsgruppen for denne avtalen.");
			assertThat(notFollowed.select("tbody tr")).isEmpty();
			assertThat(notFollowed.select("#meetings-agreement option").eachAttr("value")).as("the choice of another")
				.isEqualTo(choice);
			this.mvc.perform(get("/meetings?agreement=x").session(member)).andExpect(status().isBadRequest());
		}
		finally {
			this.jdbc.sql("delete from meeting where calendar_uid like 'flergrupper-%'").update();
		}
	}

	/** Plans {@code count} meetings of the group four days apart from 2033, with calendar ids from {@code prefix}. */
	private void plan(long group, int count, String prefix) {
		for (int i = 0; i < count; i++) {
			this.jdbc.sql("""
					insert into meeting (steering_group_id, starts_at, duration_minutes, status, minutes_status,
					    calendar_uid, created_by, created_at, last_modified_by, last_modified_at)
					values (:group, timestamptz '2033-01-03 10:00 Europe/Oslo' + make_interval(days => :day), 60,
					    'PLANNED', 'DRAFT', :uid, 'test', now(), 'test', now())""")
				.param("group", group)
				.param("day", i * 4)
				.param("uid", prefix + "-" + i)
				.update();
		}
	}

	private long agreement(String key) {
		return this.jdbc.sql("select id from agreement where import_key = :key").param("key", key).query(Long.class).single();
	}

	@Test
	void theActionItemsCarriedOverAreShownAPageAtATimeAndAllInThePack() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long earlier = this.fixture.plan(secretary, "2033-08-10");
		long item = this.fixture.addItem(secretary, earlier, "Mange oppfølgingspunkter");
		List<String> ours = new ArrayList<>();
		for (int i = 0; i < MeetingPages.CARRIED_PAGE_SIZE + 5; i++) {
			ours.add("Videreført oppgave " + i);
			this.fixture.send(secretary, earlier, "/agenda/" + item + "/actions/new", "text", ours.get(i), "owner",
					"Kari Nordmann", "dueDate", "2033-10-01").andExpect(status().isFound());
		}
		this.fixture.send(secretary, earlier, "/held").andExpect(status().isFound());
		this.fixture.send(secretary, earlier, "/submit").andExpect(status().isFound());
		this.fixture.send(this.fixture.signIn("prorektor"), earlier, "/approve").andExpect(status().isFound());
		this.fixture.send(this.fixture.signIn("avdelingsdirektor"), earlier, "/approve").andExpect(status().isFound());
		long later = this.fixture.plan(secretary, "2033-11-10");

		// every open agreed action item of the group's earlier meetings, however many
		List<String> open = new ArrayList<>();
		List<Integer> counts = new ArrayList<>();
		String first = this.mvc.perform(get("/meetings/" + later).session(secretary)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		int pages = Integer.parseInt(Jsoup.parse(first).select("#carried-heading ~ nav .active").text()
			.replaceAll(".* av ", ""));
		assertThat(pages).isGreaterThanOrEqualTo(2);
		for (int page = 1; page <= pages; page++) {
			Document shown = Jsoup.parse(this.mvc.perform(get("/meetings/" + later + "?carried=" + page)
				.session(secretary)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
			List<String> rows = shown.select("#carried-heading ~ div table tbody tr td:first-child").eachText();
			assertThat(rows).as("page %d", page).isNotEmpty().hasSizeLessThanOrEqualTo(MeetingPages.CARRIED_PAGE_SIZE);
			assertThat(shown.select("#carried-heading ~ nav .active").text()).isEqualTo("Side " + page + " av " + pages);
			open.addAll(rows);
			counts.add(rows.size());
		}
		assertThat(counts.subList(0, pages - 1)).as("full pages but the last")
			.containsOnly(MeetingPages.CARRIED_PAGE_SIZE);
		assertThat(open).containsAll(ours);
		assertThat(Jsoup.parse(first).select("#carried-heading + p").text()).isEqualTo(open.size()
				+ " oppfølgingspunkter fra tidligere møter er ikke utført, de med tidligst frist først.");
		// a page past the end is the last; the pages cost the same statements
		Document past = Jsoup.parse(this.mvc.perform(get("/meetings/" + later + "?carried=" + (pages + 5))
			.session(secretary)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(past.select("#carried-heading ~ nav .active").text()).isEqualTo("Side " + pages + " av " + pages);
		assertThat(statements(secretary, "/meetings/" + later + "?carried=" + pages))
			.isEqualTo(statements(secretary, "/meetings/" + later)).isLessThanOrEqualTo(10);

		// the meeting pack lists them all
		byte[] pack = this.mvc.perform(get("/meetings/" + later + "/pack.pdf").session(secretary))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pack)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			ours.forEach(action -> assertThat(text).contains(action + " "));
		}
	}

	private int statements(MockHttpSession session, String path) throws Exception {
		this.sqlStatements.reset();
		this.mvc.perform(get(path).session(session)).andExpect(status().isOk());
		return this.sqlStatements.count();
	}

	@Test
	void approvedMinutesArePdfAWithTheDecisionsAndActionItemsInEmbeddedFonts() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long id = this.fixture.submitted(secretary, "2030-12-01", "Evalueringen legges fram våren 2025.",
				"Invitere medlemsbedrifter til undersøkelsen");
		this.mvc.perform(get("/meetings/" + id + "/minutes.pdf").session(secretary)).andExpect(status().isNotFound());
		this.fixture.send(this.fixture.signIn("prorektor"), id, "/approve");
		this.fixture.send(this.fixture.signIn("avdelingsdirektor"), id, "/approve");
		String number = this.jdbc.sql("select number from decision where meeting_id = :id").param("id", id)
			.query(String.class).single();

		byte[] pdf = this.mvc.perform(get("/meetings/" + id + "/minutes.pdf").session(secretary))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Referat fra styringsgruppemøte 01.12.2030", number,
					"Evalueringen legges fram våren 2025.", "Invitere medlemsbedrifter til undersøkelsen", "Ingrid Berg",
					"Kari Nordmann", "Ola Hansen", "Godkjent");
			String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
			assertThat(xmp).containsPattern("pdfaid:part[>=\"']+2").containsPattern("pdfaid:conformance[>=\"']+A");
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Referat fra styringsgruppemøte 01.12.2030");
			List<PDFont> fonts = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				PDResources resources = page.getResources();
				for (COSName name : resources.getFontNames()) {
					fonts.add(resources.getFont(name));
				}
			}
			assertThat(fonts).isNotEmpty().allMatch(PDFont::isEmbedded);
		}
	}

	@Test
	void anAgendaItemLinksToAnActivityOfTheAgreementOnThePageAndInThePdf() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long id = this.fixture.plan(secretary, "2030-11-03");
		long item = this.fixture.addItem(secretary, id, "Status for innsatsområde A");
		this.fixture.send(secretary, id, "/agenda/" + item + "/decisions/new", "text", "Workshopen gjennomføres.")
			.andExpect(status().isFound());
		this.fixture.send(secretary, id, "/held").andExpect(status().isFound());
		long activity = this.jdbc.sql("""
				select a.id from activity a join focus_area f on f.id = a.focus_area_id join agreement g on g.id = f.agreement_id
				where g.import_key = 'ntnu-nho-2023' order by a.id limit 1""").query(Long.class).single();
		String title = this.jdbc.sql("select title from activity where id = :id").param("id", activity)
			.query(String.class).single();

		String form = this.mvc.perform(get("/meetings/" + id + "/agenda/" + item + "/edit").session(secretary))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(org.jsoup.Jsoup.parse(form).select("#activityId option").eachAttr("value"))
			.contains(String.valueOf(activity));

		String refused = this.fixture.send(secretary, id, "/agenda/" + item + "/edit", "title", "Status for A med ny tittel",
				"activityId", String.valueOf(Long.MAX_VALUE))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(org.jsoup.Jsoup.parse(refused).select("#error-summary").text()).isNotEmpty();
		assertThat(org.jsoup.Jsoup.parse(refused).select("#title").val()).isEqualTo("Status for A med ny tittel");

		this.fixture.send(secretary, id, "/agenda/" + item + "/edit", "title", "Status for innsatsområde A",
				"activityId", String.valueOf(activity)).andExpect(status().isFound());
		String page = this.mvc.perform(get("/meetings/" + id).session(secretary))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		var link = org.jsoup.Jsoup.parse(page).select("#item-" + item + " .agenda-meta a");
		assertThat(link.attr("href")).isEqualTo("/activities/" + activity);
		assertThat(link.text()).isEqualTo(title);
		// the activities' titles and the open action items of earlier meetings included
		assertThat(statements(secretary, "/meetings/" + id))
			.as("statements for a page that links an activity: %s", this.sqlStatements.statements())
			.isLessThanOrEqualTo(10);

		this.fixture.send(secretary, id, "/submit").andExpect(status().isFound());
		this.fixture.send(this.fixture.signIn("prorektor"), id, "/approve");
		this.fixture.send(this.fixture.signIn("avdelingsdirektor"), id, "/approve");
		byte[] pdf = this.mvc.perform(get("/meetings/" + id + "/minutes.pdf").session(secretary))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains("Aktivitet: " + title);
		}
	}

	@Test
	void aCancelledMeetingSaysWhoCancelledItAndWhen() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long id = this.fixture.plan(secretary, "2030-10-07");
		java.time.ZonedDateTime before = java.time.ZonedDateTime.now(java.time.ZoneId.of("Europe/Oslo")).withSecond(0).withNano(0);
		this.fixture.send(this.fixture.signIn("prorektor"), id, "/cancel", "text", "Prorektor er forhindret.")
			.andExpect(status().isFound());
		java.time.ZonedDateTime after = java.time.ZonedDateTime.now(java.time.ZoneId.of("Europe/Oslo"));
		String page = this.mvc.perform(get("/meetings/" + id).session(secretary))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		org.jsoup.nodes.Document document = org.jsoup.Jsoup.parse(page);
		assertThat(document.select(".meeting-facts").text()).contains("Grunn til avlysning", "Prorektor er forhindret.");
		String cancelledBy = document.select(".meeting-facts dt:contains(Avlyst av) + dd").text();
		String prorektor = this.jdbc.sql("select display_name from user_account where username = 'prorektor'")
			.query(String.class).single();
		java.time.format.DateTimeFormatter format = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH.mm");
		assertThat(cancelledBy).isIn(prorektor + ", " + format.format(before), prorektor + ", " + format.format(after));
	}

	@Test
	void aPersonalFeedStopsWhenItsOwnerLeavesTheSteeringGroup() throws Exception {
		String member = this.fixture.anotherNtnuMember();
		MockHttpSession session = this.fixture.signIn(member);
		MvcResult created = this.mvc.perform(post("/calendar/token").session(session).with(csrf()))
			.andExpect(status().isFound())
			.andReturn();
		String url = (String) created.getFlashMap().get("feedUrl");
		String path = url.substring(url.indexOf("/calendar/feed/"));
		this.mvc.perform(get(path)).andExpect(status().isOk());

		this.jdbc.sql("""
				delete from user_account_role where role = 'STEERING_GROUP'
				and account_id = (select id from user_account where username = :username)""")
			.param("username", member)
			.update();
		this.mvc.perform(get(path)).andExpect(status().isNotFound());

		this.jdbc.sql("""
				insert into user_account_role (account_id, role)
				select id, 'STEERING_GROUP' from user_account where username = :username""")
			.param("username", member)
			.update();
		this.mvc.perform(get(path)).andExpect(status().isOk());
		this.jdbc.sql("update user_account set enabled = false where username = :username").param("username", member)
			.update();
		this.mvc.perform(get(path)).andExpect(status().isNotFound());
	}

	@Test
	void calendarFileHoldsOsloTimesAndUpdatesKeepTheUidWithAHigherSequence() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long id = this.fixture.plan(secretary, "2030-07-01");
		VEvent planned = event(secretary, id);
		assertThat(planned.getDateTimeStart().get().getValue()).isEqualTo("20300701T100000");
		assertThat(planned.getDateTimeStart().get().getParameter("TZID").get().getValue()).isEqualTo("Europe/Oslo");
		assertThat(planned.getDateTimeEnd().get().getValue()).isEqualTo("20300701T120000");

		this.fixture.send(secretary, id, "/edit", "steeringGroupId", String.valueOf(this.fixture.steeringGroupId()), "date",
				"2030-12-01", "time", "09:30", "durationMinutes", "90", "place", "NHO, Middelthuns gate 27, Oslo")
			.andExpect(status().isFound());
		VEvent moved = event(secretary, id);
		assertThat(moved.getDateTimeStart().get().getValue()).isEqualTo("20301201T093000");
		assertThat(moved.getUid().get().getValue()).isEqualTo(planned.getUid().get().getValue());
		assertThat(moved.getSequence().get().getSequenceNo()).isGreaterThan(planned.getSequence().get().getSequenceNo());

		this.fixture.send(secretary, id, "/cancel", "text", "Kollisjon med budsjettmøtet").andExpect(status().isFound());
		VEvent cancelled = event(secretary, id);
		assertThat(cancelled.getStatus().get().getValue()).isEqualTo("CANCELLED");
		assertThat(cancelled.getSequence().get().getSequenceNo()).isGreaterThan(moved.getSequence().get().getSequenceNo());
		assertThat(cancelled.getUid().get().getValue()).isEqualTo(planned.getUid().get().getValue());
	}

	@Test
	void personalFeedAnswersWithoutLoginUntilRevokedAndAWrongTokenIsNotFound() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long id = this.fixture.plan(secretary, "2030-08-20");
		MvcResult created = this.mvc.perform(post("/calendar/token").session(secretary).with(csrf()))
			.andExpect(status().isFound())
			.andReturn();
		String url = (String) created.getFlashMap().get("feedUrl");
		String path = url.substring(url.indexOf("/calendar/feed/"));
		String token = path.substring("/calendar/feed/".length(), path.length() - ".ics".length());
		assertThat(token).hasSizeGreaterThanOrEqualTo(43);
		assertThat(this.jdbc.sql("select count(*) from calendar_feed where token_hash = :token").param("token", token)
			.query(Long.class).single()).as("the token itself is not stored").isZero();

		String feed = this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		String uid = this.jdbc.sql("select calendar_uid from meeting where id = :id").param("id", id)
			.query(String.class).single();
		assertThat(feed).contains("BEGIN:VCALENDAR", "UID:" + uid, "TZID:Europe/Oslo");
		assertThat(CalendarFiles.problems(feed)).as(feed).isEmpty();

		this.mvc.perform(get("/calendar/feed/" + token.substring(1) + "x.ics")).andExpect(status().isNotFound());
		// planned meetings are the steering group's: readers get no feed
		this.mvc.perform(post("/calendar/token").session(this.fixture.signIn("leser")).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/calendar/token/revoke").session(secretary).with(csrf())).andExpect(status().isFound());
		this.mvc.perform(get(path)).andExpect(status().isNotFound());
	}

	private VEvent event(MockHttpSession session, long id) throws Exception {
		String ics = this.mvc.perform(get("/meetings/" + id + "/meeting.ics").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(CalendarFiles.problems(ics)).as(ics).isEmpty();
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		return calendar.<VEvent>getComponents("VEVENT").get(0);
	}

	@Test
	void aCalendarFileNamesItsOrganizerAndLinksBackToTheMeetingWithItsAgenda() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long id = this.fixture.plan(secretary, "2030-09-10");
		this.fixture.addItem(secretary, id, "Status for innsatsområde A");
		this.fixture.addItem(secretary, id, "Eventuelt");

		VEvent event = event(secretary, id);
		assertThat(event.getProperties("DTSTAMP")).hasSize(1);
		assertThat(event.getOrganizer().get().getValue()).startsWith("mailto:");
		assertThat(event.getOrganizer().get().getParameter("CN").get().getValue()).isEqualTo("Styringsgruppen i Avtaleportal");
		assertThat(event.getUrl().get().getValue()).isEqualTo("http://localhost/meetings/" + id);
		assertThat(event.getDescription().get().getValue())
			.contains("1. Status for innsatsområde A", "2. Eventuelt", "http://localhost/meetings/" + id);
	}

	@Test
	void theIndependentCalendarCheckFindsAPropertyTheRfcAllowsOnceGivenTwice() {
		String twice = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//NO\r\nBEGIN:VEVENT\r\n"
				+ "DTSTAMP:20300101T000000Z\r\nDTSTAMP:20300101T000000Z\r\nUID:1\r\nDTSTART:20300101T100000Z\r\n"
				+ "END:VEVENT\r\nEND:VCALENDAR\r\n";
		assertThat(CalendarFiles.problems(twice)).contains("VEVENT has DTSTAMP 2 times (RFC 5545 allows it once)");
	}

}
