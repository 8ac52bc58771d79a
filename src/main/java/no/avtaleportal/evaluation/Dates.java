package no.avtaleportal.evaluation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates in the texts the evaluation writes into minutes: {@code 19.11.2027}. */
final class Dates {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private Dates() {
	}

	static String format(LocalDate day) {
		return DAY.format(day);
	}

}
