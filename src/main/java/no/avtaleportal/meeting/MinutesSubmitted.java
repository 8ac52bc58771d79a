package no.avtaleportal.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Published, inside the submitting transaction, when a meeting's minutes are submitted for
 * approval: a member of each party is now asked to approve them.
 *
 * @param agreementId the agreement whose steering group met
 * @param steeringGroupId the steering group
 * @param meetingId the meeting
 * @param meetingDay the day the meeting was held (Oslo time)
 * @param submittedAt when they were submitted
 * @param partyOrganisationIds the parties to the agreement, each of which approves
 */
public record MinutesSubmitted(long agreementId, long steeringGroupId, long meetingId, LocalDate meetingDay,
		Instant submittedAt, List<Long> partyOrganisationIds) {

	public MinutesSubmitted {
		partyOrganisationIds = List.copyOf(partyOrganisationIds);
	}

}
