package no.avtaleportal.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.agreement.Agreements.SteeringGroupFacts;

/**
 * The steps of the minutes that other features hear of: submitting them ({@link MinutesSubmitted}),
 * the approval that completes them ({@link MinutesApproved}) and publishing them
 * ({@link MinutesPublished}), each event published in the step's transaction. Once a member of
 * each party has approved, each decision gets the number of its case, given when the case was
 * put on the agenda ({@link CaseNumbers}), so that the numbers follow the meetings whatever the
 * order of approval. Whether a step is allowed is the meeting's rule ({@link Meeting}).
 */
@Service
class MinutesWorkflow {

	private final Clock clock;

	private final ApplicationEventPublisher events;

	MinutesWorkflow(Clock clock, ApplicationEventPublisher events) {
		this.clock = clock;
		this.events = events;
	}

	@Transactional
	void submit(Meeting meeting, Meeting.Actor actor, SteeringGroupFacts group) {
		submit(meeting, actor, group, this.clock.instant());
	}

	/** Submits the minutes as of the moment (the demo's history; the pages submit now). */
	@Transactional
	void submit(Meeting meeting, Meeting.Actor actor, SteeringGroupFacts group, Instant at) {
		meeting.submit(actor, at);
		this.events.publishEvent(new MinutesSubmitted(group.agreementId(), group.id(), meeting.getId(),
				dayOf(meeting), at, group.partyOrganisationIds()));
	}

	@Transactional
	void approve(Meeting meeting, Meeting.Actor actor, SteeringGroupFacts group) {
		approve(meeting, actor, group, this.clock.instant());
	}

	/**
	 * Records the member's approval for their party; the approval that completes the minutes
	 * numbers their decisions and publishes {@link MinutesApproved}.
	 */
	@Transactional
	void approve(Meeting meeting, Meeting.Actor actor, SteeringGroupFacts group, Instant at) {
		if (meeting.approve(actor, at, group.partyOrganisationIds())) {
			meeting.decisionsInAgendaOrder().forEach(Decision::numberAsItsCase);
			this.events.publishEvent(new MinutesApproved(group.agreementId(), group.id(), meeting.getId(),
					dayOf(meeting), at, group.partyOrganisationIds(),
					meeting.decisionsInAgendaOrder()
						.stream()
						.map(decision -> new MinutesApproved.ApprovedDecision(decision.getId(), decision.getNumber(),
								decision.getText()))
						.toList()));
		}
	}

	@Transactional
	void publish(Meeting meeting, Meeting.Actor actor, SteeringGroupFacts group) {
		publish(meeting, actor, group, this.clock.instant());
	}

	/** Publishes the minutes as of the moment (the demo's history; the pages publish now). */
	@Transactional
	void publish(Meeting meeting, Meeting.Actor actor, SteeringGroupFacts group, Instant at) {
		meeting.publish(actor, at);
		this.events.publishEvent(
				new MinutesPublished(group.agreementId(), group.id(), meeting.getId(), dayOf(meeting), at));
	}

	private static LocalDate dayOf(Meeting meeting) {
		return meeting.getStartsAt().toLocalDate();
	}

}
