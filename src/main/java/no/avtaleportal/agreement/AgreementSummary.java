package no.avtaleportal.agreement;

import java.time.LocalDate;
import java.util.List;

/**
 * An agreement as lists show it: its parties by short name, its term, and its status and days
 * left today ({@code null} once it is no longer in force).
 */
public record AgreementSummary(long id, String title, List<String> parties, LocalDate startDate, LocalDate endDate,
		boolean approximateDates, AgreementStatus status, Long daysLeft) {
}
