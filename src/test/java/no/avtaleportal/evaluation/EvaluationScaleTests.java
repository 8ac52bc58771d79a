package no.avtaleportal.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import no.avtaleportal.support.Pages;
import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The evaluation page and its report compile the dossier with the same number of SQL statements
 * whether the steering group held a handful of meetings or forty more, each with attendees,
 * numbered decisions and action items, and whether the focus areas have a few activities or a
 * hundred more with their status updates.
 */
@PortalTest
class EvaluationScaleTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private SqlStatements sql;

	private EvaluationFixture fixture;

	@BeforeEach
	void fixture() {
		this.fixture = new EvaluationFixture(this.mvc, this.jdbc);
	}

	@AfterEach
	void restore() {
		try {
			this.jdbc.sql("delete from meeting where calendar_uid like 'evalskala-%'").update();
			this.jdbc.sql("delete from activity where title like 'Evalueringsskala %'").update();
		}
		finally {
			this.fixture.restore();
		}
	}

	@Test
	void theDossierIsCompiledWithAFixedNumberOfStatementsWhateverTheAmountOfData() throws Exception {
		MockHttpSession member = this.fixture.signIn("prorektor");
		MockHttpSession reader = this.fixture.signIn("leser");
		List<Integer> small = List.of(count(this.fixture.url(""), member), count(this.fixture.url(""), reader),
				count(this.fixture.url("/report.pdf"), member));
		int decisionsBefore = numberedDecisions();

		insertBulk();
		assertThat(numberedDecisions()).isEqualTo(decisionsBefore + 80);
		// the meetings are in the dossier: their decisions are listed
		this.mvc.perform(get(this.fixture.url("")).session(member))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Skalavedtak 40-2")));
		List<Integer> large = List.of(count(this.fixture.url(""), member), count(this.fixture.url(""), reader),
				count(this.fixture.url("/report.pdf"), member));

		assertThat(large).isEqualTo(small);
		// issue 15: ten at most, also while the page compiles the dossier from the activities, the
		// steering group's meetings and the documents
		assertThat(large.subList(0, 2)).as("the page, to a member and to a reader").allMatch(count -> count <= 10);
	}

	@Test
	void theDossiersActivitiesAreReadAPageAtATimeAndTheEvaluationPageTellsWhatTheyComeTo() throws Exception {
		MockHttpSession member = this.fixture.signIn("prorektor");
		Document before = Pages.get200(this.mvc, this.fixture.url(""), member);
		int statementsBefore = count(this.fixture.url("/activities"), member);
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		this.fixture.draftMeeting(secretary, LocalDate.of(2026, 11, 11));
		int carryOverBefore = Pages.get200(this.mvc, this.fixture.url("/decision"), secretary)
			.select("input[name=carryOver]")
			.size();
		int formStatementsBefore = count(this.fixture.url("/decision"), secretary);

		insertBulk();

		// to the secretary, who may propose the decision, the page links to its form, which alone lists
		// the open activities a renegotiation may carry over
		assertThat(Pages.get200(this.mvc, this.fixture.url(""), secretary).select("main").text())
			.doesNotContain("Evalueringsskala");
		assertThat(Pages.get200(this.mvc, this.fixture.url("/decision"), secretary).select("input[name=carryOver]"))
			.hasSize(carryOverBefore + 100);
		assertThat(count(this.fixture.url("/decision"), secretary)).as("the form's statements, ten at most")
			.isEqualTo(formStatementsBefore)
			.isLessThanOrEqualTo(10);

		// the evaluation page no longer lists the activities: per commitment and focus area it tells what they come to
		this.sql.reset();
		Document page = Pages.get200(this.mvc, this.fixture.url(""), member);
		// issue 15: it counts the status updates in PostgreSQL; their texts are for the dossier's activities page
		assertThat(this.sql.statements()).as("the page's statements").noneMatch(statement -> statement.contains("u.text"));
		assertThat(page.select(".dossier").text()).doesNotContain("Evalueringsskala");
		assertThat(tallied(page) - tallied(before)).isEqualTo(100);
		Map<String, List<Integer>> othersBefore = others(before);
		others(page).forEach((area, after) -> assertThat(List.of(after.get(0) - othersBefore.get(area).get(0),
				after.get(1) - othersBefore.get(area).get(1), after.get(2) - othersBefore.get(area).get(2)))
			.as("%s: fifty more under no commitment, green, with five updates each in the period", area)
			.containsExactly(50, 50, 250));
		Element link = page.selectFirst(".dossier a[href$=/evaluation/activities]");
		assertThat(link).isNotNull();
		assertThat(link.text())
			.isEqualTo("Aktivitetene og statusoppdateringene deres i perioden (" + tallied(page) + ")");

		// the activities with their updates, 25 a page, each once, following "Neste side"
		List<String> shown = new ArrayList<>();
		String url = link.attr("href");
		int pages = 0;
		while (url != null) {
			Document activities = Pages.get200(this.mvc, url, member);
			List<String> rows = activities.select(".dossier tbody th[scope=row] a").eachAttr("href");
			assertThat(rows).as(url).hasSizeBetween(1, 25);
			shown.addAll(rows);
			Element next = activities.selectFirst("nav a.page-link:containsOwn(Neste side)");
			url = (next != null) ? next.attr("href") : null;
			pages++;
		}
		assertThat(shown).doesNotHaveDuplicates().hasSize(tallied(page));
		assertThat(pages).isEqualTo((tallied(page) + 24) / 25);
		this.sql.reset();
		Document second = Pages.get200(this.mvc, this.fixture.url("/activities?page=2"), member);
		// issue 15: the updates' texts are read for the page's activities alone (one parameter each, and
		// the period's first and last day), not for every activity of the dossier
		int rows = second.select(".dossier tbody th[scope=row] a").size();
		assertThat(this.sql.statements()).as("the page's statements")
			.filteredOn(statement -> statement.contains("u.text"))
			.singleElement()
			.satisfies(statement -> assertThat(statement.chars().filter(c -> c == '?').count()).isEqualTo(rows + 2));
		assertThat(second.select(".dossier tr:has(a:containsOwn(Evalueringsskala))").first().text())
			.contains("Grønn", "Oppdatering 0", "Oppdatering 4");
		assertThat(second.select(".dossier tr:has(a:containsOwn(Evalueringsskala)) .update-text strong").first().text())
			.as("an update's text as the activity page shows it, Markdown and all").isEqualTo("0");
		assertThat(count(this.fixture.url("/activities?page=2"), member)).isEqualTo(statementsBefore);
		// issue 15: it reads the dossier's activities, not the steering group's meetings or the documents it does not show
		assertThat(this.sql.statements()).as("the activities' statements")
			.noneMatch(statement -> statement.matches("(?s).*\\bfrom\\s+(meeting|document)\\b.*"));
	}

	/** The activities the evaluation page counts ("12 aktiviteter, 3 fullført; …"), in every focus area. */
	private static int tallied(Document page) {
		return page.select(".dossier p.tally").stream().mapToInt(tally -> {
			String text = tally.text();
			if (text.startsWith("Én aktivitet,")) {
				return 1;
			}
			return text.startsWith("Ingen aktiviteter") ? 0
					: Integer.parseInt(text.substring(0, text.indexOf(" aktiviteter,")));
		}).sum();
	}

	/**
	 * Per focus area, what its activities under no commitment come to ("50 aktiviteter, 0 fullført;
	 * trafikklys: grønn 50, …; 250 statusoppdateringer i perioden."): how many, how many green, and
	 * their status updates; none when the area has none.
	 */
	private static Map<String, List<Integer>> others(Document page) {
		Map<String, List<Integer>> others = new TreeMap<>();
		for (Element area : page.select(".dossier section[aria-labelledby^=area-]")) {
			Element tally = area.selectFirst("h4:containsOwn(Aktiviteter uten intensjon) + p.tally");
			String text = (tally != null) ? tally.text() : "";
			others.put(area.attr("aria-labelledby"), List.of(number(text, "(\\d+|Én) aktivitet"),
					number(text, "grønn (\\d+)"), number(text, "(\\d+|én) statusoppdatering")));
		}
		return others;
	}

	/** The number the pattern's group finds in a tally's sentence, in figures or as "én"; 0 if none. */
	private static int number(String text, String pattern) {
		Matcher matcher = Pattern.compile(pattern).matcher(text);
		return !matcher.find() ? 0 : matcher.group(1).equalsIgnoreCase("én") ? 1 : Integer.parseInt(matcher.group(1));
	}

	private int numberedDecisions() {
		return this.jdbc.sql("select count(*) from decision where number is not null").query(Integer.class).single();
	}

	private int count(String url, MockHttpSession session) throws Exception {
		this.sql.reset();
		this.mvc.perform(get(url).session(session)).andExpect(status().isOk());
		return this.sql.count();
	}

	/** Forty held meetings in 2024 with published minutes, and a hundred activities with updates. */
	private void insertBulk() {
		long group = this.jdbc.sql("select id from steering_group where agreement_id = :id")
			.param("id", this.fixture.agreementId)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into meeting (steering_group_id, starts_at, duration_minutes, status, minutes_status, calendar_uid,
				    created_by, created_at, last_modified_by, last_modified_at)
				select :group, timestamptz '2024-01-08 10:00 Europe/Oslo' + make_interval(days => 7 * i), 60, 'HELD',
				    'PUBLISHED', 'evalskala-' || i, 'test', now(), 'test', now()
				from generate_series(1, 40) i""")
			.param("group", group)
			.update();
		this.jdbc.sql("""
				insert into agenda_item (meeting_id, position, title)
				select m.id, p, 'Sak ' || p from meeting m, generate_series(1, 2) p where m.calendar_uid like 'evalskala-%'""")
			.update();
		this.jdbc.sql("""
				insert into attendee (meeting_id, position, name, kind, presence)
				select m.id, p, 'Medlem ' || p, 'MEMBER', case when p = 3 then 'ABSENT' else 'PRESENT' end
				from meeting m, generate_series(1, 3) p where m.calendar_uid like 'evalskala-%'""")
			.update();
		this.jdbc.sql("""
				insert into decision (meeting_id, agenda_item_id, text, number)
				select a.meeting_id, a.id, 'Skalavedtak ' || substring(m.calendar_uid from 11) || '-' || a.position,
				    'ES-' || a.id
				from agenda_item a join meeting m on m.id = a.meeting_id where m.calendar_uid like 'evalskala-%'""")
			.update();
		this.jdbc.sql("""
				insert into action_item (meeting_id, agenda_item_id, text, owner_name, due_date, done_at)
				select a.meeting_id, a.id, 'Oppfølging', 'Per Johansen', date '2024-12-01',
				    case when a.position = 1 then timestamptz '2024-11-01 12:00 Europe/Oslo' end
				from agenda_item a join meeting m on m.id = a.meeting_id where m.calendar_uid like 'evalskala-%'""")
			.update();
		List<Long> areas = this.fixture.focusAreaIds();
		long person = this.jdbc.sql("select person_id from user_account where username = 'ntnu'").query(Long.class).single();
		for (int i = 0; i < 100; i++) {
			this.jdbc.sql("""
					insert into activity (title, focus_area_id, responsible_person_id, status, start_date, due_date, current_light, last_update_on,
					    created_by, created_at, last_modified_by, last_modified_at)
					values (:title, :area, :person, 'IN_PROGRESS', date '2024-02-01', date '2025-03-01', 'GREEN', date '2024-06-01',
					    'test', now(), 'test', now())""")
				.param("title", "Evalueringsskala " + i)
				.param("area", areas.get(i % areas.size()))
				.param("person", person)
				.update();
		}
		this.jdbc.sql("""
				insert into status_update (activity_id, written_on, author_name, light, text, created_by, created_at,
				    last_modified_by, last_modified_at)
				select a.id, date '2024-03-01' + u * 30, 'Per Johansen', 'GREEN', 'Oppdatering **' || u || '**', 'test', now(), 'test', now()
				from activity a, generate_series(0, 4) u where a.title like 'Evalueringsskala %'""")
			.update();
	}

}
