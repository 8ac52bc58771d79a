package no.avtaleportal.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.modulith.NamedInterface;

/**
 * Published, inside the approving transaction, when a meeting's minutes become approved by a
 * member of each party: the decisions in them now carry their numbers and are in force. It carries
 * what listeners in other features need, so that they do not ask the meetings feature back: the
 * evaluation applies the decision it proposed (see {@link MeetingDecisions#propose}) with the number
 * given here.
 *
 * @param agreementId the agreement whose steering group met
 * @param steeringGroupId the steering group
 * @param meetingId the meeting
 * @param meetingDay the day the meeting was held (Oslo time)
 * @param approvedAt when the last party's approval completed the approval
 * @param partyOrganisationIds the parties to the agreement, who approved
 * @param decisions the decisions in the minutes, in agenda order, with their numbers
 */
@NamedInterface("api")
public record MinutesApproved(long agreementId, long steeringGroupId, long meetingId, LocalDate meetingDay,
		Instant approvedAt, List<Long> partyOrganisationIds, List<ApprovedDecision> decisions) {

	public MinutesApproved {
		partyOrganisationIds = List.copyOf(partyOrganisationIds);
		decisions = List.copyOf(decisions);
	}

	/** The ids of the decisions in the minutes. */
	public List<Long> decisionIds() {
		return this.decisions.stream().map(ApprovedDecision::id).toList();
	}

	/** The decision with the id, if it is in these minutes. */
	public Optional<ApprovedDecision> decision(long decisionId) {
		return this.decisions.stream().filter(decision -> decision.id() == decisionId).findFirst();
	}

	/**
	 * A decision in the approved minutes: its number (that of its case) and text.
	 */
	public record ApprovedDecision(long id, String number, String text) {
	}

}
