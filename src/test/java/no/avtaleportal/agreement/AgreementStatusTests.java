package no.avtaleportal.agreement;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import no.avtaleportal.agreement.AgreementDeadlines.Continuation;
import no.avtaleportal.agreement.AgreementDeadlines.EvaluationWindow;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Status, end date and days left are computed from the dates, for days before, during and after
 * the term.
 */
class AgreementStatusTests {

	private static final LocalDate START = LocalDate.of(2023, 11, 20);

	private Agreement signedTwoYearAgreement() {
		Agreement agreement = new Agreement("test", "Samarbeidsavtale", AgreementKind.INTENT_AGREEMENT, START, 24);
		agreement.sign(START, "Oslo");
		agreement.planEvaluation(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30));
		return agreement;
	}

	/** Extends the agreement as the parties decided on the day (an agreement that allows it). */
	private static void extend(Agreement agreement, int months, LocalDate decidedOn) {
		agreement.changeTerm(agreement.getStartDate(), agreement.getTermMonths(), true, agreement.isApproximateDates());
		agreement.extend(months, decidedOn, null, null);
	}

	@Test
	void endDateIsTheDayBeforeTheStartPlusTheTerm() {
		Agreement agreement = signedTwoYearAgreement();
		assertThat(agreement.getEndDate()).isEqualTo(LocalDate.of(2025, 11, 19));
		assertThat(agreement.getOriginalEndDate()).isEqualTo(LocalDate.of(2025, 11, 19));
	}

	@Test
	void beforeTheTermItHasNotStarted() {
		Agreement agreement = signedTwoYearAgreement();
		assertThat(agreement.statusOn(START.minusDays(1), null)).isEqualTo(AgreementStatus.NOT_STARTED);
	}

	@Test
	void duringTheTermItIsActiveAndCountsTheDaysLeft() {
		Agreement agreement = signedTwoYearAgreement();
		assertThat(agreement.statusOn(START, null)).isEqualTo(AgreementStatus.ACTIVE);
		assertThat(agreement.statusOn(LocalDate.of(2024, 6, 1), null)).isEqualTo(AgreementStatus.ACTIVE);
		assertThat(agreement.daysLeftOn(LocalDate.of(2025, 11, 9))).isEqualTo(10);
		assertThat(agreement.daysLeftOn(LocalDate.of(2025, 11, 19))).isZero();
		assertThat(agreement.statusOn(LocalDate.of(2025, 11, 19), null)).isEqualTo(AgreementStatus.ACTIVE);
	}

	@Test
	void inTheEvaluationPeriodItIsUnderEvaluation() {
		Agreement agreement = signedTwoYearAgreement();
		assertThat(agreement.statusOn(LocalDate.of(2025, 1, 1), null)).isEqualTo(AgreementStatus.UNDER_EVALUATION);
		assertThat(agreement.statusOn(LocalDate.of(2025, 6, 30), null)).isEqualTo(AgreementStatus.UNDER_EVALUATION);
		assertThat(agreement.statusOn(LocalDate.of(2025, 7, 1), null)).isEqualTo(AgreementStatus.ACTIVE);
	}

	@Test
	void afterTheTermItHasExpiredAndHasNoDaysLeft() {
		Agreement agreement = signedTwoYearAgreement();
		assertThat(agreement.statusOn(LocalDate.of(2025, 11, 20), null)).isEqualTo(AgreementStatus.EXPIRED);
		assertThat(agreement.daysLeftOn(LocalDate.of(2025, 11, 20))).isNull();
	}

	@Test
	void anExtensionMovesTheEndDate() {
		Agreement agreement = signedTwoYearAgreement();
		extend(agreement, 12, LocalDate.of(2025, 5, 1));
		assertThat(agreement.getEndDate()).isEqualTo(LocalDate.of(2026, 11, 19));
		assertThat(agreement.getOriginalEndDate()).isEqualTo(LocalDate.of(2025, 11, 19));
		assertThat(agreement.statusOn(LocalDate.of(2025, 12, 1), null)).isEqualTo(AgreementStatus.EXTENDED);
		assertThat(agreement.statusOn(LocalDate.of(2026, 11, 20), null)).isEqualTo(AgreementStatus.EXPIRED);
	}

	@Test
	void aStartedSuccessorReplacesIt() {
		Agreement agreement = signedTwoYearAgreement();
		LocalDate successorStart = LocalDate.of(2025, 11, 20);
		assertThat(agreement.statusOn(LocalDate.of(2025, 11, 1), successorStart)).isEqualTo(AgreementStatus.ACTIVE);
		assertThat(agreement.statusOn(successorStart, successorStart)).isEqualTo(AgreementStatus.REPLACED);
	}

	@Test
	void anUnsignedAgreementIsADraftAndATerminatedOneIsTerminated() {
		Agreement draft = new Agreement(null, "Utkast", AgreementKind.COLLABORATION_AGREEMENT, START, 12);
		assertThat(draft.statusOn(START, null)).isEqualTo(AgreementStatus.DRAFT);
		Agreement agreement = signedTwoYearAgreement();
		agreement.terminate(LocalDate.of(2024, 3, 1));
		assertThat(agreement.statusOn(LocalDate.of(2024, 2, 29), null)).isEqualTo(AgreementStatus.ACTIVE);
		assertThat(agreement.statusOn(LocalDate.of(2024, 3, 1), null)).isEqualTo(AgreementStatus.TERMINATED);
	}

	@Test
	void warnsSixThreeAndOneMonthBeforeTheEndDate() {
		Agreement agreement = signedTwoYearAgreement();
		assertThat(agreement.expiryNoticeOn(LocalDate.of(2025, 5, 19), null)).isEqualTo(ExpiryNotice.NONE);
		assertThat(agreement.expiryNoticeOn(LocalDate.of(2025, 5, 20), null)).isEqualTo(ExpiryNotice.SIX_MONTHS);
		assertThat(agreement.expiryNoticeOn(LocalDate.of(2025, 8, 19), null)).isEqualTo(ExpiryNotice.SIX_MONTHS);
		assertThat(agreement.expiryNoticeOn(LocalDate.of(2025, 8, 20), null)).isEqualTo(ExpiryNotice.THREE_MONTHS);
		assertThat(agreement.expiryNoticeOn(LocalDate.of(2025, 10, 20), null)).isEqualTo(ExpiryNotice.ONE_MONTH);
		assertThat(agreement.expiryNoticeOn(LocalDate.of(2025, 11, 19), null)).isEqualTo(ExpiryNotice.ONE_MONTH);
		assertThat(agreement.expiryNoticeOn(LocalDate.of(2025, 11, 20), null)).isEqualTo(ExpiryNotice.NONE);
	}

	@Test
	void anExtensionMovesTheWarningsAndAReplacedOrEndedAgreementHasNone() {
		Agreement agreement = signedTwoYearAgreement();
		extend(agreement, 12, LocalDate.of(2025, 6, 10));
		assertThat(agreement.expiryNoticeOn(LocalDate.of(2025, 10, 20), null)).isEqualTo(ExpiryNotice.NONE);
		assertThat(agreement.expiryNoticeOn(LocalDate.of(2026, 10, 20), null)).isEqualTo(ExpiryNotice.ONE_MONTH);
		assertThat(agreement.expiryNoticeOn(LocalDate.of(2026, 10, 20), LocalDate.of(2026, 10, 1)))
			.isEqualTo(ExpiryNotice.NONE);
		agreement.terminate(LocalDate.of(2026, 9, 1));
		assertThat(agreement.expiryNoticeOn(LocalDate.of(2026, 10, 20), null)).isEqualTo(ExpiryNotice.NONE);
	}

	@Test
	void theEvaluationWindowIsNotDueThenDueThenClosed() {
		Agreement agreement = signedTwoYearAgreement();
		assertThat(agreement.deadlinesOn(LocalDate.of(2024, 12, 31), null).evaluation())
			.isEqualTo(EvaluationWindow.NOT_DUE);
		assertThat(agreement.deadlinesOn(LocalDate.of(2025, 1, 1), null).evaluation()).isEqualTo(EvaluationWindow.DUE);
		assertThat(agreement.deadlinesOn(LocalDate.of(2025, 6, 30), null).evaluation()).isEqualTo(EvaluationWindow.DUE);
		assertThat(agreement.deadlinesOn(LocalDate.of(2025, 7, 1), null).evaluation())
			.isEqualTo(EvaluationWindow.CLOSED);
	}

	@Test
	void aContinuationDecisionIsNeededInTheLastSixMonthsAndMissedAfterTheEnd() {
		Agreement agreement = signedTwoYearAgreement();
		assertThat(agreement.deadlinesOn(START.minusDays(1), null).continuation())
			.isEqualTo(Continuation.NOT_APPLICABLE);
		assertThat(agreement.deadlinesOn(LocalDate.of(2025, 5, 19), null).continuation()).isEqualTo(Continuation.NOT_YET);
		assertThat(agreement.deadlinesOn(LocalDate.of(2025, 5, 20), null).continuation()).isEqualTo(Continuation.NEEDED);
		assertThat(agreement.deadlinesOn(LocalDate.of(2025, 11, 20), null).continuation()).isEqualTo(Continuation.MISSED);
		assertThat(agreement.deadlinesOn(LocalDate.of(2025, 11, 20), LocalDate.of(2025, 11, 20)).continuation())
			.isEqualTo(Continuation.SETTLED);
		extend(agreement, 24, LocalDate.of(2025, 6, 10));
		assertThat(agreement.deadlinesOn(LocalDate.of(2025, 11, 20), null).continuation()).isEqualTo(Continuation.NOT_YET);
	}

}
