package no.avtaleportal.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.agreement.Agreements.SteeringGroupFacts;
import no.avtaleportal.agreement.SteeringGroupPeople;
import no.avtaleportal.agreement.SteeringGroupPeople.Insiders;
import no.avtaleportal.notification.Notice;
import no.avtaleportal.notification.NoticeKind;
import no.avtaleportal.web.Formats;

/**
 * What the steering group's work tells people (issue 18), as {@link Notice}s published in the
 * transaction that makes it true: minutes submitted → the members who may approve; approved →
 * the steering group, and each action item's owner; published → the steering group. Every
 * morning ({@code avtaleportal.notifications.meeting-reminders-cron}, 06.00, on one instance) it
 * reminds: minutes waiting {@code avtaleportal.notifications.approval-reminder-days} (3) days →
 * the members of the party that has not approved; an action item due in seven days → its owner;
 * overdue → its owner every week, and the secretary. Each reminder has a key, so it goes once.
 */
@Component
class MeetingNotices {

	/** Steps of the minutes older than this are history, not news (see {@link #isNews}). */
	static final int NEWS_DAYS = 7;

	private final MeetingRepository meetings;

	private final SteeringGroupAccess access;

	private final SteeringGroupPeople people;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final int approvalReminderDays;

	MeetingNotices(MeetingRepository meetings, SteeringGroupAccess access, SteeringGroupPeople people, ApplicationEventPublisher events,
			Clock clock, @Value("${avtaleportal.notifications.approval-reminder-days:3}") int approvalReminderDays) {
		this.meetings = meetings;
		this.access = access;
		this.people = people;
		this.events = events;
		this.clock = clock;
		this.approvalReminderDays = approvalReminderDays;
	}

	@EventListener
	void on(MinutesSubmitted submitted) {
		if (!isNews(submitted.submittedAt())) {
			return;
		}
		Meeting meeting = meeting(submitted.meetingId());
		publish(Notice.toPeople(NoticeKind.MINUTES_SUBMITTED, group(meeting).members().keySet(), path(meeting),
				day(meeting)));
	}

	@EventListener
	void on(MinutesApproved approved) {
		if (!isNews(approved.approvedAt())) {
			return;
		}
		Meeting meeting = meeting(approved.meetingId());
		publish(Notice.toPeople(NoticeKind.MINUTES_APPROVED, group(meeting).everyone(), path(meeting), day(meeting)));
		for (ActionItem action : meeting.getActionItems()) {
			if (action.getOwnerPersonId() != null && !action.isDone()) {
				publish(Notice
					.toPeople(NoticeKind.ACTION_ITEM_ASSIGNED, List.of(action.getOwnerPersonId()), path(meeting),
							action.getText(), due(action), day(meeting))
					.once("action-assigned:" + action.getId()));
			}
		}
	}

	@EventListener
	void on(MinutesPublished published) {
		if (!isNews(published.publishedAt())) {
			return;
		}
		Meeting meeting = meeting(published.meetingId());
		publish(Notice.toPeople(NoticeKind.MINUTES_PUBLISHED, group(meeting).everyone(), path(meeting), day(meeting)));
	}

	/**
	 * The morning's reminders. Each steering group's facts and today's people are read once, however
	 * many minutes wait and action items are due (a large portal has hundreds of them on a morning).
	 */
	@Scheduled(cron = "${avtaleportal.notifications.meeting-reminders-cron:0 0 6 * * *}", zone = "Europe/Oslo")
	@SchedulerLock(name = "meeting-reminders")
	@Transactional
	void remind() {
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.now(this.clock.withZone(Meeting.OSLO));
		Groups groups = new Groups(today);
		for (Meeting meeting : this.meetings.findWithEventsByMinutesStatus(MinutesStatus.SUBMITTED)) {
			remindOfApproval(meeting, now, groups);
		}
		for (ActionItem action : this.meetings.findOpenAgreedActionItemsDueBy(today.plusDays(7))) {
			remindOf(action, today, groups);
		}
	}

	private void remindOfApproval(Meeting meeting, Instant now, Groups groups) {
		Instant submittedAt = meeting.getEvents()
			.stream()
			.filter(event -> event.getKind() == MinutesEventKind.SUBMITTED)
			.map(MinutesEvent::getOccurredAt)
			.reduce((first, second) -> second)
			.orElse(null);
		if (submittedAt == null || submittedAt.plus(Duration.ofDays(this.approvalReminderDays)).isAfter(now)) {
			return;
		}
		Set<Long> approved = meeting.approvedParties(groups.facts(meeting).partyOrganisationIds());
		List<Long> waiting = groups.people(meeting)
			.members()
			.entrySet()
			.stream()
			.filter(member -> !approved.contains(member.getValue()))
			.map(Map.Entry::getKey)
			.toList();
		if (!waiting.isEmpty()) {
			publish(Notice
				.toPeople(NoticeKind.MINUTES_APPROVAL_REMINDER, waiting, path(meeting), day(meeting),
						String.valueOf(ChronoUnit.DAYS.between(submittedAt, now)))
				.once("minutes-approval:" + meeting.getId() + ":" + submittedAt.toEpochMilli()));
		}
	}

	private void remindOf(ActionItem action, LocalDate today, Groups groups) {
		Meeting meeting = action.getMeeting();
		LocalDate due = action.getDueDate();
		if (action.getOwnerPersonId() == null || due == null) {
			return;
		}
		if (!due.isBefore(today)) {
			publish(Notice
				.toPeople(NoticeKind.ACTION_ITEM_DUE, List.of(action.getOwnerPersonId()), path(meeting),
						action.getText(), due(action))
				.once("action-due:" + action.getId() + ":" + due));
			return;
		}
		long week = ChronoUnit.DAYS.between(due, today) / 7;
		Set<Long> recipients = new TreeSet<>(groups.people(meeting).secretaries());
		recipients.add(action.getOwnerPersonId());
		publish(Notice
			.toPeople(NoticeKind.ACTION_ITEM_OVERDUE, recipients, path(meeting), action.getText(), due(action),
					action.getOwnerName())
			.once("action-overdue:" + action.getId() + ":" + due + ":" + week));
	}

	/**
	 * Whether a step is news: one recorded as having happened more than {@value #NEWS_DAYS} days
	 * ago (the demo's history of meetings, an import) tells nobody anything.
	 */
	private boolean isNews(Instant at) {
		return !at.isBefore(this.clock.instant().minus(Duration.ofDays(NEWS_DAYS)));
	}

	private void publish(Notice notice) {
		this.events.publishEvent(notice);
	}

	private Meeting meeting(long id) {
		return this.meetings.findById(id).orElseThrow();
	}

	/** Today's members of the meeting's steering group (with their parties) and its secretaries. */
	private Insiders group(Meeting meeting) {
		return this.people.on(facts(meeting), LocalDate.now(this.clock.withZone(Meeting.OSLO)));
	}

	private SteeringGroupFacts facts(Meeting meeting) {
		return this.access.group(meeting);
	}

	private static String path(Meeting meeting) {
		return "/meetings/" + meeting.getId();
	}

	private static String day(Meeting meeting) {
		return Formats.date(meeting.getStartsAt().toLocalDate());
	}

	private static String due(ActionItem action) {
		return (action.getDueDate() != null) ? Formats.date(action.getDueDate()) : "–";
	}

	/**
	 * The steering groups of one morning's reminders: their facts read at once, each group's people
	 * when first needed, and kept for the morning (a transaction that writes, which {@code ReadOnce}
	 * leaves alone).
	 */
	private final class Groups {

		private final LocalDate today;

		private final Map<Long, SteeringGroupFacts> facts = MeetingNotices.this.access.groups();

		private final Map<Long, Insiders> people = new HashMap<>();

		Groups(LocalDate today) {
			this.today = today;
		}

		SteeringGroupFacts facts(Meeting meeting) {
			return this.facts.get(meeting.getSteeringGroupId());
		}

		Insiders people(Meeting meeting) {
			return this.people.computeIfAbsent(meeting.getSteeringGroupId(),
					id -> MeetingNotices.this.people.on(facts(meeting), this.today));
		}

	}

}
