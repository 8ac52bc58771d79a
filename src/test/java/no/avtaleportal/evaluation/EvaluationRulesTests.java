package no.avtaleportal.evaluation;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.avtaleportal.agreement.AgreementDeadlines.EvaluationWindow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The evaluation's own rules, on the entity alone (no Spring, no database): started by the first
 * assessment, a decision proposed with what its outcome needs, treated once with the frozen
 * dossier, and done, due or overdue from the agreement's window.
 */
class EvaluationRulesTests {

	private static final LocalDate MEETING = LocalDate.of(2030, 3, 12);

	@Test
	void theFirstAssessmentStartsTheEvaluation() {
		Evaluation evaluation = new Evaluation(5);
		assertThat(evaluation.getStatus()).isEqualTo(EvaluationStatus.NOT_STARTED);
		evaluation.start();
		assertThat(evaluation.getStatus()).isEqualTo(EvaluationStatus.IN_PROGRESS);
		evaluation.start();
		assertThat(evaluation.getStatus()).isEqualTo(EvaluationStatus.IN_PROGRESS);
	}

	@Test
	void aProposedDecisionKeepsOnlyWhatItsOutcomeNeeds() {
		Evaluation evaluation = new Evaluation(5);
		evaluation.propose(10, 20, Outcome.EXTEND, 24, LocalDate.of(2031, 1, 1), List.of(3L));
		assertThat(evaluation.getStatus()).isEqualTo(EvaluationStatus.IN_PROGRESS);
		assertThat(evaluation.getMeetingId()).isEqualTo(10);
		assertThat(evaluation.getDecisionId()).isEqualTo(20);
		assertThat(evaluation.getExtensionMonths()).isEqualTo(24);
		assertThat(evaluation.getEndOn()).isNull();
		assertThat(evaluation.getCarryOver()).isEmpty();

		evaluation.propose(11, 21, Outcome.RENEGOTIATE, 24, null, List.of(3L, 4L));
		assertThat(evaluation.getExtensionMonths()).isNull();
		assertThat(evaluation.getCarryOver()).containsExactly(3L, 4L);

		evaluation.propose(12, 22, Outcome.END, null, LocalDate.of(2031, 1, 1), List.of());
		assertThat(evaluation.getEndOn()).isEqualTo(LocalDate.of(2031, 1, 1));
		assertThat(evaluation.getCarryOver()).isEmpty();
		assertThat(evaluation.getDecisionId()).isEqualTo(22);
	}

	@Test
	void anExtensionNeedsItsMonthsAndAnEndingItsDay() {
		Evaluation evaluation = new Evaluation(5);
		assertThatThrownBy(() -> evaluation.propose(10, 20, Outcome.EXTEND, null, null, List.of()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> evaluation.propose(10, 20, Outcome.EXTEND, 0, null, List.of()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> evaluation.propose(10, 20, Outcome.END, null, null, List.of()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(evaluation.getStatus()).isEqualTo(EvaluationStatus.NOT_STARTED);
	}

	@Test
	void aTreatedEvaluationIsTreatedOnceAndTakesNoNewDecision() {
		Evaluation evaluation = new Evaluation(5);
		evaluation.propose(10, 20, Outcome.CONTINUE, null, null, List.of());
		evaluation.treat("05/2030", MEETING, "{}");
		assertThat(evaluation.isTreated()).isTrue();
		assertThat(evaluation.getDecisionNumber()).isEqualTo("05/2030");
		assertThat(evaluation.getDecidedOn()).isEqualTo(MEETING);
		assertThat(evaluation.getDossier()).isEqualTo("{}");

		assertThatThrownBy(() -> evaluation.treat("06/2030", MEETING, "{}")).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> evaluation.propose(11, 21, Outcome.CONTINUE, null, null, List.of()))
			.isInstanceOf(IllegalStateException.class);
		assertThat(evaluation.getDecisionNumber()).isEqualTo("05/2030");
	}

	@Test
	void theStateFollowsTheWindowUntilTreated() {
		assertThat(EvaluationState.of(EvaluationWindow.NONE, EvaluationStatus.NOT_STARTED))
			.isEqualTo(EvaluationState.NONE);
		assertThat(EvaluationState.of(EvaluationWindow.NOT_DUE, EvaluationStatus.IN_PROGRESS))
			.isEqualTo(EvaluationState.NOT_DUE);
		assertThat(EvaluationState.of(EvaluationWindow.DUE, EvaluationStatus.IN_PROGRESS)).isEqualTo(EvaluationState.DUE);
		assertThat(EvaluationState.of(EvaluationWindow.CLOSED, EvaluationStatus.NOT_STARTED))
			.isEqualTo(EvaluationState.OVERDUE);
		assertThat(EvaluationState.of(EvaluationWindow.CLOSED, EvaluationStatus.TREATED)).isEqualTo(EvaluationState.DONE);
	}

}
