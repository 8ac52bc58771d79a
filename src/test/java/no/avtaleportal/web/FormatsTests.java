package no.avtaleportal.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one way dates and times are written, without Spring: moments in Norway's time, and "kl."
 * only on Norwegian pages.
 */
class FormatsTests {

	@Test
	void datesAndTimesAreWrittenTheNorwegianWayInNorwaysTime() {
		Instant summerNoonInUtc = Instant.parse("2025-06-30T22:30:00Z");
		assertThat(Formats.date(LocalDate.of(2023, 11, 20))).isEqualTo("20.11.2023");
		assertThat(Formats.date(summerNoonInUtc)).isEqualTo("01.07.2025");
		assertThat(Formats.time(summerNoonInUtc)).isEqualTo("00.30");
		assertThat(Formats.dateTime(summerNoonInUtc)).isEqualTo("01.07.2025 00.30");
		assertThat(Formats.timestamp(ZonedDateTime.of(2025, 3, 1, 9, 5, 7, 0, Formats.OSLO))).isEqualTo("01.03.2025 09.05.07");
		assertThat(Formats.date(null)).isEmpty();
		assertThat(Formats.year(2023)).isEqualTo("2023");
	}

	@Test
	void aDayWithItsTimeSaysKlOnlyInNorwegian() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		ZonedDateTime moment = ZonedDateTime.of(2031, 2, 10, 10, 0, 0, 0, Formats.OSLO);
		assertThat(messages.getMessage(Formats.dayAndTime(moment), Locale.forLanguageTag("nb")))
			.isEqualTo("10.02.2031 kl. 10.00");
		assertThat(messages.getMessage(Formats.dayAndTime(moment), Locale.ENGLISH)).isEqualTo("10.02.2031 at 10.00");
	}

}
