package no.avtaleportal.indicator;

import java.math.BigDecimal;

/**
 * What an indicator counts: courses, events or inputs (whole numbers), persons (whole numbers), or
 * a share in per cent (0 to 100, with decimals).
 */
public enum Unit {

	COUNT, PERSONS, PERCENT;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/**
	 * The message key of why the value does not fit the unit, or {@code null} when it does.
	 */
	String problemWith(BigDecimal value) {
		if (value.signum() < 0) {
			return "indicator.value.negative";
		}
		if (this == PERCENT) {
			return (value.compareTo(HUNDRED) > 0) ? "indicator.value.percent" : null;
		}
		return (value.stripTrailingZeros().scale() > 0) ? "indicator.value.whole" : null;
	}

}
