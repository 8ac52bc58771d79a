package no.avtaleportal.agreement;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.modulith.NamedInterface;


import no.avtaleportal.agreement.AgreementDeadlines.EvaluationWindow;

/**
 * An agreement as other features see it: its title, term, evaluation period and the extensions
 * decided so far, read when it was loaded, and where it stands on a day. The end dates follow the
 * same rule as {@link Agreement}'s ({@link Term#lastDay}); its status is the rule the entity
 * follows too.
 *
 * @param terminatedOn the day it was ended early, or {@code null}
 * @param extensions every extension decided, in the order decided
 * @param signedOn the day it was signed, or {@code null} (a draft)
 * @param approximateDates whether its start and end dates are approximate (as the text gives them)
 */
@NamedInterface("api")
public record AgreementView(long id, String title, LocalDate startDate, int termMonths, LocalDate evaluationFrom,
		LocalDate evaluationTo, LocalDate terminatedOn, boolean extensionAllowed, List<ExtensionView> extensions,
		LocalDate signedOn, boolean approximateDates) {

	/** The last day of the original term, without extensions. */
	public LocalDate originalEndDate() {
		return Term.lastDay(this.startDate, this.termMonths);
	}

	/**
	 * Where the agreement stands on the day, given when its successor (if any) starts: the one rule,
	 * which {@link Agreement#statusOn} follows too.
	 */
	public AgreementStatus statusOn(LocalDate day, LocalDate successorStart) {
		if (this.terminatedOn != null && !day.isBefore(this.terminatedOn)) {
			return AgreementStatus.TERMINATED;
		}
		if (successorStart != null && !day.isBefore(successorStart)) {
			return AgreementStatus.REPLACED;
		}
		if (this.signedOn == null) {
			return AgreementStatus.DRAFT;
		}
		if (day.isBefore(this.startDate)) {
			return AgreementStatus.NOT_STARTED;
		}
		if (day.isAfter(endDateOn(day))) {
			return AgreementStatus.EXPIRED;
		}
		if (day.isAfter(originalEndDate())) {
			return AgreementStatus.EXTENDED;
		}
		if (evaluationWindowOn(day) == EvaluationWindow.DUE) {
			return AgreementStatus.UNDER_EVALUATION;
		}
		return AgreementStatus.ACTIVE;
	}

	/**
	 * The expiry warning on the day: six, three or one month before the end date while the
	 * agreement is in force (given when its successor, if any, starts).
	 */
	public ExpiryNotice expiryNoticeOn(LocalDate day, LocalDate successorStart) {
		return statusOn(day, successorStart).isInForce() ? ExpiryNotice.on(day, endDateOn(day)) : ExpiryNotice.NONE;
	}

	/** What the agreement's own dates require of the parties on the day. */
	public AgreementDeadlines deadlinesOn(LocalDate day, LocalDate successorStart) {
		return AgreementDeadlines.of(this, day, successorStart);
	}

	/** Days from the day until the end date (0 on the last day), or {@code null} once it has ended. */
	public Long daysLeftOn(LocalDate day) {
		long days = ChronoUnit.DAYS.between(day, endDateOn(day));
		return (days >= 0) ? days : null;
	}

	/** The term as it stands: with every extension decided so far, cut short if it was terminated. */
	public Term currentTerm() {
		return termOn(LocalDate.MAX);
	}

	/** The last day of the term with every extension added. */
	public LocalDate endDate() {
		return Term.lastDay(this.startDate, this.termMonths + extendedMonths(LocalDate.MAX));
	}

	/** The last day of the term as it stood on the day: with the extensions decided by then. */
	public LocalDate endDateOn(LocalDate day) {
		return Term.lastDay(this.startDate, this.termMonths + extendedMonths(day));
	}

	/** The end date the agreement would have with a further extension by the months. */
	public LocalDate endDateExtendedBy(int months) {
		return Term.lastDay(this.startDate, this.termMonths + extendedMonths(LocalDate.MAX) + months);
	}

	/** Where the evaluation window stands on the day. */
	public EvaluationWindow evaluationWindowOn(LocalDate day) {
		return EvaluationWindow.on(day, this.evaluationFrom, this.evaluationTo);
	}

	/** The extensions decided by the day. */
	public List<ExtensionView> extensionsDecidedBy(LocalDate day) {
		return this.extensions.stream().filter(extension -> !extension.decidedOn().isAfter(day)).toList();
	}

	/** The term as it stood on the day: with the extensions decided by then. */
	public Term termOn(LocalDate day) {
		return Term.of(this.startDate, this.termMonths, extendedMonths(day), this.terminatedOn);
	}

	private int extendedMonths(LocalDate day) {
		return extensionsDecidedBy(day).stream().mapToInt(ExtensionView::months).sum();
	}

	/**
	 * An extension of the term by the months, decided on the day (by the numbered decision, or
	 * with a note).
	 */
	public record ExtensionView(int months, LocalDate decidedOn, String decisionNumber, String note) {

		static ExtensionView of(AgreementExtension extension) {
			return new ExtensionView(extension.getMonths(), extension.getDecidedOn(), extension.getDecisionNumber(),
					extension.getNote());
		}

	}

}
