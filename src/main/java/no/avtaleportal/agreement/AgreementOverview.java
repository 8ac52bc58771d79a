package no.avtaleportal.agreement;

import java.time.LocalDate;
import java.util.List;

import org.springframework.modulith.NamedInterface;

import no.avtaleportal.agreement.Agreements.FocusAreaView;

/**
 * One agreement as the dashboards see it on a day: its term and status, what its own dates require
 * next, its parties, focus areas and commitments, and the steering group's yearly minimum. Views
 * only: nothing in it is an entity of this module.
 *
 * @param agreement the agreement
 * @param day the day everything is computed for
 * @param status the status on that day
 * @param daysLeft days left on that day, or {@code null} when not in force
 * @param deadlines what the agreement's dates require on that day
 * @param parties the parties' short names, in the agreement's order
 * @param partyIds the parties' organisation ids, in the same order
 * @param focusAreas the focus areas in order, each with its commitments in order
 * @param minimumMeetingsPerYear the steering group's minimum meetings a year (0 without a group)
 */
@NamedInterface("api")
public record AgreementOverview(AgreementView agreement, LocalDate day, AgreementStatus status, Long daysLeft,
		AgreementDeadlines deadlines, List<String> parties, List<Long> partyIds, List<FocusAreaView> focusAreas,
		int minimumMeetingsPerYear) {

	public long id() {
		return this.agreement.id();
	}

	/** The short name of the party with the organisation id, or {@code null} when it is none. */
	public String partyName(long organisationId) {
		int party = this.partyIds.indexOf(organisationId);
		return (party >= 0) ? this.parties.get(party) : null;
	}

}
