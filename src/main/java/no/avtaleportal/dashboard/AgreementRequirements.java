package no.avtaleportal.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import no.avtaleportal.agreement.Agreement;
import no.avtaleportal.agreement.AgreementOverview;
import no.avtaleportal.dashboard.Requirement.State;
import no.avtaleportal.evaluation.Evaluations;

/**
 * The rules of DESIGN.md §4 that follow from the agreement's own dates, as requirements for the
 * dashboard: the evaluation window, and the term's end with the continuation decision it needs.
 */
final class AgreementRequirements {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private AgreementRequirements() {
	}

	/**
	 * The requirements on the overview's day; {@code treated} is the evaluation's decision if it was
	 * taken by then, else {@code null}.
	 */
	static List<Requirement> of(AgreementOverview overview, Evaluations.Treated treated) {
		List<Requirement> requirements = new ArrayList<>();
		Agreement agreement = overview.agreement();
		String agreementPage = "/agreements/" + overview.id();
		String termClause = agreementPage + "#clause-4";
		String from = format(agreement.getEvaluationFrom());
		String to = format(agreement.getEvaluationTo());
		if (treated != null) {
			requirements.add(new Requirement("dashboard.rule.evaluation", State.MET, "dashboard.rule.evaluation.treated",
					List.of(format(treated.decidedOn()), treated.decisionNumber()), termClause));
		}
		else switch (overview.deadlines().evaluation()) {
			case NOT_DUE -> requirements.add(new Requirement("dashboard.rule.evaluation", State.INFORMATION,
					"dashboard.rule.evaluation.notDue", List.of(from, to), termClause));
			case DUE -> requirements.add(new Requirement("dashboard.rule.evaluation", State.DUE,
					"dashboard.rule.evaluation.due", List.of(from, to), termClause));
			case CLOSED -> requirements.add(new Requirement("dashboard.rule.evaluation", State.OVERDUE,
					"dashboard.rule.evaluation.notTreated", List.of(from, to), termClause));
			case NONE -> {
			}
		}
		String end = format(agreement.endDateOn(overview.day()));
		requirements.add(switch (overview.deadlines().continuation()) {
			case NOT_YET -> new Requirement("dashboard.rule.term", State.MET, "dashboard.rule.term.running",
					List.of(end, overview.daysLeft()), termClause);
			case NEEDED -> new Requirement("dashboard.rule.term", State.DUE, "dashboard.rule.term.decide",
					List.of(end, overview.daysLeft(), overview.deadlines().expiry().months()), termClause);
			case MISSED -> new Requirement("dashboard.rule.term", State.OVERDUE, "dashboard.rule.term.missed",
					List.of(end), termClause);
			case SETTLED -> new Requirement("dashboard.rule.term", State.INFORMATION, "dashboard.rule.term.settled",
					List.of(), agreementPage);
			case NOT_APPLICABLE -> new Requirement("dashboard.rule.term", State.INFORMATION,
					"dashboard.rule.term.notStarted", List.of(format(agreement.getStartDate())), agreementPage);
		});
		return requirements;
	}

	private static String format(LocalDate date) {
		return (date != null) ? DATE.format(date) : "";
	}

}
