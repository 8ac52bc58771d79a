package no.avtaleportal.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The one way the portal writes dates, years and counts into its texts: a date as
 * {@code 20.11.2023}, a year as {@code 2023} (a string, never grouped as a number, "2 023"), and a
 * count with its noun through the message bundles, whose plural choice
 * ({@code {0,choice,0#0 møter|1#1 møte|1<{0,number,integer} møter}}) gives "1 møte" and "2 møter".
 * Records that pages show offer their years through it ({@code yearText()}).
 */
public final class Formats {

	private Formats() {
	}

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	/** The day as {@code 20.11.2023}; empty for none. */
	public static String date(LocalDate day) {
		return (day != null) ? DAY.format(day) : "";
	}

	/** The year as {@code 2023}, for a message argument: a string, so that it is not grouped as a number. */
	public static String year(int year) {
		return Integer.toString(year);
	}

	/**
	 * A count with its noun, as the message with the key words it ({@code {0,choice,…}}), for a
	 * message argument that the message source resolves in the reader's language.
	 */
	public static MessageSourceResolvable count(String key, long count) {
		return phrase(key, count);
	}

	/**
	 * A phrase of its own message with its arguments, resolved in the reader's language where it
	 * is used as an argument of another message.
	 */
	public static MessageSourceResolvable phrase(String key, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { key }, arguments);
	}

}
