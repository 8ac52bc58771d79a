package no.avtaleportal.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import no.avtaleportal.agreement.Agreement;
import no.avtaleportal.agreement.AgreementOverview;
import no.avtaleportal.dashboard.Requirement.State;

/**
 * The rules of DESIGN.md §4 that follow from the agreement's own dates, as requirements for the
 * dashboard: the evaluation window, and the term's end with the continuation decision it needs.
 */
final class AgreementRequirements {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private AgreementRequirements() {
	}

	static List<Requirement> of(AgreementOverview overview) {
		List<Requirement> requirements = new ArrayList<>();
		Agreement agreement = overview.agreement();
		String agreementPage = "/agreements/" + overview.id();
		String termClause = agreementPage + "#clause-4";
		String from = format(agreement.getEvaluationFrom());
		String to = format(agreement.getEvaluationTo());
		switch (overview.deadlines().evaluation()) {
			case NOT_DUE -> requirements.add(new Requirement("dashboard.rule.evaluation", State.INFORMATION,
					"dashboard.rule.evaluation.notDue", List.of(from, to), termClause));
			case DUE -> requirements.add(new Requirement("dashboard.rule.evaluation", State.DUE,
					"dashboard.rule.evaluation.due", List.of(from, to), termClause));
			case CLOSED -> requirements.add(new Requirement("dashboard.rule.evaluation", State.INFORMATION,
					"dashboard.rule.evaluation.closed", List.of(from, to), termClause));
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
