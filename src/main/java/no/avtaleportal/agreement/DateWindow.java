package no.avtaleportal.agreement;

import java.time.LocalDate;
import java.time.Period;

import org.springframework.modulith.NamedInterface;
import org.springframework.validation.Errors;

import no.avtaleportal.web.Formats;

/**
 * The days an agreement's records may be dated: its term with {@link #MARGIN} before and after.
 * A meeting in year 0 or a status update of 1900 lies outside, and the field error says which
 * window holds.
 */
@NamedInterface("api")
public record DateWindow(LocalDate termStart, LocalDate termEnd) {

	/** How far before its start and after its end an agreement's records may lie. */
	public static final Period MARGIN = Period.ofYears(10);

	public LocalDate from() {
		return this.termStart.minus(MARGIN);
	}

	public LocalDate to() {
		return this.termEnd.plus(MARGIN);
	}

	public boolean contains(LocalDate date) {
		return date == null || (!date.isBefore(from()) && !date.isAfter(to()));
	}

	/** Rejects the field's date when it lies outside, unless the field already has an error. */
	public void check(Errors errors, String field, LocalDate date) {
		if (!contains(date) && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "date.outsideAgreement", new Object[] { Formats.date(from()), Formats.date(to()),
					Formats.date(this.termStart), Formats.date(this.termEnd) }, null);
		}
	}

}
