package no.avtaleportal.meeting;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Published, inside the publishing transaction, when approved minutes are published: every
 * reader of the agreement now sees them, with their decisions and action items.
 *
 * @param agreementId the agreement whose steering group met
 * @param steeringGroupId the steering group
 * @param meetingId the meeting
 * @param meetingDay the day the meeting was held (Oslo time)
 * @param publishedAt when they were published
 */
public record MinutesPublished(long agreementId, long steeringGroupId, long meetingId, LocalDate meetingDay,
		Instant publishedAt) {
}
