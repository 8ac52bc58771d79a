package no.avtaleportal.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import no.avtaleportal.web.CsvFiles;
import no.avtaleportal.web.Formats;

/**
 * The activity list as a CSV file that Excel opens right with Norwegian letters
 * ({@link CsvFiles}), with dates as {@code 20.11.2023}.
 */
@Component
class ActivityExport {

	private final MessageSource messages;

	ActivityExport(MessageSource messages) {
		this.messages = messages;
	}

	byte[] toCsv(List<ActivityRow> rows, Names names, LocalDate today, Locale locale) {
		return CsvFiles.write(csv -> {
			csv.printRecord(List.of("activity.field.id", "activity.field.title", "activity.field.agreement",
					"activity.field.focusArea", "activity.field.commitment", "activity.field.lead",
					"activity.field.responsible", "activity.field.status", "activity.field.light",
					"activity.field.startDate", "activity.field.dueDate", "activity.field.lastUpdate", "activity.overdue")
				.stream()
				.map(key -> message(key, locale))
				.toList());
			for (ActivityRow row : rows) {
				var area = names.area(row.focusAreaId());
				var commitment = names.commitment(row.commitmentId());
				String lead = names.lead(row.leadOrganisationId());
				csv.printRecord(row.id(), row.title(), area.agreementTitle(), area.label(),
						(commitment != null) ? commitment.number() : "",
						(lead != null) ? lead : message("activity.lead.joint", locale), names.person(row.responsiblePersonId()),
						message("ActivityStatus." + row.status().name(), locale),
						(row.light() != null) ? message("Light." + row.light().name(), locale) : "", date(row.startDate()),
						date(row.dueDate()), date(row.lastUpdateOn()), row.isOverdueOn(today) ? message("activity.overdue", locale) : "");
			}
		});
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private static String date(LocalDate date) {
		return Formats.date(date);
	}

}
