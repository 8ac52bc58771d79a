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

	private static final String SEARCH = "/search?q=" + LargeSet.WORD;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private SqlStatements sql;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void searchAndListsRunAFixedNumberOfStatementsWhateverTheVolumeAndCountExactly() throws Exception {
		long agreement = this.jdbc.queryForObject("select id from agreement where import_key = 'ntnu-nho-2023'", Long.class);
		long activity = this.jdbc.queryForObject("select min(a.id) from activity a join focus_area f on f.id = a.focus_area_id "
				+ "where f.agreement_id = ?", Long.class, agreement);
		long meeting = this.jdbc.queryForObject("select min(m.id) from meeting m join steering_group s on s.id = m.steering_group_id "
				+ "where s.agreement_id = ? and m.minutes_status = 'PUBLISHED'", Long.class, agreement);
		List<String> pages = List.of(SEARCH, SEARCH + "&kind=DECISION", SEARCH + "&agreement=" + agreement,
				"/search?q=oppdatering", "/decisions", "/decisions?q=" + LargeSet.WORD, "/decisions?agreement=" + agreement,
				"/activities", "/activities?q=" + LargeSet.WORD, "/activities?agreement=" + agreement, "/documents",
				"/documents?agreement=" + agreement, "/meetings", "/meetings/" + meeting, "/activities/" + activity,
				"/agreements/" + agreement, "/tasks");
		Map<String, MockHttpSession> users = Map.of("prorektor", SignIn.as(this.mvc, "prorektor"), "leser",
				SignIn.as(this.mvc, "leser"), "ntnu", SignIn.as(this.mvc, "ntnu"));
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
