package no.avtaleportal.agreement;

import java.time.LocalDate;

import org.springframework.modulith.NamedInterface;

/**
 * What an agreement's own dates require of the parties on a day (DESIGN.md §4): the evaluation in
 * its window, the warnings before expiry, and the continuation decision needed before the end.
 * Computed, never typed in.
 *
 * @param evaluation where the evaluation window stands
 * @param expiry the warning six, three or one month before the end date
 * @param continuation whether a decision on continuing is needed
 */
@NamedInterface("api")
public record AgreementDeadlines(EvaluationWindow evaluation, ExpiryNotice expiry, Continuation continuation) {

	/** Where the agreement's evaluation window stands on a day. Labels: {@code EvaluationWindow.<NAME>}. */
	public enum EvaluationWindow {

		/** The agreement sets no evaluation. */
		NONE,

		/** The window has not opened. */
		NOT_DUE,

		/** The window is open. */
		DUE,

		/** The window has closed. */
		CLOSED;

		/** Where a window from–to (either {@code null}: none) stands on the day. */
		static EvaluationWindow on(LocalDate day, LocalDate from, LocalDate to) {
			if (from == null || to == null) {
				return NONE;
			}
			if (day.isBefore(from)) {
				return NOT_DUE;
			}
			return day.isAfter(to) ? CLOSED : DUE;
		}

	}

	/**
	 * Whether the parties must decide on continuing. Labels: {@code Continuation.<NAME>}.
	 */
	public enum Continuation {

		/** More than six months of the term left. */
		NOT_YET,

		/** Six months or less left: the parties must decide before the end date. */
		NEEDED,

		/** The term ran out with no extension, successor or ending decided. */
		MISSED,

		/** Settled: the agreement was ended or replaced by a successor. */
		SETTLED,

		/** Not signed or not started. */
		NOT_APPLICABLE

	}

	static AgreementDeadlines of(AgreementView agreement, LocalDate day, LocalDate successorStart) {
		AgreementStatus status = agreement.statusOn(day, successorStart);
		ExpiryNotice expiry = agreement.expiryNoticeOn(day, successorStart);
		return new AgreementDeadlines(agreement.evaluationWindowOn(day), expiry, continuation(status, expiry));
	}

	private static Continuation continuation(AgreementStatus status, ExpiryNotice expiry) {
		return switch (status) {
			case DRAFT, NOT_STARTED -> Continuation.NOT_APPLICABLE;
			case TERMINATED, REPLACED -> Continuation.SETTLED;
			case EXPIRED -> Continuation.MISSED;
			case ACTIVE, UNDER_EVALUATION, EXTENDED ->
				(expiry == ExpiryNotice.NONE) ? Continuation.NOT_YET : Continuation.NEEDED;
		};
	}

}
