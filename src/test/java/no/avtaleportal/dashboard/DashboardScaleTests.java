package no.avtaleportal.dashboard;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SignIn;
import no.avtaleportal.support.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard runs the same number of SQL statements with the demo content and with 2,000 more
 * activities, 20,000 status updates and 200 meetings under the same agreement, today and as of an
 * earlier day, for a member of the steering group and for a reader, and no more than its budget.
 */
@PortalTest
class DashboardScaleTests {

	/** The dashboard's statements (31 before issue 15, 20 before its reads were merged), the header's count of unread notices included. */
	static final int BUDGET = 10;

	private static final String[] STATUSES = { "PLANNED", "IN_PROGRESS", "ON_HOLD", "IN_PROGRESS" };

	private static final String[] LIGHTS = { "GREEN", "YELLOW", "RED" };

	@Autowired
	private MockMvc mvc;

	@Autowired
	private SqlStatements sql;

	@Autowired
	private JdbcTemplate jdbc;

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
			insertBulk(agreement);
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
			this.jdbc.update("delete from activity where title like 'Skalaprøve %'");
			this.jdbc.update("delete from meeting where calendar_uid like 'skalaprove-%'");
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

	private void insertBulk(long agreement) {
		List<Long> areas = this.jdbc.queryForList("select id from focus_area where agreement_id = ? order by code", Long.class,
				agreement);
		List<Long> commitments = this.jdbc.queryForList(
				"select c.id from commitment c join focus_area f on f.id = c.focus_area_id where f.agreement_id = ?",
				Long.class, agreement);
		List<Long> organisations = this.jdbc.queryForList("select id from organisation order by id", Long.class);
		long person = this.jdbc.queryForObject("select person_id from user_account where username = 'ntnu'", Long.class);
		long group = this.jdbc.queryForObject("select id from steering_group where agreement_id = ?", Long.class, agreement);
		Timestamp now = Timestamp.from(Instant.now());
		LocalDate first = LocalDate.of(2023, 12, 1);

		List<Object[]> activities = new ArrayList<>();
		for (int i = 0; i < 2000; i++) {
			Long lead = (i % 3 == 2) ? null : organisations.get(i % organisations.size());
			activities.add(new Object[] { "Skalaprøve " + i, areas.get(i % areas.size()),
					commitments.get(i % commitments.size()), lead, person, STATUSES[i % STATUSES.length],
					Date.valueOf(first.plusDays(i % 700)), Date.valueOf(first.plusDays(i % 700 + 30 + i % 300)),
					LIGHTS[i % LIGHTS.length], Date.valueOf(first.plusDays(i % 700 + 90)), now, now });
		}
		this.jdbc.batchUpdate("""
				insert into activity (title, focus_area_id, commitment_id, lead_organisation_id, responsible_person_id, status,
				    start_date, due_date, current_light, last_update_on, created_by, created_at, last_modified_by, last_modified_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'test', ?, 'test', ?)""", activities);
		List<Long> ids = this.jdbc.queryForList("select id from activity where title like 'Skalaprøve %'", Long.class);
		assertThat(ids).hasSize(2000);

		List<Object[]> changes = new ArrayList<>();
		List<Object[]> updates = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			changes.add(new Object[] { ids.get(i), "IN_PROGRESS", Date.valueOf(first.plusDays(i % 700 + 10)), now });
			for (int u = 0; u < 10; u++) {
				updates.add(new Object[] { ids.get(i), Date.valueOf(first.plusDays(i % 700 + u * 9)),
						LIGHTS[(i + u) % LIGHTS.length], "Oppdatering " + u, now, now });
			}
		}
		this.jdbc.batchUpdate("insert into activity_status_change (activity_id, status, changed_on, changed_at) values (?, ?, ?, ?)",
				changes);
		this.jdbc.batchUpdate("""
				insert into status_update (activity_id, written_on, author_name, light, text, created_by, created_at,
				    last_modified_by, last_modified_at)
				values (?, ?, 'Per Johansen', ?, ?, 'test', ?, 'test', ?)""", updates);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from status_update u join activity a on a.id = u.activity_id where a.title like 'Skalaprøve %'",
				Integer.class)).isEqualTo(20_000);

		List<Object[]> meetings = new ArrayList<>();
		Instant start = LocalDate.of(2024, 1, 10).atStartOfDay(java.time.ZoneId.of("Europe/Oslo")).toInstant();
		for (int i = 0; i < 200; i++) {
			Instant at = start.plus(i * 5L, ChronoUnit.DAYS);
			boolean past = at.isBefore(Instant.now());
			meetings.add(new Object[] { group, Timestamp.from(at), past ? "HELD" : "PLANNED", past ? "PUBLISHED" : "DRAFT",
					"skalaprove-" + i, now, now });
		}
		this.jdbc.batchUpdate("""
				insert into meeting (steering_group_id, starts_at, duration_minutes, status, minutes_status, calendar_uid,
				    created_by, created_at, last_modified_by, last_modified_at)
				values (?, ?, 60, ?, ?, ?, 'test', ?, 'test', ?)""", meetings);
	}

}
