package no.avtaleportal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import no.avtaleportal.support.LargeSet;
import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SignIn;
import no.avtaleportal.support.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The search and the list pages run the same number of SQL statements with a little data and with
 * the {@link LargeSet} (2,000 activities, 20,000 status updates, 500 documents, 200 meetings with
 * 200 decisions and 2,000 action items), for a member of the steering group, a reader and a
 * contributor with 2,000 action items of his own, and no more than {@link #PAGE_BUDGET} each; and
 * the counts they show are exact: they grow by precisely what was added.
 */
@PortalTest
class ListScaleTests {

	/** The most statements any of these pages may run for any user, with a little data or a lot. */
	static final int PAGE_BUDGET = 10;

	/**
	 * How much more a page may weigh with four times the data: the counts and numbers it shows
	 * grow by a digit or two, its rows do not.
	 */
	private static final double GROWTH = 1.1;

	/** How many rows a page of the paged lists shows. */
	private static final int PAGE = 25;

	private static final String SEARCH = "/search?q=" + LargeSet.WORD;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private SqlStatements sql;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void searchAndListsRunAFixedNumberOfStatementsWhateverTheVolumeAndCountExactly() throws Exception {
		long agreement = agreement();
		Map<String, MockHttpSession> users = users();
		List<String> pages = pages(agreement);
		MockHttpSession member = users.get("prorektor");
		LargeSet little = LargeSet.small(this.jdbc);
		LargeSet large = LargeSet.large(this.jdbc);
		try {
			little.insert(agreement);
			Map<String, Integer> few = counts(pages, users);
			long search = count(page(SEARCH, member), "search-count");
			long decisions = count(page("/decisions", member), "decisions-count");
			long activities = count(page("/activities", member), "activities-count");
			little.remove();
			large.insert(agreement);
			assertThat(counts(pages, users)).isEqualTo(few);
			// every activity, document, case, decision and action item of the set, and nothing else
			assertThat(count(page(SEARCH, member), "search-count") - search)
				.isEqualTo(large.searchable() - little.searchable());
			assertThat(count(page("/decisions", member), "decisions-count") - decisions)
				.isEqualTo(large.meetings - little.meetings);
			assertThat(count(page("/activities", member), "activities-count") - activities)
				.isEqualTo(large.activities - little.activities);
		}
		finally {
			large.remove();
		}
	}

	/**
	 * No page grows with the data: with the large set each page for each user weighs what it
	 * weighs with a quarter of it, which already fills every page of every list. A page that lists
	 * everything (as a focus area's page once listed all its activities) weighs four times as much.
	 */
	@Test
	void noPageGrowsWithTheData() throws Exception {
		long agreement = agreement();
		Map<String, MockHttpSession> users = users();
		List<String> pages = pages(agreement);
		LargeSet quarter = LargeSet.quarter(this.jdbc);
		LargeSet large = LargeSet.large(this.jdbc);
		Map<String, Integer> before;
		Map<String, Integer> after;
		try {
			quarter.insert(agreement);
			before = sizes(pages, users);
			quarter.remove();
			large.insert(agreement);
			after = sizes(pages, users);
			// the lists the set outgrew are paged: a page of them, how many there are, and the next page
			Document tasks = page("/tasks", users.get("ntnu"));
			assertThat(tasks.select(".task-list > li")).hasSize(PAGE);
			assertThat(count(tasks, "tasks-count")).isGreaterThanOrEqualTo((long) large.meetings * LargeSet.ACTION_ITEMS_PER_MEETING);
			assertThat(page(next(tasks), users.get("ntnu")).select(".task-list > li")).hasSize(PAGE);
			Document documents = page("/documents?agreement=" + agreement, users.get("leser"));
			assertThat(documents.select(".document-table tbody tr")).hasSize(PAGE);
			assertThat(count(documents, "documents-count")).isEqualTo(this.jdbc
				.queryForObject("select count(*) from document where agreement_id = ?", Long.class, agreement));
			Document second = page(next(documents), users.get("leser"));
			assertThat(second.select(".document-table tbody tr")).hasSize(PAGE)
				.extracting(row -> row.id())
				.doesNotContainAnyElementsOf(documents.select(".document-table tbody tr").eachAttr("id"));
		}
		finally {
			quarter.remove();
			large.remove();
		}
		List<String> grown = before.keySet()
			.stream()
			.filter(page -> after.get(page) > before.get(page) * GROWTH)
			.map(page -> "%s: %,d → %,d bytes".formatted(page, before.get(page), after.get(page)))
			.toList();
		assertThat(grown).as("pages that grow with the data (a quarter of the large set → all of it)").isEmpty();
	}

	/** The address of a paged list's next page. */
	private static String next(Document page) {
		return page.select("nav .pagination a").last().attr("href");
	}

	private long agreement() {
		return this.jdbc.queryForObject("select id from agreement where import_key = 'ntnu-nho-2023'", Long.class);
	}

	private Map<String, MockHttpSession> users() throws Exception {
		return Map.of("prorektor", SignIn.as(this.mvc, "prorektor"), "leser", SignIn.as(this.mvc, "leser"), "ntnu",
				SignIn.as(this.mvc, "ntnu"));
	}

	/**
	 * The search, the lists, the dashboard, an agreement's pages, the tasks, notices and calendar, and
	 * one meeting and one activity of the set.
	 */
	private List<String> pages(long agreement) {
		long activity = this.jdbc.queryForObject("select min(a.id) from activity a join focus_area f on f.id = a.focus_area_id "
				+ "where f.agreement_id = ?", Long.class, agreement);
		long meeting = this.jdbc.queryForObject("select min(m.id) from meeting m join steering_group s on s.id = m.steering_group_id "
				+ "where s.agreement_id = ? and m.minutes_status = 'PUBLISHED'", Long.class, agreement);
		return List.of(SEARCH, SEARCH + "&kind=DECISION", SEARCH + "&agreement=" + agreement, "/search?q=oppdatering",
				"/decisions", "/decisions?q=" + LargeSet.WORD, "/decisions?agreement=" + agreement, "/activities",
				"/activities?q=" + LargeSet.WORD, "/activities?agreement=" + agreement, "/documents",
				"/documents?agreement=" + agreement, "/meetings", "/meetings/" + meeting, "/activities/" + activity,
				"/agreements/" + agreement, "/agreements/" + agreement + "/focus-areas/A",
				"/agreements/" + agreement + "/focus-areas/B", "/agreements/" + agreement + "/responsibilities",
				"/dashboard?agreement=" + agreement, "/tasks", "/agreements", "/indicators", "/notices", "/calendar");
	}

	/** The size of each page for each user, keyed "user page". */
	private Map<String, Integer> sizes(List<String> pages, Map<String, MockHttpSession> users) throws Exception {
		Map<String, Integer> sizes = new LinkedHashMap<>();
		for (var user : users.entrySet()) {
			for (String page : pages) {
				sizes.put(user.getKey() + " " + page, this.mvc.perform(get(page).session(user.getValue()))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsByteArray().length);
			}
		}
		return sizes;
	}

	/**
	 * The statements of each page for each user, keyed "user page"; fails naming the page, the
	 * user and the statements of a page that runs more than {@link #PAGE_BUDGET}.
	 */
	private Map<String, Integer> counts(List<String> pages, Map<String, MockHttpSession> users) throws Exception {
		Map<String, Integer> counts = new LinkedHashMap<>();
		List<String> overBudget = new ArrayList<>();
		for (var user : users.entrySet()) {
			for (String page : pages) {
				this.sql.reset();
				this.mvc.perform(get(page).session(user.getValue())).andExpect(status().isOk());
				counts.put(user.getKey() + " " + page, this.sql.count());
				if (this.sql.count() > PAGE_BUDGET) {
					overBudget.add("%s as %s runs %d statements:%n  %s".formatted(page, user.getKey(), this.sql.count(),
							String.join("\n  ", this.sql.statements())));
				}
			}
		}
		assertThat(overBudget).as("pages over the budget of %d statements:%n%s", PAGE_BUDGET, String.join("\n", overBudget))
			.isEmpty();
		return counts;
	}

	private Document page(String url, MockHttpSession session) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(url).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	/** The number a page's count says, whatever the words and digit grouping around it. */
	private static long count(Document page, String id) {
		String text = page.getElementById(id).text();
		String digits = text.replaceAll("«.*»", "").replaceAll("\\D", "");
		return digits.isEmpty() ? 1 : Long.parseLong(digits);
	}

}
