package no.avtaleportal.agreement;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agreement pages show when none is asked for (the dashboard, the API documentation's
 * examples): the first one in force, else the first.
 */
class AgreementSummaryTests {

	private static AgreementSummary summary(long id, AgreementStatus status) {
		return new AgreementSummary(id, "Avtale " + id, List.of("A", "B"), LocalDate.of(2031, 1, 1),
				LocalDate.of(2032, 12, 31), false, status, null);
	}

	@Test
	void theFirstInForceIsPreferredToNewerOnesThatAreNot() {
		List<AgreementSummary> summaries = List.of(summary(3, AgreementStatus.DRAFT),
				summary(2, AgreementStatus.EXTENDED), summary(1, AgreementStatus.ACTIVE));
		assertThat(AgreementSummary.preferred(summaries)).map(AgreementSummary::id).contains(2L);
	}

	@Test
	void withNoneInForceTheFirstIsPreferred() {
		List<AgreementSummary> summaries = List.of(summary(3, AgreementStatus.NOT_STARTED),
				summary(2, AgreementStatus.EXPIRED));
		assertThat(AgreementSummary.preferred(summaries)).map(AgreementSummary::id).contains(3L);
	}

	@Test
	void withNoAgreementNoneIsPreferred() {
		assertThat(AgreementSummary.preferred(List.of())).isEmpty();
	}

}
