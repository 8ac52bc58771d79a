package no.avtaleportal.notification;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Has a notice sent, for code that has no event publisher at hand: the notice is published in
 * the caller's transaction (or a new one), kept by the event publication registry and handled
 * once that transaction has committed.
 */
@Service
public class Notifications {

	private final ApplicationEventPublisher events;

	Notifications(ApplicationEventPublisher events) {
		this.events = events;
	}

	@Transactional
	public void send(Notice notice) {
		this.events.publishEvent(notice);
	}

}
