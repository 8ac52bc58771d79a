package no.avtaleportal.dashboard;

import java.sql.Types;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import no.avtaleportal.support.Pages;
import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SignIn;
import no.avtaleportal.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's figures count every activity of the agreement though the page lists only the
 * first late ones and the first changed ones: with more activities than the page shows, each
 * figure grows by what a plain count over the added activities says, today, on an earlier day and
 * for one party's share, and the commitments that need following up are those a plain count finds. The database holds what other tests left, so the figures are compared
 * before and after.
 */
@PortalTest
class DashboardCountsTests {

	/** The word the added activities' titles begin with. */
	private static final String WORD = "Telleprøve";

	private static final int ADDED = 45;

	private static final String[] STATUSES = { "PLANNED", "IN_PROGRESS", "COMPLETED", "ON_HOLD", "CANCELLED" };

	private static final String[] EARLIER = { "IN_PROGRESS", "ON_HOLD", "COMPLETED" };

	private static final String[] LIGHTS = { "GREEN", "YELLOW", "RED", null };

	private static final Map<String, String> LABELS = Map.of("PLANNED", "Planlagt", "IN_PROGRESS", "Pågår", "COMPLETED",
			"Fullført", "ON_HOLD", "Satt på vent", "CANCELLED", "Avlyst", "GREEN", "Grønn", "YELLOW", "Gul", "RED", "Rød",
			"NONE", "Ingen statusoppdatering");

	/** The earlier day, after the meeting of 14.03.2025 from which changes are then counted. */
	private static final LocalDate EARLIER_DAY = LocalDate.of(2025, 6, 1);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theFiguresCountEveryActivityThoughThePageListsOnlyTheFirst() throws Exception {
		long agreement = this.jdbc.sql("select id from agreement where import_key = 'ntnu-nho-2023'").query(Long.class).single();
		long nho = organisation("NHO");
		long area = this.jdbc.sql("select id from focus_area where code = 'B' and agreement_id = :a")
			.param("a", agreement)
			.query(Long.class)
			.single();
		LocalDate today = LocalDate.now(TestClock.portal());
		String dashboard = "/dashboard?agreement=" + agreement;
		String earlier = dashboard + "&asOf=" + EARLIER_DAY;
		String nhosShare = dashboard + "&party=" + nho;
		MockHttpSession session = SignIn.as(this.mvc, "prorektor");
		Document todayBefore = page(dashboard, session);
		Map<String, Integer> figuresBefore = legend(todayBefore);
		Map<String, Integer> earlierBefore = legend(page(earlier, session));
		Map<String, Integer> nhoBefore = legend(page(nhosShare, session));
		int lateBefore = lateTotal(todayBefore);
		int changedBefore = changedTotal(todayBefore);
		int[] summaryBefore = summary(todayBefore);
		LocalDate since = since(todayBefore);
		assertThat(followUp(todayBefore)).as("commitments without activity, and without a status update in six months")
			.containsExactly(withoutActivity(area, today), withoutUpdate(area, today));
		try {
			add(area, today);
			Document todayAfter = page(dashboard, session);
			assertThat(difference(figuresBefore, legend(todayAfter))).as("today, by status and by light")
				.isEqualTo(expected("""
						select 'status:' || status as part, count(*) from activity where title like :word group by status
						union all
						select 'light:' || coalesce(current_light, 'NONE'), count(*) from activity
						where title like :word and status not in ('COMPLETED', 'CANCELLED') group by current_light""", today));
			assertThat(difference(earlierBefore, legend(page(earlier, session)))).as("as it stood on the earlier day")
				.isEqualTo(expected("""
						select 'status:' || c.status as part, count(*) from activity_status_change c
						join activity a on a.id = c.activity_id
						where a.title like :word and c.changed_on <= :day group by c.status
						union all
						select 'light:' || u.light, count(*) from status_update u join activity a on a.id = u.activity_id
						join activity_status_change c on c.activity_id = a.id
						where a.title like :word and u.written_on <= :day and c.status <> 'COMPLETED' group by u.light""",
						EARLIER_DAY));
			assertThat(difference(nhoBefore, legend(page(nhosShare, session)))).as("NHO's share")
				.isEqualTo(expected("""
						select 'status:' || status as part, count(*) from activity
						where title like :word and (lead_organisation_id is null or lead_organisation_id = %d) group by status
						union all
						select 'light:' || coalesce(current_light, 'NONE'), count(*) from activity
						where title like :word and (lead_organisation_id is null or lead_organisation_id = %d)
						  and status not in ('COMPLETED', 'CANCELLED') group by current_light""".formatted(nho, nho), today));

			int late = count("""
					select count(*) from activity where title like :word and status not in ('COMPLETED', 'CANCELLED')
					  and (due_date < :day or current_light = 'RED')""", today, null);
			assertThat(late).as("more late activities were added than the page lists").isGreaterThan(Dashboard.LATE_SHOWN);
			assertThat(todayAfter.select(".late-list").first().select("li")).hasSize(Dashboard.LATE_SHOWN);
			assertThat(lateTotal(todayAfter)).isEqualTo(lateBefore + late);
			Document allLate = page(todayAfter.select("#late-heading ~ p a").attr("href"), session);
			assertThat(allLate.select(".late-list").first().select("li")).hasSize(lateBefore + late);

			assertThat(since).as("changes are counted from the last meeting held").isNotNull().isBefore(today);
			int changed = count("""
					select count(*) from activity a where a.title like :word and (
					    exists (select 1 from status_update u where u.activity_id = a.id and u.written_on > :since and u.written_on <= :day)
					    or exists (select 1 from activity_status_change c where c.activity_id = a.id
					               and c.changed_on > :since and c.changed_on <= :day))""", today, since);
			assertThat(changed).as("more changed activities were added than the page lists").isGreaterThan(Dashboard.CHANGED_SHOWN);
			assertThat(area(todayAfter).select(".changed-list li")).hasSize(Dashboard.CHANGED_SHOWN);
			assertThat(changedTotal(todayAfter)).isEqualTo(changedBefore + changed);
			int[] summaryAfter = summary(todayAfter);
			assertThat(summaryAfter[0]).as("registered since").isEqualTo(summaryBefore[0]);
			assertThat(summaryAfter[1]).as("changes of status since").isEqualTo(summaryBefore[1] + count("""
					select count(*) from activity_status_change c join activity a on a.id = c.activity_id
					where a.title like :word and c.changed_on > :since and c.changed_on <= :day""", today, since));
			assertThat(summaryAfter[2]).as("status updates since").isEqualTo(summaryBefore[2] + count("""
					select count(*) from status_update u join activity a on a.id = u.activity_id
					where a.title like :word and u.written_on > :since and u.written_on <= :day""", today, since));
			assertThat(followUp(todayAfter)).as("commitments without activity, and without a status update in six months")
				.containsExactly(withoutActivity(area, today), withoutUpdate(area, today));

			String all = area(todayAfter).select(".changed-more a").attr("href");
			assertThat(all).contains("allChanged=true");
			assertThat(area(page(all, session)).select(".changed-list li")).hasSize(changedBefore + changed);
		}
		finally {
			this.jdbc.sql("delete from activity where title like :word").param("word", WORD + " %").update();
		}
	}

	/**
	 * Adds the activities under focus area B, led in turn by NTNU, NHO and jointly, in every status
	 * and light, every other one late; on the earlier day each had taken a status and had a status
	 * update, and every other one has a status update today.
	 */
	private void add(long area, LocalDate today) {
		List<Long> commitments = this.jdbc.sql("select id from commitment where focus_area_id = :area order by id")
			.param("area", area)
			.query(Long.class)
			.list();
		Long[] leads = { organisation("NTNU"), organisation("NHO"), null };
		long person = this.jdbc.sql("select person_id from user_account where username = 'ntnu'").query(Long.class).single();
		for (int i = 0; i < ADDED; i++) {
			long id = this.jdbc.sql("""
					insert into activity (title, focus_area_id, commitment_id, lead_organisation_id, responsible_person_id,
					    status, start_date, due_date, completed_on, cancel_reason, current_light,
					    created_by, created_at, last_modified_by, last_modified_at)
					values (:title, :area, :commitment, :lead, :person, :status, date '2025-01-01', :due,
					    case when :status = 'COMPLETED' then date '2025-04-01' end,
					    case when :status = 'CANCELLED' then 'Telling.' end, :light,
					    'test', now(), 'test', now()) returning id""")
				.param("title", WORD + " " + i)
				.param("area", area)
				.param("commitment", (i % 4 == 3 || commitments.isEmpty()) ? null : commitments.get(i % commitments.size()),
						Types.BIGINT)
				.param("lead", leads[i % 3], Types.BIGINT)
				.param("person", person)
				.param("status", STATUSES[i % STATUSES.length])
				.param("due", (i % 2 == 0) ? LocalDate.of(2025, 5, 1) : LocalDate.of(2031, 12, 31))
				.param("light", LIGHTS[i % LIGHTS.length], Types.VARCHAR)
				.query(Long.class)
				.single();
			this.jdbc.sql("""
					insert into activity_status_change (activity_id, status, changed_on, changed_at)
					values (:id, :status, date '2025-04-01', now())""")
				.param("id", id)
				.param("status", EARLIER[i % EARLIER.length])
				.update();
			update(id, LocalDate.of(2025, 3, 1), LIGHTS[i % 3]);
			if (i % 2 == 0) {
				update(id, today, "RED");
			}
		}
	}

	private void update(long activity, LocalDate on, String light) {
		this.jdbc.sql("""
				insert into status_update (activity_id, written_on, author_name, light, text, created_by, created_at,
				    last_modified_by, last_modified_at)
				values (:id, :on, 'Per Johansen', :light, 'Telling.', 'test', now(), 'test', now())""")
			.param("id", activity)
			.param("on", on)
			.param("light", light)
			.update();
	}

	/** How many of the area's commitments had no activity under the area on the day. */
	private int withoutActivity(long area, LocalDate day) {
		return this.jdbc.sql("""
				select count(*) from commitment c where c.focus_area_id = :area
				  and not exists (select 1 from activity a where a.commitment_id = c.id and a.focus_area_id = c.focus_area_id
				      and least((a.created_at at time zone 'Europe/Oslo')::date, coalesce(a.start_date, :day)) <= :day)""")
			.param("area", area)
			.param("day", day)
			.query(Integer.class)
			.single();
	}

	/**
	 * How many of the area's commitments had activities under the area on the day, none of them
	 * with a status update in the six months before.
	 */
	private int withoutUpdate(long area, LocalDate day) {
		return this.jdbc.sql("""
				select count(*) from commitment c where c.focus_area_id = :area
				  and exists (select 1 from activity a where a.commitment_id = c.id and a.focus_area_id = c.focus_area_id
				      and least((a.created_at at time zone 'Europe/Oslo')::date, coalesce(a.start_date, :day)) <= :day)
				  and not exists (select 1 from activity a join status_update u on u.activity_id = a.id
				      where a.commitment_id = c.id and a.focus_area_id = c.focus_area_id
				        and least((a.created_at at time zone 'Europe/Oslo')::date, coalesce(a.start_date, :day)) <= :day
				        and u.written_on >= :from and u.written_on <= :day)""")
			.param("area", area)
			.param("day", day)
			.param("from", day.minusMonths(6))
			.query(Integer.class)
			.single();
	}

	private long organisation(String shortName) {
		return this.jdbc.sql("select id from organisation where short_name = :name")
			.param("name", shortName)
			.query(Long.class)
			.single();
	}

	/** What the query (with {@code :word} and {@code :day}) counts, as the legend's lines. */
	private Map<String, Integer> expected(String sql, LocalDate day) {
		Map<String, Integer> expected = new HashMap<>();
		this.jdbc.sql(sql).param("word", WORD + " %").param("day", day).query(rs -> {
			String[] part = rs.getString("part").split(":");
			expected.merge(part[0] + ":" + LABELS.get(part[1]), rs.getInt(2), Integer::sum);
		});
		return expected;
	}

	private int count(String sql, LocalDate day, LocalDate since) {
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql).param("word", WORD + " %").param("day", day);
		return ((since != null) ? statement.param("since", since) : statement).query(Integer.class).single();
	}

	/** The lines that changed, by how much (those that did not change are left out). */
	private static Map<String, Integer> difference(Map<String, Integer> before, Map<String, Integer> after) {
		Map<String, Integer> difference = new HashMap<>();
		after.forEach((part, count) -> {
			int by = count - before.getOrDefault(part, 0);
			if (by != 0) {
				difference.put(part, by);
			}
		});
		return difference;
	}

	/** Focus area B's charts' legends, as "status:Pågår" → 3 and "light:Grønn" → 2. */
	private static Map<String, Integer> legend(Document page) {
		Map<String, Integer> legend = new HashMap<>();
		for (String chart : List.of("status", "light")) {
			for (String line : page.select("#" + chart + "-B-legend li").eachText()) {
				int colon = line.lastIndexOf(": ");
				legend.put(chart + ":" + line.substring(0, colon),
						Integer.parseInt(line.substring(colon + 2).replaceAll("\\D", "")));
			}
		}
		return legend;
	}

	/** How many activities are late in all: the total the page names, or those it lists when it lists all. */
	private static int lateTotal(Document page) {
		Element more = page.selectFirst("#late-heading ~ p span");
		return (more != null) ? lastNumber(more.text()) : page.select(".late-list").first().select("li").size();
	}

	/** How many of area B's activities changed since the last meeting, likewise. */
	private static int changedTotal(Document page) {
		Element more = area(page).selectFirst(".changed-more span");
		return (more != null) ? lastNumber(more.text()) : area(page).select(".changed-list li").size();
	}

	/** Area B's summary of what happened since the last meeting: registered, changes of status, status updates. */
	private static int[] summary(Document page) {
		String text = area(page).select("h4:containsOwn(Siden møtet) + p").text();
		Matcher numbers = Pattern.compile("(\\d+|[Ii]ngen) (ny|nye|statusendring|statusoppdatering)").matcher(text);
		int[] summary = new int[3];
		for (int i = 0; i < 3; i++) {
			assertThat(numbers.find()).as(text).isTrue();
			summary[i] = numbers.group(1).equalsIgnoreCase("ingen") ? 0 : Integer.parseInt(numbers.group(1));
		}
		return summary;
	}

	/** How many of area B's commitments the page lists as without activity, and as without a status update. */
	private static List<Integer> followUp(Document page) {
		List<String> items = area(page).select("h4:containsOwn(Intensjoner som trenger oppfølging) + ul li").eachText();
		return List.of((int) items.stream().filter(item -> item.contains("ingen aktivitet")).count(),
				(int) items.stream().filter(item -> item.contains("ingen statusoppdatering")).count());
	}

	/** The day of the last meeting held, from which the page counts changes. */
	private static LocalDate since(Document page) {
		Matcher day = Pattern.compile("(\\d\\d\\.\\d\\d\\.\\d{4})").matcher(page.select("#areas-heading ~ p").text());
		return day.find() ? LocalDate.parse(day.group(1), DateTimeFormatter.ofPattern("dd.MM.yyyy")) : null;
	}

	private static Element area(Document page) {
		return page.selectFirst("article[aria-labelledby=area-B]");
	}

	private static int lastNumber(String text) {
		Matcher numbers = Pattern.compile("(\\d[\\d\\s\\u00a0\\u202f]*)").matcher(text);
		String last = null;
		while (numbers.find()) {
			last = numbers.group(1);
		}
		return Integer.parseInt(last.replaceAll("\\D", ""));
	}

	private Document page(String url, MockHttpSession session) throws Exception {
		return Pages.get200(this.mvc, url, session);
	}

}
