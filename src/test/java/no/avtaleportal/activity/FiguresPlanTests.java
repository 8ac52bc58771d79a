package no.avtaleportal.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import no.avtaleportal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL plans the dashboard's figures once on a connection and then reuses the plan, for
 * today's figures and for an earlier day's: planning the statement again on every call cost more
 * than running it (issue 15). One transaction, so one connection, whose prepared statements
 * PostgreSQL lists with how often it used a generic plan and how often it planned for the call.
 */
@PortalTest
class FiguresPlanTests {

	@Autowired
	private ActivityHistory history;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private Clock clock;

	@Test
	void theFiguresOfTodayAndOfAnEarlierDayArePlannedOnceAndThenReused() {
		List<Long> areas = this.jdbc.sql("""
				select f.id from focus_area f join agreement a on a.id = f.agreement_id
				where a.import_key = 'ntnu-nho-2023' order by f.code""").query(Long.class).list();
		LocalDate today = LocalDate.now(this.clock);
		LocalDate earlier = today.minusMonths(3);
		List<Map<String, Object>> plans = this.transactions.execute(transaction -> {
			for (int call = 0; call < 12; call++) {
				this.history.figuresOnDay(areas, today, today.minusMonths(1), null, today.minusMonths(6), 10, 10);
				this.history.figuresOnDay(areas, earlier, earlier.minusMonths(1), null, earlier.minusMonths(6), 10, 10);
			}
			return this.jdbc.sql("""
					select statement like '%order by c.changed_on desc%' as historic, generic_plans, custom_plans
					from pg_prepared_statements
					where statement like '%as updates_since%' and generic_plans + custom_plans >= 8""")
				.query()
				.listOfRows();
		});
		// the driver prepares a statement on its fifth call, and PostgreSQL plans its first five
		// executions for their parameters before it weighs a generic plan: so 8 of the 12 calls
		// are the prepared statement's, and at least the last 3 reuse its plan
		assertThat(plans).extracting(statement -> statement.get("historic")).contains(true, false);
		assertThat(plans).allSatisfy(statement -> {
			assertThat(((Number) statement.get("custom_plans")).longValue()).as("planned for the call: %s", statement)
				.isEqualTo(5);
			assertThat(((Number) statement.get("generic_plans")).longValue()).as("reused the plan: %s", statement)
				.isGreaterThanOrEqualTo(3);
		});
	}

}
