package no.avtaleportal.meeting;

/**
 * Where the minutes are on their way from draft to published. Labels: {@code MinutesStatus.<NAME>}.
 */
public enum MinutesStatus {

	/** The secretary and the members write them. */
	DRAFT,

	/** Locked; the members comment and approve. */
	SUBMITTED,

	/** Approved by a member of each party; decisions have their numbers. */
	APPROVED,

	/** Visible to every reader and never changed again (corrections are addenda). */
	PUBLISHED

}
