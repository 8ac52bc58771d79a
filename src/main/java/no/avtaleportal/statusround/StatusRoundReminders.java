package no.avtaleportal.statusround;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning, on one instance: the rounds whose deadline is two days off get their reminder
 * ({@code avtaleportal.status-rounds.reminder-cron}, {@code -} turns it off). Running it twice,
 * on two instances or after a restart, reminds each round once ({@link StatusRounds#remindDue()}).
 */
@Component
class StatusRoundReminders {

	private final StatusRounds rounds;

	StatusRoundReminders(StatusRounds rounds) {
		this.rounds = rounds;
	}

	@Scheduled(cron = "${avtaleportal.status-rounds.reminder-cron:0 0 7 * * *}", zone = "Europe/Oslo")
	@SchedulerLock(name = "status-round-reminders", lockAtLeastFor = "PT1M")
	public void remind() {
		this.rounds.remindDue();
	}

}
