package no.avtaleportal.agreement;

import java.time.LocalDate;
import java.util.List;

import org.springframework.modulith.NamedInterface;


import no.avtaleportal.agreement.AgreementDeadlines.EvaluationWindow;

/**
 * An agreement as other features see it: its title, term, evaluation period and the extensions
 * decided so far, read when it was loaded. The end dates follow the same rule as
 * {@link Agreement}'s ({@link Term#lastDay}).
 *
 * @param terminatedOn the day it was ended early, or {@code null}
 * @param extensions every extension decided, in the order decided
 */
@NamedInterface("api")
public record AgreementView(long id, String title, LocalDate startDate, int termMonths, LocalDate evaluationFrom,
		LocalDate evaluationTo, LocalDate terminatedOn, boolean extensionAllowed, List<ExtensionView> extensions) {

	/** The agreement as it stands now. */
	static AgreementView of(Agreement agreement) {
		return new AgreementView(agreement.getId(), agreement.getTitle(), agreement.getStartDate(),
				agreement.getTermMonths(), agreement.getEvaluationFrom(), agreement.getEvaluationTo(),
				agreement.getTerminatedOn(), agreement.isExtensionAllowed(),
				agreement.getExtensions().stream().map(ExtensionView::of).toList());
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
