package no.avtaleportal.meeting;

/**
 * What happened to the minutes. Labels: {@code MinutesEventKind.<NAME>}.
 */
enum MinutesEventKind {

	SUBMITTED, RETURNED, APPROVED, PUBLISHED, COMMENT, ADDENDUM

}
