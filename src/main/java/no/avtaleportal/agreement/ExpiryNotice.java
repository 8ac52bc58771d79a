package no.avtaleportal.agreement;

import java.time.LocalDate;

import org.springframework.modulith.NamedInterface;

/**
 * How close an agreement in force is to its end date: the warnings at six, three and one month
 * before expiry that tell the parties a continuation decision is due. Labels are message keys
 * {@code ExpiryNotice.<NAME>}.
 */
@NamedInterface("api")
public enum ExpiryNotice {

	/** More than six months left, or not in force. */
	NONE(0),

	/** Six months or less left. */
	SIX_MONTHS(6),

	/** Three months or less left. */
	THREE_MONTHS(3),

	/** One month or less left. */
	ONE_MONTH(1);

	private final int months;

	ExpiryNotice(int months) {
		this.months = months;
	}

	/**
	 * The notice on the day for a term that ends on the end date (its last day).
	 */
	static ExpiryNotice on(LocalDate day, LocalDate endDate) {
		if (day.isAfter(endDate)) {
			return NONE;
		}
		for (ExpiryNotice notice : new ExpiryNotice[] { ONE_MONTH, THREE_MONTHS, SIX_MONTHS }) {
			if (day.isAfter(endDate.minusMonths(notice.months))) {
				return notice;
			}
		}
		return NONE;
	}

	/** The number of months the warning is about (0 for none). */
	public int months() {
		return this.months;
	}

}
