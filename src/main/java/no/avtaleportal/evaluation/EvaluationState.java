package no.avtaleportal.evaluation;

import no.avtaleportal.agreement.AgreementDeadlines.EvaluationWindow;

/**
 * The evaluation as DESIGN.md §4 asks for it: done, due or overdue, from the agreement's window
 * and whether the evaluation has been treated. Labels: {@code EvaluationState.<NAME>}.
 */
public enum EvaluationState {

	/** The agreement sets no evaluation. */
	NONE,

	/** The window has not opened. */
	NOT_DUE,

	/** The window is open and the evaluation is not treated. */
	DUE,

	/** The window has closed and the evaluation is not treated. */
	OVERDUE,

	/** Treated. */
	DONE;

	static EvaluationState of(EvaluationWindow window, EvaluationStatus status) {
		if (status == EvaluationStatus.TREATED) {
			return DONE;
		}
		return switch (window) {
			case NONE -> NONE;
			case NOT_DUE -> NOT_DUE;
			case DUE -> DUE;
			case CLOSED -> OVERDUE;
		};
	}

}
