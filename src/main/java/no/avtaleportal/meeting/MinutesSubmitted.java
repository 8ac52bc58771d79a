package no.avtaleportal.meeting;

/**
 * Published, inside the submitting transaction, when a meeting's minutes are submitted for
 * approval (issue 18: the members who may approve are told).
 *
 * @param meetingId the meeting
 */
public record MinutesSubmitted(long meetingId) {
}
