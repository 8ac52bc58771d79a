package no.avtaleportal.meeting;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approval that completes the minutes: once a member of each party has approved, each
 * decision gets the number of its case, given when the case was put on the agenda
 * ({@link CaseNumbers}), so that the numbers follow the meetings whatever the order of approval.
 * Completing the approval publishes {@link MinutesApproved} in the same transaction.
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
	void approve(Meeting meeting, Meeting.Actor actor, List<Long> partyOrganisationIds) {
		approve(meeting, actor, partyOrganisationIds, this.clock.instant());
	}

	@Transactional
	void approve(Meeting meeting, Meeting.Actor actor, List<Long> partyOrganisationIds, java.time.Instant at) {
		if (meeting.approve(actor, at, partyOrganisationIds)) {
			numberDecisions(meeting);
			this.events.publishEvent(new MinutesApproved(meeting.getId(),
					meeting.getStartsAt().withZoneSameInstant(Meeting.OSLO).toLocalDate(),
					meeting.decisionsInAgendaOrder().stream().map(Decision::getId).toList()));
		}
	}

	/** Tells the other features that the meeting's minutes were submitted (issue 18). */
	void submitted(long meetingId) {
		this.events.publishEvent(new MinutesSubmitted(meetingId));
	}

	/** Tells the other features that the meeting's minutes were published (issue 18). */
	void published(long meetingId) {
		this.events.publishEvent(new MinutesPublished(meetingId));
	}

	private static void numberDecisions(Meeting meeting) {
		meeting.decisionsInAgendaOrder().forEach(Decision::numberAsItsCase);
	}

}
