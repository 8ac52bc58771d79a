package no.avtaleportal.statusround;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import no.avtaleportal.notification.Notice;
import no.avtaleportal.notification.NoticeKind;
import no.avtaleportal.statusround.StatusRequest.RequestedActivity;
import no.avtaleportal.web.Formats;
import no.avtaleportal.web.PublicAddress;

/**
 * What a status round tells people, as {@link Notice}s published in the transaction that opens
 * the round (or claims its reminder): each person asked gets one mail listing their activities,
 * each with the link to its update form; the reminder lists only the activities not yet
 * answered. The call to action leads to the one activity's form, or to "Mine oppgaver" where
 * all of them are. Each notice has a key, so it goes once.
 */
@Component
class StatusRoundNotices {

	private final ApplicationEventPublisher events;

	private final PublicAddress publicAddress;

	StatusRoundNotices(ApplicationEventPublisher events, PublicAddress publicAddress) {
		this.events = events;
		this.publicAddress = publicAddress;
	}

	@EventListener
	void on(StatusRoundOpened opened) {
		for (StatusRequest request : opened.requests()) {
			this.events.publishEvent(Notice
				.toPeople(NoticeKind.STATUS_ROUND_OPENED, List.of(request.personId()), path(request),
						opened.agreementTitle(), Formats.date(opened.deadline()),
						String.valueOf(request.activities().size()))
				.withDetails(lines(request))
				.once("status-round:" + opened.roundId() + ":" + request.personId()));
		}
	}

	@EventListener
	void on(StatusRoundReminderDue due) {
		for (StatusRequest request : due.notAnswered()) {
			this.events.publishEvent(Notice
				.toPeople(NoticeKind.STATUS_ROUND_REMINDER, List.of(request.personId()), path(request),
						due.agreementTitle(), Formats.date(due.deadline()))
				.withDetails(lines(request))
				.once("status-round-reminder:" + due.roundId() + ":" + request.personId()));
		}
	}

	private static String path(StatusRequest request) {
		return (request.activities().size() == 1) ? request.activities().get(0).path() : "/tasks";
	}

	/** Each activity with the address of its update form, as the mail lists them. */
	private List<String> lines(StatusRequest request) {
		String root = root();
		return request.activities().stream().map(activity -> line(activity, root)).toList();
	}

	private String root() {
		try {
			return this.publicAddress.root().build().toUriString();
		}
		catch (IllegalStateException ex) {
			// the reminder job: no request, and no public address configured; the path alone
			return "";
		}
	}

	private static String line(RequestedActivity activity, String root) {
		return activity.title() + ": " + root + activity.path();
	}

}
