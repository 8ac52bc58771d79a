package no.avtaleportal.evaluation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.activity.ActivityRecords;
import no.avtaleportal.agreement.AgreementView;
import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.agreement.Agreements.Topic;
import no.avtaleportal.agreement.ContinuationDecisions;
import no.avtaleportal.meeting.MinutesApproved;

/**
 * Applies the outcome of a proposed continuation decision when the minutes that hold it are approved by both
 * parties, in the approving transaction: the evaluation is treated and its dossier frozen, and
 * the agreement is extended, ended or given a draft successor (with the chosen open activities
 * carried over), or runs on unchanged. A decision in minutes that are never approved changes nothing.
 */
@Component
class OutcomeApplier {

	private final EvaluationRepository repository;

	private final Evaluations evaluations;

	private final ContinuationDecisions agreementDecisions;

	private final Agreements agreements;

	private final ActivityRecords activities;

	private final DossierCompiler dossiers;

	private final MessageSource messages;

	OutcomeApplier(EvaluationRepository repository, Evaluations evaluations,
			ContinuationDecisions agreementDecisions, Agreements agreements, ActivityRecords activities,
			DossierCompiler dossiers, MessageSource messages) {
		this.repository = repository;
		this.evaluations = evaluations;
		this.agreementDecisions = agreementDecisions;
		this.agreements = agreements;
		this.activities = activities;
		this.dossiers = dossiers;
		this.messages = messages;
	}

	/**
	 * Applies the evaluation's decision if it is in the approved minutes, with the number the event
	 * carries: the meetings feature is not asked back.
	 */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(MinutesApproved approved) {
		if (approved.decisions().isEmpty()) {
			return;
		}
		for (Evaluation evaluation : this.repository.findByDecisionIdIn(approved.decisionIds())) {
			if (!evaluation.isTreated()) {
				apply(evaluation, approved.meetingDay(),
						approved.decision(evaluation.getDecisionId()).map(MinutesApproved.ApprovedDecision::number).orElse(null));
			}
		}
	}

	/**
	 * Treats the evaluation with its approved decision (numbered), taken at the meeting on the day,
	 * and applies the outcome; the dossier is frozen as the period stood on the day of that meeting
	 * (or at the end of the evaluation window, if earlier), however much later the minutes are approved.
	 */
	void apply(Evaluation evaluation, LocalDate meetingDay, String number) {
		long agreementId = evaluation.getAgreementId();
		AgreementView agreement = this.agreementDecisions.agreement(agreementId);
		Dossier dossier = this.evaluations.compile(agreement, meetingDay);
		evaluation.treat(number, meetingDay, this.dossiers.toJson(dossier));
		switch (evaluation.getOutcome()) {
			case CONTINUE -> {
			}
			case EXTEND -> this.agreementDecisions.extend(agreementId, evaluation.getExtensionMonths(),
					meetingDay, number);
			case END -> this.agreementDecisions.end(agreementId, evaluation.getEndOn());
			case RENEGOTIATE -> renegotiate(evaluation, agreement);
		}
	}

	private void renegotiate(Evaluation evaluation, AgreementView agreement) {
		ContinuationDecisions.Successor successor = this.agreementDecisions.draftSuccessor(agreement.id(),
				this.messages.getMessage("evaluation.successor.title", new Object[] { agreement.title() },
						Evaluations.BOKMAL));
		evaluation.succeededBy(successor.id());
		Map<Long, Long> areas = new HashMap<>();
		List<Topic> topics = this.agreements.topics(agreement.id());
		topics.stream()
			.filter(Topic::focusArea)
			.forEach(topic -> areas.put(topic.id(), successor.focusAreaIds().get(topic.code())));
		this.activities.carryOver(evaluation.getCarryOver(), areas, successor.commitmentIds());
	}

}
