package no.avtaleportal.meeting;

/**
 * Whether a meeting is still ahead, was held or was called off. Labels: {@code MeetingStatus.<NAME>}.
 */
public enum MeetingStatus {

	PLANNED, HELD, CANCELLED

}
