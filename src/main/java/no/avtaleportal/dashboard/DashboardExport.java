package no.avtaleportal.dashboard;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import no.avtaleportal.dashboard.Dashboard.AreaFigures;
import no.avtaleportal.web.BarChart;
import no.avtaleportal.web.CsvFiles;
import no.avtaleportal.web.Formats;

/**
 * The dashboard's figures as a CSV file that Excel opens right ({@link CsvFiles}, as the activity
 * list's export). One row per figure: the agreement's day, the part of the dashboard, the focus area, what
 * is counted and how many.
 */
@Component
class DashboardExport {

	private final MessageSource messages;

	DashboardExport(MessageSource messages) {
		this.messages = messages;
	}

	byte[] toCsv(Dashboard dashboard, Locale locale) {
		String day = Formats.date(dashboard.day());
		String party = (dashboard.party() != null) ? dashboard.party().shortName() : message("dashboard.party.all", locale);
		return CsvFiles.write(csv -> {
			csv.printRecord(List.of("dashboard.csv.day", "dashboard.csv.party", "dashboard.csv.part",
					"dashboard.csv.area", "dashboard.csv.measure", "dashboard.csv.value")
				.stream()
				.map(key -> message(key, locale))
				.toList());
			for (Requirement requirement : dashboard.requirements()) {
				csv.printRecord(day, party, message("dashboard.rules.heading", locale), "", message(requirement.topic(), locale),
						message("Requirement.State." + requirement.state().name(), locale));
			}
			for (AreaFigures area : dashboard.areas()) {
				String label = area.area().code() + ": " + area.area().title();
				chart(csv, day, party, message("dashboard.area.byStatus", locale), label, area.byStatus(), locale);
				chart(csv, day, party, message("dashboard.area.byLight", locale), label, area.byLight(), locale);
				String commitments = message("dashboard.csv.commitments", locale);
				csv.printRecord(day, party, commitments, label, message("dashboard.area.withoutActivity", locale),
						area.withoutActivity().size());
				csv.printRecord(day, party, commitments, label, message("dashboard.area.withoutUpdate", locale),
						area.withoutUpdate().size());
				if (dashboard.since() != null) {
					String changes = message("dashboard.csv.changes", locale, Formats.date(dashboard.since()));
					csv.printRecord(day, party, changes, label, message("dashboard.changes.created", locale), area.created());
					csv.printRecord(day, party, changes, label, message("dashboard.changes.statusChanges", locale),
							area.statusChanges());
					csv.printRecord(day, party, changes, label, message("dashboard.changes.updates", locale), area.updates());
				}
			}
			String late = message("dashboard.late.heading", locale);
			csv.printRecord(day, party, late, "", message("dashboard.late.activities", locale),
					dashboard.overdueTotal());
			csv.printRecord(day, party, late, "", message("dashboard.late.actionItems", locale),
					dashboard.overdueActionItems().size());
		});
	}

	private void chart(CsvFiles.Printer csv, String day, String party, String part, String area, BarChart chart, Locale locale)
			throws IOException {
		for (BarChart.Part each : chart.parts()) {
			csv.printRecord(day, party, part, area, message(each.labelKey(), locale), each.count());
		}
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
