package no.avtaleportal.account;

import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.scheduling.support.ScheduledMethodRunnable;

import no.avtaleportal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scheduled job's last run and outcome reach the management port's metrics (issue 21). The test
 * runs the job the way the scheduler does, since the tests keep the clock-driven runs off.
 */
@PortalTest
class ScheduledJobMetricsTests {

	@LocalManagementPort
	int managementPort;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	ObservationRegistry observations;

	@Test
	void aScheduledJobsLastRunAndOutcomeAreGauges() throws Exception {
		Method purge = AopUtils.selectInvocableMethod(LoginThrottle.class.getMethod("purgeOldFailures"), this.throttle.getClass());
		new ScheduledMethodRunnable(this.throttle, purge, null, () -> this.observations).run();

		String metrics = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.managementPort + "/actuator/prometheus")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		assertThat(metrics)
			.containsPattern("(?m)^avtaleportal_scheduled_job_last_run_seconds\\{job=\"LoginThrottle.purgeOldFailures\"} [1-9]")
			.containsPattern("(?m)^avtaleportal_scheduled_job_last_success\\{job=\"LoginThrottle.purgeOldFailures\"} 1.0$");
	}

}
