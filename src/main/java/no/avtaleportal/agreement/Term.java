package no.avtaleportal.agreement;

import java.time.LocalDate;

import org.springframework.modulith.NamedInterface;

/**
 * An agreement's term as it stood on a day: its first and last day (with the extensions decided
 * by then; the day before it was terminated, if it was). What the rules judged per year and
 * half-year (the steering group's meetings) look at: only the part of a year inside the term.
 */
@NamedInterface("api")
public record Term(LocalDate start, LocalDate end) {

	/**
	 * The term that starts on the day and runs for the months and the months it was extended by
	 * (ending the day before the start plus those months), cut short the day before it was
	 * terminated, if it was.
	 */
	static Term of(LocalDate start, int termMonths, int extendedMonths, LocalDate terminatedOn) {
		LocalDate end = lastDay(start, termMonths + extendedMonths);
		if (terminatedOn != null && terminatedOn.isBefore(end.plusDays(1))) {
			end = terminatedOn.minusDays(1);
		}
		return new Term(start, end);
	}

	/** The last day of a term that starts on the day and runs for the months. */
	static LocalDate lastDay(LocalDate start, int months) {
		return start.plusMonths(months).minusDays(1);
	}

	/** Whether the day lies inside the term. */
	public boolean contains(LocalDate day) {
		return !day.isBefore(this.start) && !day.isAfter(this.end);
	}

}
