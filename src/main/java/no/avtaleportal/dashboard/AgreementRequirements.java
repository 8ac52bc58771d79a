package no.avtaleportal.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import no.avtaleportal.agreement.AgreementOverview;
import no.avtaleportal.agreement.AgreementView;
import no.avtaleportal.dashboard.Requirement.State;
import no.avtaleportal.evaluation.Evaluations;
import no.avtaleportal.meeting.SteeringGroupMeetings.HalfYear;
import no.avtaleportal.meeting.SteeringGroupMeetings.Rhythm;
import no.avtaleportal.meeting.SteeringGroupMeetings.Year;
import no.avtaleportal.web.Formats;

/**
 * The rules of DESIGN.md §4 that follow from the agreement's own dates and the steering group's
 * meetings, as requirements for the dashboard: the rhythm of meetings, the evaluation window, and
 * the term's end with the continuation decision it needs.
 */
final class AgreementRequirements {

	private AgreementRequirements() {
	}

	/**
	 * The requirements on the overview's day, the meetings first when the agreement has a steering
	 * group ({@code rhythm} on the same day; {@code mayPlan} whether the user may plan meetings);
	 * {@code treated} is the evaluation's decision if it was taken by then, else {@code null}.
	 */
	static List<Requirement> of(AgreementOverview overview, Rhythm rhythm, boolean mayPlan,
			Evaluations.Treated treated) {
		List<Requirement> requirements = new ArrayList<>();
		if (rhythm != null) {
			AgreementView agreement = overview.agreement();
			requirements.add(meetings(overview.id(), agreement.startDate(), agreement.endDateOn(overview.day()),
					overview.day(), rhythm, mayPlan));
		}
		requirements.addAll(of(overview, treated));
		return requirements;
	}

	/**
	 * At least the minimum of meetings held per calendar year of the term, and a meeting held or
	 * planned in every half-year. Due when the current half-year has none held or planned, or when
	 * this year's held and planned meetings fall short of the minimum; overdue when the previous
	 * half-year of the term also passed without one. Outside the term, for information. The link
	 * leads to the meetings of the agreement's steering group, or to planning one.
	 */
	static Requirement meetings(long agreementId, LocalDate start, LocalDate end, LocalDate day, Rhythm rhythm,
			boolean mayPlan) {
		String topic = "dashboard.rule.meetings";
		String list = "/meetings?agreement=" + agreementId;
		String minimum = String.valueOf(rhythm.minimumPerYear());
		if (day.isBefore(start)) {
			return new Requirement(topic, State.INFORMATION, "dashboard.rule.meetings.notStarted",
					List.of(minimum, format(start)), list, "dashboard.rule.meetings.link.list");
		}
		if (end != null && day.isAfter(end)) {
			return new Requirement(topic, State.INFORMATION, "dashboard.rule.meetings.ended",
					List.of(minimum, format(end)), list, "dashboard.rule.meetings.link.list");
		}
		Year year = rhythm.years()
			.stream()
			.filter(each -> each.year() == day.getYear())
			.findFirst()
			.orElse(new Year(day.getYear(), 0, 0, rhythm.minimumPerYear(), false));
		HalfYear current = rhythm.current();
		// the rhythm lists empty half-years from the agreement's start only
		HalfYear previous = (current.half() == 2) ? new HalfYear(current.year(), 1) : new HalfYear(current.year() - 1, 2);
		Object yearLabel = yearLabel(year);
		Object required = year.isPartOfYear()
				? Formats.phrase("dashboard.rule.meetings.minimum.part", year.minimum(), Formats.date(year.from()),
						Formats.date(year.to()))
				: Formats.phrase("dashboard.rule.meetings.minimum", year.minimum());
		List<Object> counts = List.of(yearLabel, year.held(), year.planned(), required, current.half(),
				Formats.year(current.year()));
		String act = mayPlan ? "/meetings/new" : list;
		String actKey = mayPlan ? "dashboard.rule.meetings.link.plan" : "dashboard.rule.meetings.link.list";
		if (rhythm.isWarning() && rhythm.halfYearsWithoutMeetings().contains(previous)) {
			return new Requirement(topic, State.OVERDUE, "dashboard.rule.meetings.missed",
					List.of(yearLabel, year.held(), year.planned(), required, current.half(),
							Formats.year(current.year()), previous.half(), Formats.year(previous.year())),
					act, actKey);
		}
		if (rhythm.isWarning()) {
			return new Requirement(topic, State.DUE, "dashboard.rule.meetings.halfYear", counts, act, actKey);
		}
		if (year.isShort()) {
			return new Requirement(topic, State.DUE, "dashboard.rule.meetings.short", counts, act, actKey);
		}
		return new Requirement(topic, State.MET, "dashboard.rule.meetings.met", counts, list,
				"dashboard.rule.meetings.link.list");
	}

	/**
	 * The requirements that follow from the agreement's own dates; {@code treated} as above.
	 */
	static List<Requirement> of(AgreementOverview overview, Evaluations.Treated treated) {
		List<Requirement> requirements = new ArrayList<>();
		AgreementView agreement = overview.agreement();
		String agreementPage = "/agreements/" + overview.id();
		String termClause = agreementPage + "#clause-4";
		String from = format(agreement.evaluationFrom());
		String to = format(agreement.evaluationTo());
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
					"dashboard.rule.term.notStarted", List.of(format(agreement.startDate())), agreementPage);
		});
		return requirements;
	}

	/** The year ("2024"), or for a year the term covers in part, saying so ("2023 (del av året)"). */
	static Object yearLabel(Year year) {
		return year.isPartOfYear() ? Formats.phrase("year.partOfYear", Formats.year(year.year()))
				: Formats.year(year.year());
	}

	private static String format(LocalDate date) {
		return Formats.date(date);
	}

}
