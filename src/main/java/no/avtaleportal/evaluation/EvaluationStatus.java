package no.avtaleportal.evaluation;

/**
 * How far the evaluation has come. Labels: {@code EvaluationStatus.<NAME>}.
 */
public enum EvaluationStatus {

	/** Nothing recorded yet. */
	NOT_STARTED,

	/** Assessments or a proposed decision are being written. */
	IN_PROGRESS,

	/** Treated: the decision is approved in the minutes and the dossier is frozen. */
	TREATED

}
