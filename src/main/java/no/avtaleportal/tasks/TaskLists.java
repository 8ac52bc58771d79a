package no.avtaleportal.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.account.PendingInvitations;
import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.activity.ActivityTasks;
import no.avtaleportal.activity.ActivityTasks.OpenActivity;
import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.agreement.Agreements.FocusAreaView;
import no.avtaleportal.meeting.MeetingTasks;
import no.avtaleportal.meeting.MinutesStatus;
import no.avtaleportal.notification.FailedDeliveries;
import no.avtaleportal.statusround.StatusRounds;
import no.avtaleportal.tasks.Task.Kind;

/**
 * Puts the signed-in person's "Mine oppgaver" together: asks each module once for its part and
 * orders the whole most urgent first. A fixed number of statements, whatever the amount of data.
 */
@Service
@Transactional(readOnly = true)
class TaskLists {

	/** An open activity without a status update for this long is a task for its responsible person. */
	static final int STALE_AFTER_DAYS = 90;

	/** A meeting's notice is urgent this many days before the meeting. */
	static final int NOTICE_DAYS_AHEAD = 14;

	private final Agreements agreements;

	private final MeetingTasks meetings;

	private final ActivityTasks activities;

	private final PendingInvitations invitations;

	private final StatusRounds rounds;

	private final FailedDeliveries failedDeliveries;

	private final Clock clock;

	TaskLists(Agreements agreements, MeetingTasks meetings, ActivityTasks activities, PendingInvitations invitations,
			StatusRounds rounds, FailedDeliveries failedDeliveries, Clock clock) {
		this.failedDeliveries = failedDeliveries;
		this.rounds = rounds;
		this.agreements = agreements;
		this.meetings = meetings;
		this.activities = activities;
		this.invitations = invitations;
		this.clock = clock;
	}

	/** How many of the failed mails the list shows (the outbox has them all). */
	static final int FAILED_DELIVERIES_SHOWN = 5;

	/**
	 * The person's tasks, most urgent first.
	 *
	 * @param tasks the tasks
	 * @param moreFailedDeliveries failed mails beyond those in the list (an administrator's)
	 */
	public record MyTasks(List<Task> tasks, long total, long moreFailedDeliveries) {
	}

	/**
	 * The person's most urgent tasks, at most {@code limit} of them, and how many there are in all.
	 * The action items and the activities without an update, which can be many, are read only as
	 * far as the list goes.
	 */
	MyTasks of(SignedInUser user, int limit) {
		LocalDate today = LocalDate.now(this.clock);
		List<Task> tasks = new ArrayList<>();
		long notListed = 0;
		MeetingTasks.Tasks meeting = this.meetings.of(user, limit);
		notListed += meeting.actionItemCount() - meeting.actionItems().size();
		meeting.approvals()
			.forEach(approval -> tasks.add(new Task(Kind.APPROVAL, approval.startsAt().toLocalDate(), null, "",
					approval.agreementTitle(), approval.meetingId(), approval.meetingId(), approval.version(),
					approval.startsAt().toLocalDate(), List.of(), 0, 0)));
		meeting.minutes()
			.forEach(minutes -> tasks.add(new Task(kindOf(minutes.status()), minutes.startsAt().toLocalDate(), null, "",
					minutes.agreementTitle(), minutes.meetingId(), minutes.meetingId(), 0,
					minutes.startsAt().toLocalDate(), minutes.waitingFor(), 0, 0)));
		meeting.notices()
			.forEach(notice -> tasks.add(new Task(notice.update() ? Kind.NOTICE_UPDATE : Kind.NOTICE,
					notice.startsAt().toLocalDate().minusDays(NOTICE_DAYS_AHEAD), null, "", notice.agreementTitle(),
					notice.meetingId(), notice.meetingId(), 0, notice.startsAt().toLocalDate(), List.of(), 0, 0)));
		meeting.actionItems()
			.forEach(item -> tasks.add(new Task(Kind.ACTION_ITEM, item.dueDate(), item.dueDate(), item.text(),
					item.agreementTitle(), item.id(), item.meetingId(), 0, null, List.of(), 0, 0)));
		StatusRounds.Tasks rounds = this.rounds.tasksOf(user);
		rounds.progress()
			.forEach(summary -> tasks.add(new Task(Kind.STATUS_ROUND_PROGRESS, summary.round().deadline(),
					summary.round().deadline(), "", summary.agreementTitle(), summary.round().id(), 0, 0, null, List.of(),
					summary.answered(), summary.asked())));
		if (user.getPersonId() != null) {
			List<FocusAreaView> areas = this.agreements.focusAreasVisibleTo(user);
			Set<Long> asked = new HashSet<>();
			rounds.requests().forEach(request -> {
				if (asked.add(request.activity().id())) {
					tasks.add(new Task(Kind.STATUS_ROUND_UPDATE, request.deadline(), request.deadline(),
							request.activity().title(), agreementOf(areas, request.activity().focusAreaId()),
							request.activity().id(), 0, 0, null, List.of(), 0, 0));
				}
			});
			ActivityTasks.Stale stale = this.activities.staleFor(user.getPersonId(),
					areas.stream().map(FocusAreaView::id).toList(), today.minusDays(STALE_AFTER_DAYS), asked,
					this.clock.getZone(), limit);
			for (OpenActivity activity : stale.activities()) {
				tasks.add(new Task(Kind.STALE_ACTIVITY, lastUpdate(activity).plusDays(STALE_AFTER_DAYS), null,
						activity.title(), agreementOf(areas, activity.focusAreaId()), activity.id(), 0, 0,
						activity.lastUpdateOn(), List.of(), 0, 0));
			}
			notListed += stale.total() - stale.activities().size();
		}
		this.invitations.visibleTo(user)
			.forEach(pending -> {
				LocalDate expires = pending.expiresAt().atZone(this.clock.getZone()).toLocalDate();
				tasks.add(new Task(Kind.INVITATION, expires, expires, pending.displayName(), "", pending.accountId(), 0,
						0, null, List.of(), 0, 0));
			});
		FailedDeliveries.Failures failures = this.failedDeliveries.visibleTo(user, FAILED_DELIVERIES_SHOWN);
		failures.latest().forEach(failed -> {
			LocalDate day = failed.failedAt().atZone(this.clock.getZone()).toLocalDate();
			tasks.add(new Task(Kind.FAILED_DELIVERY, day, null, failed.subject(), failed.recipient(), failed.deliveryId(), 0,
					0, day, (failed.reason() != null) ? List.of(failed.reason()) : List.of(), 0, 0));
		});
		tasks.sort(Task.MOST_URGENT_FIRST);
		// each kind's first (limit) hold the first (limit) of all
		return new MyTasks(tasks.subList(0, Math.min(limit, tasks.size())), tasks.size() + notListed,
				failures.total() - failures.latest().size());
	}

	/** The day of the last status update, or the day the activity was registered before the first. */
	private LocalDate lastUpdate(OpenActivity activity) {
		return (activity.lastUpdateOn() != null) ? activity.lastUpdateOn()
				: activity.createdAt().atZone(this.clock.getZone()).toLocalDate();
	}

	private static String agreementOf(List<FocusAreaView> areas, long focusAreaId) {
		return areas.stream()
			.filter(area -> area.id() == focusAreaId)
			.map(FocusAreaView::agreementTitle)
			.findFirst()
			.orElse("");
	}

	private static Kind kindOf(MinutesStatus status) {
		return switch (status) {
			case DRAFT -> Kind.MINUTES_DRAFT;
			case SUBMITTED -> Kind.MINUTES_WAITING;
			default -> Kind.MINUTES_PUBLISH;
		};
	}

}
