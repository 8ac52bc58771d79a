package no.avtaleportal.notification;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * What makes a notice survive a failure: the event publication registry keeps every notice until
 * its listener has completed (Spring Modulith JDBC, table {@code event_publication}); on start the
 * portal hands the unfinished ones to their listeners again
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}), and every few minutes
 * ({@code avtaleportal.notifications.resubmit-cron}) those that have waited longer than
 * {@code avtaleportal.notifications.resubmit-after} (5 minutes), on one instance (ShedLock).
 * Listeners run after the commit on threads of their own ({@code @EnableAsync}).
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class IncompleteNotices {

	private final IncompleteEventPublications publications;

	private final Duration after;

	IncompleteNotices(IncompleteEventPublications publications,
			@Value("${avtaleportal.notifications.resubmit-after:PT5M}") Duration after) {
		this.publications = publications;
		this.after = after;
	}

	@Scheduled(cron = "${avtaleportal.notifications.resubmit-cron:0 */5 * * * *}", zone = "Europe/Oslo")
	@SchedulerLock(name = "notification-resubmit")
	void resubmit() {
		this.publications.resubmitIncompletePublicationsOlderThan(this.after);
	}

}
