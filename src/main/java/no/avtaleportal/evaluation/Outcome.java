package no.avtaleportal.evaluation;

/**
 * What the parties decide about the agreement after the evaluation (and what a party recommends).
 * Labels: {@code Outcome.<NAME>}.
 */
public enum Outcome {

	/** The agreement runs on unchanged. */
	CONTINUE,

	/** The term is extended to a new end date. */
	EXTEND,

	/** A new agreement is negotiated; a draft successor starts from this one. */
	RENEGOTIATE,

	/** The agreement ends on a chosen date. */
	END

}
