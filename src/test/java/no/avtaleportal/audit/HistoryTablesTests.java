package no.avtaleportal.audit;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.avtaleportal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A history page reads the versions of one record (and of its parts), not those of every record of
 * the table: each history table ({@code _aud}, whose key is the revision and then the record) has an
 * index led by the record's column and then the revision, in which a record's versions stand in
 * the order the page reads them (issue 15). Without it, one activity's history read the versions
 * of all activities, as many as their status updates.
 */
@PortalTest
class HistoryTablesTests {

	@Autowired
	private JdbcClient jdbc;

	@Test
	void everyHistoryTableFindsARecordsVersionsByTheRecord() {
		Map<String, Boolean> indexed = new TreeMap<>();
		this.jdbc.sql("""
				select t.relname || ' (' || r.attname || ')',
				       exists (select 1 from pg_index i where i.indrelid = t.oid
				               and i.indkey[0] = k.conkey[2] and i.indkey[1] = k.conkey[1])
				from pg_constraint k
				join pg_class t on t.oid = k.conrelid
				join pg_attribute r on r.attrelid = t.oid and r.attnum = k.conkey[2]
				where k.contype = 'p' and t.relname like '%\\_aud'
				and t.relnamespace = current_schema()::regnamespace""")
			.query(rs -> {
				indexed.put(rs.getString(1), rs.getBoolean(2));
			});
		assertThat(indexed.keySet()).as("the history tables, each keyed by the revision and then its record")
			.hasSizeGreaterThan(20)
			.contains("activity_aud (id)", "meeting_aud (id)", "user_account_role_aud (account_id)");
		assertThat(indexed.entrySet().stream().filter(table -> !table.getValue()).map(Map.Entry::getKey))
			.as("history tables without an index led by the record and then the revision")
			.isEmpty();
	}

}
