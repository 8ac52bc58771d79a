package no.avtaleportal.web;

import java.io.IOException;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message of both bundles reads the same through {@link MessageFormats.Message}, which makes its
 * number format once, as through Java's {@link MessageFormat}, which makes one on every use: with
 * counts (none, one, many, thousands), with text where the message takes any value, and with the
 * same message again after other values, as pages use it.
 */
class MessageFormatsTests {

	private static final Locale NORWEGIAN = Locale.forLanguageTag("nb");

	private static final List<Object> NUMBERS = List.of(0, 1, 2, 21, 1234, 1234567L, -3, 2.5);

	@Test
	void everyMessageReadsAsJavaFormatsIt() throws IOException {
		int compared = 0;
		for (String[] bundle : new String[][] { { "messages.properties", "nb" }, { "messages_en.properties", "en" } }) {
			Locale locale = Locale.forLanguageTag(bundle[1]);
			Properties messages = MessagesTests.load(bundle[0]);
			for (String key : messages.stringPropertyNames()) {
				String pattern = messages.getProperty(key);
				Format[] byArgument = new MessageFormat(pattern, locale).getFormatsByArgumentIndex();
				if (byArgument.length == 0) {
					continue;
				}
				MessageFormat portal = new MessageFormats.Message(pattern, locale);
				for (Object number : NUMBERS) {
					Object[] arguments = new Object[byArgument.length];
					Arrays.fill(arguments, number);
					assertThat(portal.format(arguments)).as(key + " with " + number)
						.isEqualTo(new MessageFormat(pattern, locale).format(arguments));
					compared++;
				}
				if (Arrays.stream(byArgument).noneMatch(format -> format instanceof NumberFormat)) {
					Object[] texts = new Object[byArgument.length];
					Arrays.fill(texts, "Ola Nordmann");
					assertThat(portal.format(texts)).as(key + " with a text")
						.isEqualTo(new MessageFormat(pattern, locale).format(texts));
				}
			}
		}
		assertThat(compared).as("messages with arguments compared").isGreaterThan(500);
	}

	@Test
	void aChoiceThatNamesTheCountAndAPlainArgumentReadEachValue() {
		MessageFormat days = new MessageFormats.Message(
				"{0,choice,0#siste dag i dag|1#1 dag igjen|1<{0,number,integer} dager igjen} (til {1})", NORWEGIAN);
		assertThat(days.format(new Object[] { 0, "31.12." })).isEqualTo("siste dag i dag (til 31.12.)");
		assertThat(days.format(new Object[] { 12, "31.12." })).isEqualTo("12 dager igjen (til 31.12.)");
		assertThat(days.format(new Object[] { 1, "1.1." })).isEqualTo("1 dag igjen (til 1.1.)");
		assertThat(days.format(new Object[] { 1500, "1.1." })).isEqualTo("1\u00a0500 dager igjen (til 1.1.)");
		MessageFormat shown = new MessageFormats.Message("De {0} første av {1}", NORWEGIAN);
		assertThat(shown.format(new Object[] { 25, 12345 })).isEqualTo("De 25 første av 12\u00a0345");
		assertThat(shown.format(new Object[] { "tre", null })).isEqualTo("De tre første av null");
	}

	@Test
	void aChoiceNamingAnotherArgumentOrAnArgumentShownTwiceReadsAsJavaFormatsIt() {
		for (String pattern : List.of("{0,choice,0#ingen|1#én av {1}|1<{0} av {1}}", "{0} {0,choice,1#dag|1<dager}",
				"{0,choice,1#én dag|1<{0} dager} og {0}",
				"{1,choice,0#ingen|1<{1,number,integer}} av {0,number,integer}")) {
			MessageFormat portal = new MessageFormats.Message(pattern, NORWEGIAN);
			for (Object number : NUMBERS) {
				Object[] arguments = { number, 1234 };
				assertThat(portal.format(arguments)).as(pattern + " with " + number)
					.isEqualTo(new MessageFormat(pattern, NORWEGIAN).format(arguments));
			}
		}
	}

}
