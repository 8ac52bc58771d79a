package no.avtaleportal.agreement;

/**
 * What a delegation makes a role responsible for. Labels are message keys {@code DelegationScope.<NAME>}.
 */
public enum DelegationScope {

	/** The overall responsibility for the agreement. */
	WHOLE_AGREEMENT,

	/** The activities and projects under one focus area. */
	FOCUS_AREA,

	/** Following up the agreement day to day. */
	FOLLOW_UP

}
