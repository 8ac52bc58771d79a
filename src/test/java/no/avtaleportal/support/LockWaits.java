package no.avtaleportal.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a test that holds a row learns from PostgreSQL about the requests it makes wait: how many
 * backends of the test's database wait for another's lock while running a statement that names
 * the table, so that it releases the row only once they all wait.
 */
public final class LockWaits {

	private LockWaits() {
	}

	/** The backends waiting for a lock whose statement matches {@code table} (a regular expression). */
	public static long waitingOn(JdbcClient jdbc, String table) {
		return jdbc.sql("""
				select count(*) from pg_stat_activity
				where datname = current_database() and cardinality(pg_blocking_pids(pid)) > 0
				  and query ~ :table""")
			.param("table", table)
			.query(Long.class)
			.single();
	}

}
