package no.avtaleportal.meeting;

/**
 * Published, inside the publishing transaction, when a meeting's approved minutes are published
 * (issue 18: the steering group is told).
 *
 * @param meetingId the meeting
 */
public record MinutesPublished(long meetingId) {
}
