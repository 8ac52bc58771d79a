package no.avtaleportal.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.agreement.Agreements.SteeringGroupFacts;
import no.avtaleportal.people.People;
import no.avtaleportal.support.ModuleTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The meetings module on its own (with the modules it uses, no web server): the minutes' workflow
 * announces {@link MinutesApproved} when, and only when, a member of each party has approved them,
 * and the event carries what the listeners in other features need. Driven through the module's
 * aggregate and {@link MinutesWorkflow} as the pages drive them, each test in a transaction that
 * is rolled back, so that it leaves nothing in the shared database (not through a {@code Scenario},
 * whose stimulus always commits in a new transaction).
 */
@ModuleTest
@Transactional
class MeetingModuleTests {

	private static final LocalDate DAY = LocalDate.of(2033, 2, 14);

	private static final String PLAN = "Styringsgruppen slutter seg til handlingsplanen for 2033.";

	private static final String SEMINAR = "NTNU og NHO holder et felles seminar høsten 2033.";

	@Autowired
	private MeetingRepository meetings;

	@Autowired
	private MinutesWorkflow workflow;

	@Autowired
	private SteeringGroupAccess access;

	@Autowired
	private CaseNumbers caseNumbers;

	@Autowired
	private Agreements agreements;

	@Autowired
	private People people;

	@Autowired
	private EntityManager entityManager;

	@Test
	void minutesApprovedByAMemberOfEachPartyAnnounceTheNumberedDecisions(AssertablePublishedEvents events) {
		long ntnu = organisation("NTNU");
		long nho = organisation("NHO");
		SteeringGroupFacts group = this.agreements.steeringGroups()
			.stream()
			.filter(candidate -> candidate.partyOrganisationIds().containsAll(List.of(ntnu, nho)))
			.findFirst()
			.orElseThrow();
		Meeting meeting = heldMeetingWithTwoDecisions(group);
		Meeting.Actor secretary = new Meeting.Actor("sekretaer", "Ingrid Berg", null);
		this.workflow.submit(meeting, secretary, group, at(14));
		this.workflow.approve(meeting, new Meeting.Actor("prorektor", "Kari Nordmann", ntnu), group, at(15));

		// one party is not enough: nothing is approved and nobody hears of it
		assertThat(meeting.getMinutesStatus()).isEqualTo(MinutesStatus.SUBMITTED);
		assertThat(events.ofType(MinutesApproved.class)).isEmpty();
		assertThat(events.ofType(MinutesSubmitted.class)).singleElement()
			.extracting(MinutesSubmitted::meetingId)
			.isEqualTo(meeting.getId());

		Instant approvedAt = at(16);
		this.workflow.approve(meeting, new Meeting.Actor("avdelingsdirektor", "Ola Hansen", nho), group, approvedAt);

		assertThat(events.ofType(MinutesApproved.class)).singleElement().satisfies(approved -> {
			assertThat(approved.meetingId()).isEqualTo(meeting.getId());
			assertThat(approved.agreementId()).isEqualTo(group.agreementId());
			assertThat(approved.steeringGroupId()).isEqualTo(group.id());
			assertThat(approved.meetingDay()).isEqualTo(DAY);
			assertThat(approved.approvedAt()).isEqualTo(approvedAt);
			assertThat(approved.partyOrganisationIds()).containsExactlyInAnyOrder(ntnu, nho);
			// in agenda order, each with the number its case got on the agenda (counted per year)
			assertThat(approved.decisions()).extracting(MinutesApproved.ApprovedDecision::text)
				.containsExactly(PLAN, SEMINAR);
			assertThat(approved.decisions()).extracting(MinutesApproved.ApprovedDecision::id)
				.containsExactly(decision(meeting, PLAN).getId(), decision(meeting, SEMINAR).getId());
			assertThat(approved.decisions()).extracting(MinutesApproved.ApprovedDecision::number)
				.containsExactly(meeting.getAgenda().get(0).getCaseNumber(), meeting.getAgenda().get(1).getCaseNumber())
				.allMatch(number -> number.matches("\\d\\d/2033"))
				.doesNotHaveDuplicates();
		});
		assertThat(meeting.getMinutesStatus()).isEqualTo(MinutesStatus.APPROVED);
		assertThat(decision(meeting, PLAN).getNumber()).isEqualTo(meeting.getAgenda().get(0).getCaseNumber());
	}

	/**
	 * A meeting of the steering group on {@link #DAY}, held, with two cases on the agenda and a
	 * decision in each, in the database.
	 */
	private Meeting heldMeetingWithTwoDecisions(SteeringGroupFacts group) {
		Meeting meeting = new Meeting(group.id(), ZonedDateTime.of(DAY, LocalTime.of(10, 0), Meeting.OSLO), 120,
				"Gløshaugen, Trondheim", null);
		this.access.invite(meeting, group);
		meeting.addAgendaItem("Handlingsplan for 2033", "Kari Nordmann", 30, AgendaItem.Topics.NONE);
		meeting.addAgendaItem("Felles seminar", "Ola Hansen", 20, AgendaItem.Topics.NONE);
		this.meetings.save(meeting);
		this.caseNumbers.assign(meeting);
		// the second case's decision first: the event lists them in agenda order all the same
		meeting.addDecision(meeting.getAgenda().get(1).getId(), SEMINAR);
		meeting.addDecision(meeting.getAgenda().get(0).getId(), PLAN);
		meeting.markHeld(at(12));
		this.entityManager.flush();
		return meeting;
	}

	private static Decision decision(Meeting meeting, String text) {
		return meeting.decisionsInAgendaOrder().stream().filter(decision -> decision.getText().equals(text)).findFirst().orElseThrow();
	}

	private long organisation(String shortName) {
		return this.people.organisationByShortName(shortName).orElseThrow().id();
	}

	private static Instant at(int hour) {
		return ZonedDateTime.of(DAY, LocalTime.of(hour, 0), Meeting.OSLO).toInstant();
	}

}
