package no.avtaleportal.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

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

	private static final long AGREEMENT = 7;

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
		assertThat(rule.arguments()).startsWith("2024", 2, 0);
		assertThat(text(rule)).isEqualTo("I 2024 er 2 møter holdt og ingen planlagt; avtalen krever minst 2 i året.");
		assertThat(rule.link()).isEqualTo("/meetings?agreement=" + AGREEMENT);
	}

	@Test
	void theFirstYearIsJudgedOnlyForThePartInsideTheTermAndSaysSo() {
		Requirement rule = rule(LocalDate.of(2023, 12, 15), true);
		assertThat(rule.state()).as("six weeks of a year call for no meeting yet").isEqualTo(State.MET);
		assertThat(text(rule)).isEqualTo("I 2023 (del av året) er ingen møter holdt og ingen planlagt; avtalen krever "
				+ "minst 0 møter for den delen av året avtalen gjelder (20.11.2023–31.12.2023).");
		assertThat(text(rule, Locale.ENGLISH)).isEqualTo("In 2023 (part of the year), no meetings have been held and "
				+ "none is planned; the agreement requires at least 0 meetings for the part of the year the agreement "
				+ "covers (20.11.2023 to 31.12.2023).");
		assertThat(rule(LocalDate.of(2024, 1, 10), true).state())
			.as("the autumn of 2023 did not pass without a meeting: the term covered six weeks of it")
			.isEqualTo(State.MET);
	}

	@Test
	void theLastYearIsJudgedForThePartUpToTheEndOfTheTerm() {
		Requirement rule = rule(LocalDate.of(2025, 11, 19), true);
		assertThat(text(rule)).startsWith("Ingen møte er holdt eller planlagt i 2. halvår 2025. I 2025 (del av året) er "
				+ "ett møte holdt og ingen planlagt; avtalen krever minst 2 møter for den delen av året avtalen gjelder "
				+ "(01.01.2025–19.11.2025).");
	}

	@Test
	void onNewYearsDayTheCountStartsAgainAndTheFirstHalfYearHasItsMeetingPlanned() {
		Requirement rule = rule(LocalDate.of(2025, 1, 1), true);
		assertThat(text(rule)).isEqualTo("I 2025 (del av året) er bare ingen møter holdt og ett planlagt; avtalen krever "
				+ "minst 2 møter for den delen av året avtalen gjelder (01.01.2025–19.11.2025). Planlegg flere møter.");
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
		assertThat(rule.arguments()).containsSequence(1, 0).endsWith(2, "2025");
	}

	@Test
	void whenThePreviousHalfYearAlsoPassedWithoutAMeetingItIsOverdue() {
		List<LocalDate> onlyIn2024Spring = List.of(LocalDate.of(2024, 3, 14));
		Requirement rule = AgreementRequirements.meetings(AGREEMENT, START, END, LocalDate.of(2025, 2, 1),
				rhythm(onlyIn2024Spring, LocalDate.of(2025, 2, 1)), true);
		assertThat(rule.state()).isEqualTo(State.OVERDUE);
		assertThat(rule.message()).isEqualTo("dashboard.rule.meetings.missed");
		assertThat(rule.arguments()).endsWith(2, "2024");
	}

	@Test
	void aReaderIsSentToTheMeetingsRatherThanToPlanOne() {
		Requirement rule = rule(LocalDate.of(2025, 7, 1), false);
		assertThat(rule.state()).isEqualTo(State.DUE);
		assertThat(rule.link()).isEqualTo("/meetings?agreement=" + AGREEMENT);
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
		return AgreementRequirements.meetings(AGREEMENT, START, END, day, rhythm(MEETINGS, day), mayPlan);
	}

	/**
	 * The rhythm on the day, as the meetings feature gives it: meetings up to the day held, later
	 * ones planned; the years of the term, each judged for its part inside the term; the half-years
	 * the term covers at least half of, with no meeting.
	 */
	private static Rhythm rhythm(List<LocalDate> meetings, LocalDate day) {
		List<Year> years = new ArrayList<>();
		for (int year = START.getYear(); year <= END.getYear(); year++) {
			int y = year;
			int held = (int) meetings.stream().filter(m -> m.getYear() == y && !m.isAfter(day)).count();
			int planned = (int) meetings.stream().filter(m -> m.getYear() == y && m.isAfter(day)).count();
			LocalDate from = (year == START.getYear()) ? START : LocalDate.of(year, 1, 1);
			LocalDate to = (year == END.getYear()) ? END : LocalDate.of(year, 12, 31);
			years.add(Year.judged(year, held, planned, 2, year < day.getYear(), from, to));
		}
		HalfYear current = half(day);
		List<HalfYear> empty = new ArrayList<>();
		for (HalfYear h = half(START); h.year() < current.year() || (h.year() == current.year() && h.half() <= current.half());
				h = (h.half() == 1) ? new HalfYear(h.year(), 2) : new HalfYear(h.year() + 1, 1)) {
			HalfYear each = h;
			// the term covers six weeks of its first half-year: too little to be judged
			if (!each.equals(half(START)) && meetings.stream().noneMatch(m -> half(m).equals(each))) {
				empty.add(h);
			}
		}
		return new Rhythm(2, years, empty, current);
	}

	private static HalfYear half(LocalDate day) {
		return new HalfYear(day.getYear(), (day.getMonthValue() <= 6) ? 1 : 2);
	}

	private static String text(Requirement rule) {
		return text(rule, Locale.forLanguageTag("nb"));
	}

	/** The requirement's explanation in the language, from the portal's message bundles. */
	private static String text(Requirement rule, Locale locale) {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages.getMessage(rule.message(), rule.args(), locale);
	}

}
