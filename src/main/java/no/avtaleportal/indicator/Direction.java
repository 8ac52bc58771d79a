package no.avtaleportal.indicator;

/**
 * Whether a higher or a lower value is better.
 */
public enum Direction {

	HIGHER, LOWER;

	/** Whether {@code value} is at least as good as {@code than}. */
	boolean atLeastAsGood(java.math.BigDecimal value, java.math.BigDecimal than) {
		int comparison = value.compareTo(than);
		return (this == HIGHER) ? comparison >= 0 : comparison <= 0;
	}

}
