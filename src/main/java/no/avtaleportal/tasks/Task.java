package no.avtaleportal.tasks;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * One thing the signed-in person is asked to do, with what its line on "Mine oppgaver" shows.
 *
 * @param kind what is asked, which decides the words and the action
 * @param urgentFrom the day it became (or becomes) urgent: a due date, a deadline, or the day of
 * the meeting whose minutes wait; the earlier, the higher on the list
 * @param due the deadline to show, if the task has one
 * @param title what the task is about (an activity's title, an action item's text); empty for
 * tasks described by their kind alone
 * @param context where it belongs (the agreement), for someone with several
 * @param id the object the action works on (meeting, action item, activity, round, account)
 * @param meetingId the meeting of an action item or of minutes, else 0
 * @param version the object's version, for an action that checks it
 * @param day a day the words name (the meeting's day, the last update)
 * @param names parties or people the words name (who has not approved yet)
 * @param answered for a round's progress: how many have answered
 * @param asked for a round's progress: how many were asked
 */
public record Task(Kind kind, LocalDate urgentFrom, LocalDate due, String title, String context, long id, long meetingId,
		long version, LocalDate day, List<String> names, int answered, int asked) {

	/** Approvals first (the directors' one job here), then the earliest urgent, then by kind. */
	static final Comparator<Task> MOST_URGENT_FIRST = Comparator
		.comparing((Task task) -> task.kind() != Kind.APPROVAL)
		.thenComparing(Task::urgentFrom, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Task::kind)
		.thenComparing(Task::id);

	public boolean isOverdueOn(LocalDate today) {
		return this.due != null && this.due.isBefore(today);
	}

	/**
	 * What is asked. The label of each is {@code tasks.kind.<NAME>}.
	 */
	public enum Kind {

		/** Submitted minutes wait for the member's party. */
		APPROVAL,
		/** A status round asks for an update of the activity. */
		STATUS_ROUND_UPDATE,
		/** An agreed action item the person owns. */
		ACTION_ITEM,
		/** The secretary sends the notice of a coming meeting. */
		NOTICE,
		/** The secretary sends the notice again: the meeting was moved after it went out. */
		NOTICE_UPDATE,
		/** The secretary writes the minutes of a past meeting. */
		MINUTES_DRAFT,
		/** Submitted minutes wait for a party's approval (the secretary follows them up). */
		MINUTES_WAITING,
		/** Approved minutes wait to be published. */
		MINUTES_PUBLISH,
		/** The secretary follows an open status round. */
		STATUS_ROUND_PROGRESS,
		/** An open activity without a status update for 90 days. */
		STALE_ACTIVITY,
		/** An invitation nobody has used (administrators). */
		INVITATION,
		/** A mail the mail server refused or could not take (administrators). */
		FAILED_DELIVERY

	}

}
