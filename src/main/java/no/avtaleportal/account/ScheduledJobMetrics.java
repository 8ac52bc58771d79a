package no.avtaleportal.account;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.ScheduledTaskObservationContext;
import org.springframework.stereotype.Component;

/**
 * Each scheduled job's last run and its outcome, for operations (issue 21): the gauges
 * {@code avtaleportal.scheduled.job.last.run} (when it last ended, seconds since 1970) and
 * {@code avtaleportal.scheduled.job.last.success} (1 when that run succeeded, 0 when it failed),
 * tagged with the job ({@code LoginThrottle.purgeOldFailures}). Scheduled methods are observed
 * through Spring's scheduling observations, which this also switches on; a run that finds another
 * instance holding the job's ShedLock lock counts as a successful run that did nothing.
 */
@Component
class ScheduledJobMetrics implements SchedulingConfigurer, ObservationHandler<ScheduledTaskObservationContext> {

	private final ObjectProvider<ObservationRegistry> observations;

	private final MeterRegistry meters;

	private final Clock clock;

	private final Map<String, LastRun> lastRuns = new ConcurrentHashMap<>();

	ScheduledJobMetrics(ObjectProvider<ObservationRegistry> observations, MeterRegistry meters, Clock clock) {
		this.observations = observations;
		this.meters = meters;
		this.clock = clock;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.setObservationRegistry(this.observations.getIfAvailable(() -> ObservationRegistry.NOOP));
	}

	@Override
	public boolean supportsContext(Observation.Context context) {
		return context instanceof ScheduledTaskObservationContext;
	}

	@Override
	public void onStop(ScheduledTaskObservationContext context) {
		String job = context.getTargetClass().getSimpleName() + "." + context.getMethod().getName();
		LastRun run = this.lastRuns.computeIfAbsent(job, this::register);
		run.endedAtMillis = this.clock.millis();
		run.succeeded = context.getError() == null;
	}

	private LastRun register(String job) {
		LastRun run = new LastRun();
		TimeGauge.builder("avtaleportal.scheduled.job.last.run", run, TimeUnit.MILLISECONDS, last -> last.endedAtMillis)
			.description("When the scheduled job last ended")
			.tag("job", job)
			.register(this.meters);
		Gauge.builder("avtaleportal.scheduled.job.last.success", run, last -> last.succeeded ? 1 : 0)
			.description("1 when the scheduled job's last run succeeded, 0 when it failed")
			.tag("job", job)
			.register(this.meters);
		return run;
	}

	private static final class LastRun {

		private volatile double endedAtMillis;

		private volatile boolean succeeded;

	}

}
