package no.avtaleportal.activity;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.avtaleportal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demo mode (which the tests run in) brings about a dozen example activities with histories from
 * autumn 2023, and a few example documents, all marked as example data.
 */
@PortalTest
class DemoActivitiesTests {

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private DemoActivities demo;

	@Test
	void demoModeLoadsExampleActivitiesWithTheirHistoriesOnce() {
		long examples = this.jdbc.sql("select count(*) from activity where example").query(Long.class).single();
		assertThat(examples).isBetween(10L, 15L);
		this.demo.load();
		assertThat(this.jdbc.sql("select count(*) from activity where example").query(Long.class).single())
			.isEqualTo(examples);
		LocalDate first = this.jdbc.sql("""
				select min(u.written_on) from status_update u join activity a on a.id = u.activity_id where a.example""")
			.query(LocalDate.class)
			.single();
		assertThat(first).isBetween(LocalDate.of(2023, 8, 1), LocalDate.of(2023, 12, 31));
		assertThat(this.jdbc.sql("select count(distinct status) from activity where example").query(Long.class).single())
			.isEqualTo(ActivityStatus.values().length);
		assertThat(this.jdbc.sql("""
				select count(*) from document d join document_content c on c.document_id = d.id
				where d.example and d.content_type = 'application/pdf'""").query(Long.class).single()).isBetween(3L, 6L);
	}

}
