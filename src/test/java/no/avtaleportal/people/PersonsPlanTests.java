package no.avtaleportal.people;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import no.avtaleportal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages name a different number of persons from one request to the next. Reading 1, 2, … 12 of
 * them is one statement on a connection, whose plan PostgreSQL reuses, not one statement per
 * number (as an IN list was), each planned anew (issue 15). One transaction, so one connection,
 * whose prepared statements PostgreSQL lists.
 */
@PortalTest
class PersonsPlanTests {

	@Autowired
	private People people;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void anyNumberOfPersonsIsReadByOneStatementWhosePlanIsReused() {
		List<Long> ids = this.jdbc.sql("select id from person order by id limit 12").query(Long.class).list();
		assertThat(ids).hasSize(12);
		List<Map<String, Object>> plans = this.transactions.execute(transaction -> {
			for (int count = 1; count <= ids.size(); count++) {
				assertThat(this.people.persons(ids.subList(0, count))).as("persons read").hasSize(count)
					.containsOnlyKeys(ids.subList(0, count));
			}
			return this.jdbc.sql("""
					select generic_plans, custom_plans from pg_prepared_statements
					where statement like '%organisation o on o.id = p.organisation_id where p.id %'""").query().listOfRows();
		});
		// the driver prepares a statement on its fifth call and PostgreSQL plans the first five
		// executions of a prepared one for their parameters: 8 of the 12 calls, the last 3 reusing the plan
		assertThat(plans).as("statements that read persons").hasSize(1);
		assertThat(((Number) plans.get(0).get("generic_plans")).longValue()).as("reused the plan: %s", plans)
			.isGreaterThanOrEqualTo(3);
	}

}
