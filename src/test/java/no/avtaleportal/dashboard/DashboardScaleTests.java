package no.avtaleportal.dashboard;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
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
 * The dashboard runs the same number of SQL statements with the demo content and with the
 * {@link LargeSet} under the same agreement, today and as of an earlier day, for a member of the
 * steering group and for a reader, and no more than its budget.
 */
@PortalTest
class DashboardScaleTests {

	/** The dashboard's statements (31 before issue 15, 20 before its reads were merged), the header's count of unread notices included. */
	static final int BUDGET = 10;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private SqlStatements sql;

	@Autowired
	private JdbcTemplate jdbc;

	private LargeSet largeSet;

	@BeforeEach
	void largeSet() {
		this.largeSet = LargeSet.large(this.jdbc);
	}

	@Test
	void theDashboardRunsAFixedNumberOfStatementsWhateverTheAmountOfData() throws Exception {
		long agreement = this.jdbc.queryForObject("select id from agreement where import_key = 'ntnu-nho-2023'", Long.class);
		String today = "/dashboard?agreement=" + agreement;
		String earlier = today + "&asOf=2025-03-01";
		MockHttpSession member = SignIn.as(this.mvc, "prorektor");
		MockHttpSession reader = SignIn.as(this.mvc, "leser");
		List<Integer> small = List.of(count(today, member), count(earlier, member), count(today, reader),
				count(earlier, reader));
		try {
			this.largeSet.insert(agreement);
			List<Integer> large = List.of(count(today, member), count(earlier, member), count(today, reader),
					count(earlier, reader));
			assertThat(large).isEqualTo(small).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(BUDGET));
			// the page weight does not grow with the data: the first late activities, and a link to all
			Document page = page(today, member);
			assertThat(page.select(".late-list").first().select("li")).hasSize(Dashboard.LATE_SHOWN);
			String all = page.select("#late-heading ~ p a").attr("href");
			assertThat(all).contains("allLate=true");
			assertThat(page(all, member).select(".late-list").first().select("li").size())
				.isGreaterThan(Dashboard.LATE_SHOWN);
		}
		finally {
			this.largeSet.remove();
		}
	}

	private Document page(String url, MockHttpSession session) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(url).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private int count(String url, MockHttpSession session) throws Exception {
		this.sql.reset();
		this.mvc.perform(get(url).session(session)).andExpect(status().isOk());
		return this.sql.count();
	}

}
