package no.avtaleportal.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The one way the portal writes dates, times, years and counts, in Java and in templates
 * ({@code ${#formats.date(day)}}, see {@link TemplateFormats}): a date as {@code 20.11.2023}, a time as
 * {@code 13.05}, both as {@code 20.11.2023 13.05}, a moment in Norway's time ({@link #OSLO}),
 * a year as {@code 2023} (a string, never grouped as a number, "2 023"), and a count with its noun
 * through the message bundles, whose plural choice
 * ({@code {0,choice,0#0 møter|1#1 møte|1<{0,number,integer} møter}}) gives "1 møte" and "2 møter".
 * A day with its time in running text ("20.11.2023 kl. 13.05", "20.11.2023 at 13.05") is a phrase
 * of the message bundles ({@link #dayAndTime}), so that English pages do not say "kl.".
 * Records that pages show offer their years through it ({@code yearText()}).
 */
public final class Formats {

	private Formats() {
	}

	/** The portal's time zone: everything is shown as it is in Norway. */
	public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

	private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH.mm");

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("dd.MM.yyyy HH.mm.ss");

	/** The day as {@code 20.11.2023} (an instant in Norway); empty for none. */
	public static String date(TemporalAccessor day) {
		return format(DAY, day);
	}

	/** The time of day as {@code 13.05} (an instant in Norway); empty for none. */
	public static String time(TemporalAccessor moment) {
		return format(TIME, moment);
	}

	/** The day and time as {@code 20.11.2023 13.05} (an instant in Norway); empty for none. */
	public static String dateTime(TemporalAccessor moment) {
		return format(DAY_TIME, moment);
	}

	/** The day and time to the second, {@code 20.11.2023 13.05.09}, for logs of events; empty for none. */
	public static String timestamp(TemporalAccessor moment) {
		return format(SECONDS, moment);
	}

	/**
	 * The day and time in running text, "20.11.2023 kl. 13.05" or "20.11.2023 at 13.05", resolved
	 * in the reader's language.
	 */
	public static MessageSourceResolvable dayAndTime(TemporalAccessor moment) {
		return phrase("formats.dayAndTime", date(moment), time(moment));
	}

	private static String format(DateTimeFormatter pattern, TemporalAccessor value) {
		if (value == null) {
			return "";
		}
		return pattern.format((value instanceof Instant instant) ? instant.atZone(OSLO) : value);
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

	/**
	 * What {@code #formats} offers templates ({@link TemplateObject}): one method of each name, so that the
	 * expression finds it: {@code ${#formats.date(activity.dueDate)}}, {@code #formats.time(..)},
	 * {@code #formats.dateTime(..)}, {@code #formats.timestamp(..)}, {@code #formats.year(..)}.
	 */
	public static final class TemplateFormats {

		public String date(TemporalAccessor day) {
			return Formats.date(day);
		}

		public String time(TemporalAccessor moment) {
			return Formats.time(moment);
		}

		public String dateTime(TemporalAccessor moment) {
			return Formats.dateTime(moment);
		}

		public String timestamp(TemporalAccessor moment) {
			return Formats.timestamp(moment);
		}

		public String year(int year) {
			return Formats.year(year);
		}

	}

}
