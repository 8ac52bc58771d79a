package no.avtaleportal.indicator;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import no.avtaleportal.agreement.Agreements.CommitmentView;
import no.avtaleportal.web.CsvFiles;

/**
 * The indicators and their measurements as CSV: one line per measurement, and one for an
 * indicator without any, each with what the indicator measures and its status today.
 */
@Component
class IndicatorExport {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final MessageSource messages;

	IndicatorExport(MessageSource messages) {
		this.messages = messages;
	}

	byte[] toCsv(List<IndicatorView> indicators, Map<Long, CommitmentView> commitments, Locale locale) {
		return CsvFiles.write(csv -> {
			csv.printRecord(List.of("indicator.field.id", "indicator.field.commitmentId", "indicator.field.name",
					"indicator.field.unit", "indicator.field.direction", "indicator.field.baseline",
					"indicator.field.baselineOn", "indicator.field.target", "indicator.field.targetOn",
					"indicator.field.responsibleOrganisationId", "indicator.field.source", "indicator.field.frequency",
					"indicator.status", "indicator.field.measuredOn", "indicator.field.value", "indicator.field.recordedBy",
					"indicator.field.comment")
				.stream()
				.map(key -> message(key, locale))
				.toList());
			for (IndicatorView indicator : indicators) {
				CommitmentView commitment = commitments.get(indicator.commitmentId());
				List<Object> common = List.of(indicator.id(), (commitment != null) ? commitment.number() : "",
						indicator.name(), message("Unit." + indicator.unit().name(), locale),
						message("Direction." + indicator.direction().name(), locale),
						IndicatorForm.plain(indicator.baseline()), date(indicator.baselineOn()),
						IndicatorForm.plain(indicator.target()), date(indicator.targetOn()),
						(indicator.responsible() != null) ? indicator.responsible() : message("indicator.responsible.both", locale),
						indicator.source(), message("Frequency." + indicator.frequency().name(), locale),
						message("IndicatorStatus." + indicator.status().name(), locale));
				if (indicator.values().isEmpty()) {
					csv.printRecord(concat(common, List.of("", "", "", "")));
				}
				for (IndicatorView.Value value : indicator.values()) {
					csv.printRecord(concat(common, List.of(date(value.measuredOn()), IndicatorForm.plain(value.value()),
							value.recordedBy(), value.comment())));
				}
			}
		});
	}

	private static List<Object> concat(List<Object> first, List<Object> second) {
		return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private static String date(LocalDate date) {
		return (date != null) ? DATE.format(date) : "";
	}

}
