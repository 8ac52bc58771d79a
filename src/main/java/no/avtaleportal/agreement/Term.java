package no.avtaleportal.agreement;

import java.time.LocalDate;

/**
 * An agreement's term as it stood on a day: its first and last day (with the extensions decided
 * by then; the day before it was terminated, if it was). What the rules judged per year and
 * half-year (the steering group's meetings) look at: only the part of a year inside the term.
 */
public record Term(LocalDate start, LocalDate end) {

	static Term of(Agreement agreement, LocalDate day) {
		LocalDate end = agreement.endDateOn(day);
		if (agreement.getTerminatedOn() != null && agreement.getTerminatedOn().isBefore(end.plusDays(1))) {
			end = agreement.getTerminatedOn().minusDays(1);
		}
		return new Term(agreement.getStartDate(), end);
	}

	/** Whether the day lies inside the term. */
	public boolean contains(LocalDate day) {
		return !day.isBefore(this.start) && !day.isAfter(this.end);
	}

}
