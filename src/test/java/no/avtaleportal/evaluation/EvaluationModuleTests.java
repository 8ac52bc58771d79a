package no.avtaleportal.evaluation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;

import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.agreement.Agreements.SteeringGroupFacts;
import no.avtaleportal.meeting.MeetingDecisions;
import no.avtaleportal.meeting.MeetingDecisions.DecisionView;
import no.avtaleportal.meeting.MinutesApproved;
import no.avtaleportal.support.ModuleTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evaluations module on its own (with the modules it uses, no web server): when minutes that
 * hold the continuation decision an evaluation proposed are approved ({@link MinutesApproved}, as
 * the meetings module announces it), the evaluation is treated with the decision's number and the
 * meeting's day, its dossier is frozen, and the outcome is applied to the agreement; minutes
 * without that decision change nothing. The event is published as the meetings module publishes
 * it, in a transaction ({@link Scenario}, which commits), so each test sets the NTNU–NHO
 * agreement's example evaluation aside first and puts the agreement back afterwards
 * ({@link EvaluationFixture}). All the modules it uses, also indirectly: the agreements module
 * needs the accounts module, which the evaluations module itself only names.
 */
@ModuleTest(BootstrapMode.ALL_DEPENDENCIES)
class EvaluationModuleTests {

	private static final int MONTHS = 24;

	private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private EvaluationRepository evaluations;

	@Autowired
	private MeetingDecisions meetings;

	@Autowired
	private Agreements agreements;

	private EvaluationFixture fixture;

	@BeforeEach
	void setAsideTheExampleEvaluation() {
		// only its bookkeeping is used here, not its pages
		this.fixture = new EvaluationFixture(null, this.jdbc);
	}

	@AfterEach
	void restore() {
		this.fixture.restore();
	}

	@Test
	void approvedMinutesWithTheProposedExtensionTreatTheEvaluationAndExtendTheTerm(Scenario scenario) {
		DecisionView decision = exampleDecision("Etter evalueringen");
		proposeExtension(decision);
		LocalDate endBefore = this.fixture.endDate();

		scenario.publish(approved(decision))
			.andWaitForStateChange(() -> evaluation().getStatus(), status -> status == EvaluationStatus.TREATED)
			.andVerify(status -> {
				Evaluation evaluation = evaluation();
				assertThat(evaluation.getDecisionNumber()).isEqualTo(decision.number()).isNotBlank();
				assertThat(evaluation.getDecidedOn()).isEqualTo(decision.meetingDay());
				assertThat(evaluation.getOutcome()).isEqualTo(Outcome.EXTEND);
				assertThat(evaluation.getDossier()).isNotBlank();
				assertThat(this.fixture.endDate()).isEqualTo(endBefore.plusMonths(MONTHS));
			});
	}

	@Test
	void approvedMinutesWithoutTheProposedDecisionChangeNothing(Scenario scenario) {
		DecisionView proposed = exampleDecision("Etter evalueringen");
		DecisionView other = exampleDecision("Styringsgruppen tar statusrapporten");
		assertThat(other.id()).isNotEqualTo(proposed.id());
		proposeExtension(proposed);
		LocalDate endBefore = this.fixture.endDate();

		scenario.publish(approved(other)).andWaitForEventOfType(MinutesApproved.class).toArriveAndVerify(event -> {
			Evaluation evaluation = evaluation();
			assertThat(evaluation.getStatus()).isEqualTo(EvaluationStatus.IN_PROGRESS);
			assertThat(evaluation.getDecisionNumber()).isNull();
			assertThat(evaluation.getDecidedOn()).isNull();
			assertThat(evaluation.getDossier()).isNull();
			assertThat(this.fixture.endDate()).isEqualTo(endBefore);
		});
	}

	/**
	 * The evaluation of the agreement proposes a {@value #MONTHS}-month extension in the decision,
	 * as the demo's example does ({@link DemoEvaluations}); committed, for the event's transaction
	 * to see it.
	 */
	private void proposeExtension(DecisionView decision) {
		this.transactions.executeWithoutResult(status -> this.evaluations
			.saveAndFlush(new Evaluation(this.fixture.agreementId))
			.propose(decision.meetingId(), decision.id(), Outcome.EXTEND, MONTHS, null, List.of()));
		assertThat(evaluation().getStatus()).isEqualTo(EvaluationStatus.IN_PROGRESS);
	}

	/** The decision in the demo's example meetings of the agreement's steering group. */
	private DecisionView exampleDecision(String opening) {
		return this.meetings.exampleDecision(this.fixture.agreementId, opening).orElseThrow();
	}

	/**
	 * What the meetings module announced when the example minutes holding the decision were approved,
	 * eleven days after the meeting: history, so that the meetings module's own listener sends no
	 * notices ({@code MeetingNotices}) that would outlast the test.
	 */
	private MinutesApproved approved(DecisionView decision) {
		SteeringGroupFacts group = this.agreements.steeringGroups()
			.stream()
			.filter(candidate -> candidate.agreementId() == this.fixture.agreementId)
			.findFirst()
			.orElseThrow();
		return new MinutesApproved(group.agreementId(), group.id(), decision.meetingId(), decision.meetingDay(),
				decision.meetingDay().plusDays(11).atTime(LocalTime.NOON).atZone(OSLO).toInstant(),
				group.partyOrganisationIds(),
				List.of(new MinutesApproved.ApprovedDecision(decision.id(), decision.number(), decision.text())));
	}

	private Evaluation evaluation() {
		return this.evaluations.findByAgreementId(this.fixture.agreementId).orElseThrow();
	}

}
