package no.avtaleportal.evaluation;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import no.avtaleportal.agreement.AgreementOverview;
import no.avtaleportal.meeting.MeetingDecisions.DecisionView;
import no.avtaleportal.meeting.MeetingDecisions.DraftMeeting;
import no.avtaleportal.web.SelectOption;

/**
 * Everything the evaluation page and its decision form show, as the signed-in user may see it.
 *
 * @param evaluation the evaluation, or {@code null} before anything is recorded
 * @param dossier the frozen dossier once treated, else compiled now
 * @param assessments the submitted assessments and the user's own party's draft
 * @param own the user's party's assessment, if any
 * @param inSteeringGroup whether the user is a member or the secretary of the steering group, who do
 * its work and see its draft minutes
 * @param ofParty whether the user belongs to one of the parties
 * @param decision the proposed (or approved) decision, if any
 * @param draftMeetings meetings whose draft minutes the user may propose the decision into
 * @param openActivities activities still open, which a renegotiation may carry over (the form lists them)
 * @param decisionWithheld whether a decision is proposed or approved in minutes that the user,
 * outside the steering group, sees only once they are published
 * @param decisionsWithheld how many of the dossier's decisions are left out for the same reason
 */
public record EvaluationPage(AgreementOverview overview, Evaluation evaluation, EvaluationState state,
		EvaluationStatus status, Dossier dossier, boolean frozen, List<Assessment> assessments, Assessment own,
		boolean inSteeringGroup, boolean ofParty, DecisionView decision,
		List<DraftMeeting> draftMeetings, List<Evaluations.ExtensionOption> extensionOptions,
		List<Dossier.ActivityLine> openActivities, List<Long> focusAreaIds, boolean decisionWithheld,
		int decisionsWithheld) {

	/**
	 * Whether the user writes their party's assessment: a member or the secretary of the steering
	 * group from one of the parties, until the party has submitted it or the evaluation is treated.
	 */
	public boolean mayAssess() {
		return writesForParty() && !this.frozen && (this.own == null || !this.own.isSubmitted());
	}

	/** Whether the user is in the steering group for one of the parties, who write their party's assessment. */
	public boolean writesForParty() {
		return this.inSteeringGroup && this.ofParty;
	}

	/** Whether the user may propose the decision now: not treated, none pending, a draft to put it in. */
	public boolean mayPropose() {
		return !this.frozen && this.decision == null && !this.draftMeetings.isEmpty();
	}

	public long version() {
		return (this.evaluation != null) ? this.evaluation.getVersion() : 0;
	}

	/** The dossier's part for the focus area. */
	public Dossier.Area area(long focusAreaId) {
		return this.dossier.areas()
			.stream()
			.filter(area -> area.id() == focusAreaId)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no focus area " + focusAreaId));
	}

	/** The outcomes a decision may have, as the choices of its form. */
	public List<SelectOption> outcomes() {
		return Arrays.stream(Outcome.values()).map(SelectOption::of).toList();
	}

	/** Whether a party has submitted its assessment. */
	public boolean anySubmitted() {
		return this.assessments.stream().anyMatch(Assessment::isSubmitted);
	}

	/** A party's short name ("NTNU"), by its organisation's id. */
	public String partyName(long organisationId) {
		return Objects.requireNonNullElse(this.overview.partyName(organisationId), "");
	}

}
