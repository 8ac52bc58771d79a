package no.avtaleportal.notification;

import java.util.Set;

import no.avtaleportal.account.Role;

/**
 * The kinds of notice the portal sends. Each has a subject, a text and a call to action in the
 * message bundles ({@code notification.kind.<NAME>.subject}, {@code .body}, {@code .action}, filled
 * with the notice's arguments), a label ({@code NoticeKind.<NAME>}) and a default choice per role,
 * which each person may change on their notification settings page.
 */
public enum NoticeKind {

	/** The secretary sent the meeting notice (innkalling) with the agenda. */
	MEETING_NOTICE,
	/** The meeting was moved after its notice went out: the updated notice. */
	MEETING_NOTICE_UPDATED,
	/** A meeting whose notice went out was cancelled. */
	MEETING_CANCELLED,
	/** Minutes were submitted for approval: to the members who may approve. */
	MINUTES_SUBMITTED,
	/** Minutes still wait for a party's approval some days after they were submitted. */
	MINUTES_APPROVAL_REMINDER,
	/** Minutes were approved by both parties. */
	MINUTES_APPROVED,
	/** Minutes were published: to the steering group. */
	MINUTES_PUBLISHED,
	/** An action item of agreed minutes has an owner: to the owner. */
	ACTION_ITEM_ASSIGNED,
	/** An action item is due in seven days: to its owner. */
	ACTION_ITEM_DUE,
	/** An action item is overdue: to its owner every week, and to the secretary. */
	ACTION_ITEM_OVERDUE,
	/** The secretary asks for status updates before a meeting. */
	STATUS_ROUND_OPENED,
	/** A status update asked for is still missing two days before the deadline. */
	STATUS_ROUND_REMINDER,
	/** The agreement's evaluation window opens: to the steering group and the secretary. */
	EVALUATION_WINDOW,
	/** The agreement expires in six, three or one month(s): to the steering group and the secretary. */
	AGREEMENT_EXPIRY;

	/**
	 * How someone with these roles gets this kind by mail unless they chose otherwise: those who
	 * must act (the steering group, the secretary, owners and contributors asked for a status) at
	 * once; news that asks nothing of them (published or approved minutes, for readers and
	 * contributors) in the weekly digest; administrators with no other role in the digest.
	 */
	public DeliveryChoice defaultFor(Set<Role> roles) {
		boolean insider = roles.contains(Role.STEERING_GROUP) || roles.contains(Role.SECRETARY);
		if (!insider && (this == MINUTES_PUBLISHED || this == MINUTES_APPROVED)) {
			return DeliveryChoice.WEEKLY;
		}
		if (roles.equals(Set.of(Role.ADMIN))) {
			return DeliveryChoice.WEEKLY;
		}
		return DeliveryChoice.IMMEDIATE;
	}

}
