package no.avtaleportal.people;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import no.avtaleportal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages name a different number of persons from one request to the next. Reading 1, 2, … 12 of
 * them is one statement on a connection, whose plan PostgreSQL reuses, not one statement per
 * number (as an IN list was), each planned anew (issue 15); so is checking which of a steering
 * group's roles a person holds. One transaction, so one connection,
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

	@Autowired
	private DataSource dataSource;

	@Test
	void anyNumberOfPersonsIsReadByOneStatementWhosePlanIsReused() throws SQLException {
		List<Long> ids = this.jdbc.sql("select id from person order by id limit 12").query(Long.class).list();
		assertThat(ids).hasSize(12);
		assertOnePlanReused("persons read", "%organisation o on o.id = p.organisation_id where p.id %", () -> {
			for (int count = 1; count <= ids.size(); count++) {
				assertThat(this.people.persons(ids.subList(0, count))).as("persons read").hasSize(count)
					.containsOnlyKeys(ids.subList(0, count));
			}
		});
	}

	@Test
	void anyNumberOfRolesIsCheckedByOneStatementWhosePlanIsReused() throws SQLException {
		// which of a steering group's roles a person holds: asked on every page that shows a steering group
		Map<String, Object> holder = this.jdbc.sql("""
				select person_id, role_id, valid_from from role_assignment order by id limit 1""").query().singleRow();
		long personId = ((Number) holder.get("person_id")).longValue();
		long heldRole = ((Number) holder.get("role_id")).longValue();
		LocalDate day = ((java.sql.Date) holder.get("valid_from")).toLocalDate();
		// other roles asked about beside it, 0 to 11 of them (ids no role has: held by no one)
		List<Long> others = java.util.stream.LongStream.rangeClosed(1, 11).map(each -> -each).boxed().toList();
		assertOnePlanReused("roles held", "%from role_assignment a where a.role_id = r.id%", () -> {
			for (int count = 0; count <= others.size(); count++) {
				List<Long> asked = new ArrayList<>(others.subList(0, count));
				asked.add(heldRole);
				assertThat(this.people.rolesHeld(personId, asked, day)).as("roles held among %s", asked)
					.containsKey(heldRole);
			}
		});
	}

	/**
	 * Makes the 12 calls in one transaction (so on one connection, a new one) and checks that they were one
	 * prepared statement, whose text is like the pattern, and that PostgreSQL reused its plan: the
	 * driver prepares a statement on its fifth call and PostgreSQL plans the first five executions of
	 * a prepared one for their parameters, 8 of the 12 calls, so the last 3 reuse the plan.
	 */
	private void assertOnePlanReused(String what, String pattern, Runnable calls) throws SQLException {
		// on a connection of its own: PostgreSQL chooses between a generic and a custom plan from the
		// statement's earlier runs on the connection, which other tests' runs would decide otherwise
		this.dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
		List<Map<String, Object>> plans = this.transactions.execute(transaction -> {
			calls.run();
			return this.jdbc.sql("select generic_plans, custom_plans from pg_prepared_statements where statement like ?")
				.param(pattern)
				.query()
				.listOfRows();
		});
		assertThat(plans).as("statements of the %s", what).hasSize(1);
		assertThat(((Number) plans.get(0).get("generic_plans")).longValue()).as("reused the plan: %s", plans)
			.isGreaterThanOrEqualTo(3);
	}

}
