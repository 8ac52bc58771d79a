package no.avtaleportal.meeting;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The meetings' figures for operations: how many minutes are submitted and wait for a party's
 * approval, counted by the database each time the metrics are read.
 */
@Component
class MinutesMetrics {

	MinutesMetrics(JdbcClient jdbc, MeterRegistry meters) {
		Gauge.builder("avtaleportal.minutes.awaiting.approval",
				() -> jdbc.sql("select count(*) from meeting where minutes_status = 'SUBMITTED'").query(Long.class).single())
			.description("Minutes submitted for approval and not yet approved by both parties")
			.register(meters);
	}

}
