package no.avtaleportal.meeting;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approval that completes the minutes: once a member of each party has approved, the
 * decisions get their numbers, {@code SG-<year>-<nn>} counted per year of the meeting. The year's
 * counter row is locked while numbers are handed out, so two approvals at the same moment never
 * share a number, and a draft that is never approved uses none up. Completing the approval
 * publishes {@link MinutesApproved} in the same transaction.
 */
@Service
class MinutesWorkflow {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	MinutesWorkflow(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
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

	private void numberDecisions(Meeting meeting) {
		List<Decision> decisions = meeting.decisionsInAgendaOrder();
		if (decisions.isEmpty()) {
			return;
		}
		int year = meeting.getStartsAt().getYear();
		this.jdbc.sql("insert into decision_counter (year, last_number) values (:year, 0) on conflict do nothing")
			.param("year", year)
			.update();
		int last = this.jdbc.sql("select last_number from decision_counter where year = :year for update")
			.param("year", year)
			.query(Integer.class)
			.single();
		for (Decision decision : decisions) {
			decision.number(year, ++last);
		}
		this.jdbc.sql("update decision_counter set last_number = :last where year = :year")
			.param("last", last)
			.param("year", year)
			.update();
	}

}
