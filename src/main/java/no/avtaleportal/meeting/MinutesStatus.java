package no.avtaleportal.meeting;

import java.util.Set;

import no.avtaleportal.web.Badge;

/**
 * Where the minutes are on their way from draft to published, and which step each status allows:
 * the one home of the minutes' state machine ({@link Meeting} takes the steps). Labels:
 * {@code MinutesStatus.<NAME>}.
 */
public enum MinutesStatus implements Badge {

	/** The secretary and the members write them. */
	DRAFT,

	/** Locked; the members comment and approve. */
	SUBMITTED,

	/** Approved by a member of each party; decisions have their numbers. */
	APPROVED,

	/** Visible to every reader and never changed again (corrections are addenda). */
	PUBLISHED;

	/** Published minutes are done; every other status is neutral. */
	@Override
	public String style() {
		return (this == PUBLISHED) ? "status-ok" : "status-neutral";
	}

	/** The statuses the minutes may move to from this one. */
	Set<MinutesStatus> next() {
		return switch (this) {
			case DRAFT -> Set.of(SUBMITTED);
			case SUBMITTED -> Set.of(DRAFT, APPROVED);
			case APPROVED -> Set.of(PUBLISHED);
			case PUBLISHED -> Set.of();
		};
	}

	/** Whether the minutes may move from this status to the target. */
	boolean canMoveTo(MinutesStatus target) {
		return next().contains(target);
	}

	/** Whether the content (agenda, attendance, notes, decisions, action items) may change. */
	boolean isEditable() {
		return this == DRAFT;
	}

	/** Whether the steering group may still comment: before approval. */
	boolean isOpenForComments() {
		return this == DRAFT || this == SUBMITTED;
	}

	/**
	 * Whether the minutes are agreed: approved by a member of each party (and maybe published). Their
	 * decisions have numbers and are in force, their action items are to be done.
	 */
	public boolean isAgreed() {
		return this == APPROVED || this == PUBLISHED;
	}

}
