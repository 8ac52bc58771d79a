package no.avtaleportal.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.avtaleportal.dashboard.Requirement.State;
import no.avtaleportal.meeting.SteeringGroupMeetings.HalfYear;
import no.avtaleportal.meeting.SteeringGroupMeetings.Rhythm;
import no.avtaleportal.meeting.SteeringGroupMeetings.Year;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The meeting rule of DESIGN.md §4 (at least two meetings held a year; a warning when a half-year
 * has none held or planned) on days before, during and after a term from 20.11.2023 to 19.11.2025,
 * across the year boundary and the half-years. Each day's rhythm is what the meetings feature
 * computes on that day: the meetings held up to the day and those planned after it.
 */
class MeetingRuleTests {

	private static final LocalDate START = LocalDate.of(2023, 11, 20);

	private static final LocalDate END = LocalDate.of(2025, 11, 19);

	/** Held on 14.03.2024 and 17.10.2024; the spring 2025 meeting planned for 14.03.2025. */
	private static final List<LocalDate> MEETINGS = List.of(LocalDate.of(2024, 3, 14), LocalDate.of(2024, 10, 17),
			LocalDate.of(2025, 3, 14));

	@Test
	void beforeTheTermTheRuleIsForInformation() {
		Requirement rule = rule(LocalDate.of(2023, 11, 1), true);
		assertThat(rule.state()).isEqualTo(State.INFORMATION);
		assertThat(rule.message()).isEqualTo("dashboard.rule.meetings.notStarted");
		assertThat(rule.arguments()).containsExactly("2", "20.11.2023");
	}

	@Test
	void aYearWithTwoMeetingsHeldIsInOrderUpToItsLastDay() {
		Requirement rule = rule(LocalDate.of(2024, 12, 31), true);
		assertThat(rule.state()).isEqualTo(State.MET);
		assertThat(rule.arguments()).startsWith("2024", 2, 0, "2");
		assertThat(rule.link()).isEqualTo("/meetings");
	}

	@Test
	void onNewYearsDayTheCountStartsAgainAndTheFirstHalfYearHasItsMeetingPlanned() {
		Requirement rule = rule(LocalDate.of(2025, 1, 1), true);
		assertThat(rule.arguments()).startsWith("2025", 0, 1, "2");
		assertThat(rule.state()).as("one planned of two: plan another").isEqualTo(State.DUE);
		assertThat(rule.message()).isEqualTo("dashboard.rule.meetings.short");
		assertThat(rule.link()).isEqualTo("/meetings/new");
		assertThat(rule.linkKey()).isEqualTo("dashboard.rule.meetings.link.plan");
	}

	@Test
	void aHalfYearWithNoMeetingHeldOrPlannedIsDue() {
		Requirement rule = rule(LocalDate.of(2025, 7, 1), true);
		assertThat(rule.state()).isEqualTo(State.DUE);
		assertThat(rule.message()).isEqualTo("dashboard.rule.meetings.halfYear");
		assertThat(rule.arguments()).containsExactly("2025", 1, 0, "2", 2, "2025");
	}

	@Test
	void whenThePreviousHalfYearAlsoPassedWithoutAMeetingItIsOverdue() {
		List<LocalDate> onlyIn2024Spring = List.of(LocalDate.of(2024, 3, 14));
		Requirement rule = AgreementRequirements.meetings(START, END, LocalDate.of(2025, 2, 1),
				rhythm(onlyIn2024Spring, LocalDate.of(2025, 2, 1)), true);
		assertThat(rule.state()).isEqualTo(State.OVERDUE);
		assertThat(rule.message()).isEqualTo("dashboard.rule.meetings.missed");
		assertThat(rule.arguments()).endsWith(2, "2024");
	}

	@Test
	void aReaderIsSentToTheMeetingsRatherThanToPlanOne() {
		Requirement rule = rule(LocalDate.of(2025, 7, 1), false);
		assertThat(rule.state()).isEqualTo(State.DUE);
		assertThat(rule.link()).isEqualTo("/meetings");
		assertThat(rule.linkKey()).isEqualTo("dashboard.rule.meetings.link.list");
	}

	@Test
	void afterTheTermTheRuleIsForInformation() {
		Requirement rule = rule(LocalDate.of(2025, 11, 20), true);
		assertThat(rule.state()).isEqualTo(State.INFORMATION);
		assertThat(rule.message()).isEqualTo("dashboard.rule.meetings.ended");
		assertThat(rule.arguments()).containsExactly("2", "19.11.2025");
	}

	@Test
	void onTheLastDayOfTheTermTheRuleStillApplies() {
		Requirement rule = rule(END, true);
		assertThat(rule.state()).isEqualTo(State.DUE);
		assertThat(rule.message()).isEqualTo("dashboard.rule.meetings.halfYear");
	}

	private static Requirement rule(LocalDate day, boolean mayPlan) {
		return AgreementRequirements.meetings(START, END, day, rhythm(MEETINGS, day), mayPlan);
	}

	/**
	 * The rhythm on the day, as the meetings feature gives it: meetings up to the day held, later
	 * ones planned; years from the start; half-years from the start with no meeting.
	 */
	private static Rhythm rhythm(List<LocalDate> meetings, LocalDate day) {
		List<Year> years = new ArrayList<>();
		for (int year = START.getYear(); year <= day.getYear(); year++) {
			int y = year;
			int held = (int) meetings.stream().filter(m -> m.getYear() == y && !m.isAfter(day)).count();
			int planned = (int) meetings.stream().filter(m -> m.getYear() == y && m.isAfter(day)).count();
			years.add(new Year(year, held, planned, 2, year < day.getYear()));
		}
		HalfYear current = half(day);
		List<HalfYear> empty = new ArrayList<>();
		for (HalfYear h = half(START); h.year() < current.year() || (h.year() == current.year() && h.half() <= current.half());
				h = (h.half() == 1) ? new HalfYear(h.year(), 2) : new HalfYear(h.year() + 1, 1)) {
			HalfYear each = h;
			if (meetings.stream().noneMatch(m -> half(m).equals(each))) {
				empty.add(h);
			}
		}
		return new Rhythm(2, years, empty, current);
	}

	private static HalfYear half(LocalDate day) {
		return new HalfYear(day.getYear(), (day.getMonthValue() <= 6) ? 1 : 2);
	}

}
