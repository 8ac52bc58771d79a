package no.avtaleportal.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.modulith.NamedInterface;

/**
 * An agreement as lists show it: its parties by short name, its term, and its status and days
 * left today ({@code null} once it is no longer in force).
 */
@NamedInterface("api")
public record AgreementSummary(long id, String title, List<String> parties, LocalDate startDate, LocalDate endDate,
		boolean approximateDates, AgreementStatus status, Long daysLeft) {

	/**
	 * The agreement a page shows when none is asked for: the first one in force, else the first
	 * (lists of summaries come newest first); empty when there is none.
	 */
	public static Optional<AgreementSummary> preferred(List<AgreementSummary> summaries) {
		return summaries.stream()
			.filter(summary -> summary.status().isInForce())
			.findFirst()
			.or(() -> summaries.stream().findFirst());
	}

}
