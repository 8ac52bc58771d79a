package no.avtaleportal.indicator;

import java.time.LocalDate;

/**
 * How often an indicator is measured. A value is recent while it is no older than two periods:
 * one missed measurement is forgiven, two are not.
 */
public enum Frequency {

	MONTHLY(1), QUARTERLY(3), HALF_YEARLY(6), YEARLY(12);

	private final int months;

	Frequency(int months) {
		this.months = months;
	}

	/** Whether a value measured on {@code measuredOn} still counts as recent on {@code day}. */
	boolean recent(LocalDate measuredOn, LocalDate day) {
		return !measuredOn.plusMonths(2L * this.months).isBefore(day);
	}

}
