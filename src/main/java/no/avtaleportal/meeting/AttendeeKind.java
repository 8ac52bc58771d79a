package no.avtaleportal.meeting;

/**
 * Why someone is on the attendance list. Labels: {@code AttendeeKind.<NAME>}.
 */
enum AttendeeKind {

	MEMBER, SECRETARY, GUEST

}
