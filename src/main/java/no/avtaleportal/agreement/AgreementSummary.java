package no.avtaleportal.agreement;

import java.time.LocalDate;
import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * An agreement as lists show it: its parties by short name, its term, and its status and days
 * left today ({@code null} once it is no longer in force).
 */
@NamedInterface("api")
public record AgreementSummary(long id, String title, List<String> parties, LocalDate startDate, LocalDate endDate,
		boolean approximateDates, AgreementStatus status, Long daysLeft) {
}
