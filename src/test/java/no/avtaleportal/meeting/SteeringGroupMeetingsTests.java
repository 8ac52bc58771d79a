package no.avtaleportal.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.agreement.Term;
import no.avtaleportal.meeting.SteeringGroupMeetings.HalfYear;
import no.avtaleportal.meeting.SteeringGroupMeetings.Rhythm;
import no.avtaleportal.meeting.SteeringGroupMeetings.Year;
import no.avtaleportal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agreement's rhythm: at least the minimum number of meetings per calendar year, and a
 * warning when a half-year has no meeting held or planned. Time comes from an injected clock.
 */
@PortalTest
class SteeringGroupMeetingsTests {

	private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	/** The NTNU–NHO agreement's first term. */
	private static final Term TERM = new Term(LocalDate.parse("2023-11-20"), LocalDate.parse("2025-11-19"));

	private static final Term TWO_YEARS = new Term(LocalDate.parse("2025-01-01"), LocalDate.parse("2026-12-31"));

	@Autowired
	private org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	private Agreements agreements;

	@Autowired
	private org.springframework.test.web.servlet.MockMvc mvc;

	@Autowired
	private org.thymeleaf.spring6.SpringTemplateEngine templates;

	@Test
	void countsHeldAndPlannedMeetingsPerYearAgainstTheMinimum() {
		List<Meeting> list = List.of(held("2024-03-01"), held("2024-10-01"), held("2025-02-01"),
				planned("2025-11-01"), cancelled("2025-06-01"), planned("2025-12-01"));
		Rhythm rhythm = Rhythm.of(2, TERM, list, LocalDate.parse("2025-09-15"));
		assertThat(rhythm.years()).containsExactly(
				new Year(2023, 0, 0, 0, true, LocalDate.parse("2023-11-20"), LocalDate.parse("2023-12-31")),
				new Year(2024, 2, 0, 2, true), new Year(2025, 1, 1, 2, false, LocalDate.parse("2025-01-01"),
						LocalDate.parse("2025-11-19")));
		assertThat(rhythm.years().get(0).isPartOfYear()).isTrue();
		assertThat(rhythm.years().get(0).isShort()).as("six weeks of 2023 call for no meeting").isFalse();
		assertThat(rhythm.years().get(1).isShort()).isFalse();
		assertThat(rhythm.years().get(2).isShort()).as("one held and one planned meet the minimum").isFalse();
		// the cancelled meeting in June does not count: the first half of 2025 had one held in February;
		// the autumn of 2023 is not judged: the term covered six weeks of it
		assertThat(rhythm.halfYearsWithoutMeetings()).isEmpty();
		assertThat(rhythm.isWarning()).isFalse();
	}

	@Test
	void aYearIsJudgedOnlyForThePartInsideTheTerm() {
		Term term = new Term(LocalDate.parse("2023-11-20"), LocalDate.parse("2027-08-31"));
		Rhythm rhythm = Rhythm.of(2, term, List.of(held("2027-03-01"), planned("2027-10-01")),
				LocalDate.parse("2027-05-01"));
		assertThat(rhythm.years()).extracting(Year::year).containsExactly(2023, 2024, 2025, 2026, 2027);
		Year last = rhythm.years().get(4);
		assertThat(last.isPartOfYear()).isTrue();
		assertThat(last.planned()).as("a meeting after the term does not count").isZero();
		assertThat(last.minimum()).as("two a year for eight months of it").isEqualTo(1);
		assertThat(last.isShort()).isFalse();
	}

	@Test
	void warnsWhenTheCurrentHalfYearHasNoMeetingHeldOrPlanned() {
		List<Meeting> list = List.of(held("2025-03-01"), cancelled("2025-09-01"));
		Rhythm rhythm = Rhythm.of(2, TWO_YEARS, list, LocalDate.parse("2025-10-01"));
		assertThat(rhythm.current()).isEqualTo(new HalfYear(2025, 2));
		assertThat(rhythm.isWarning()).isTrue();
		assertThat(rhythm.years().get(0).isShort()).isTrue();
	}

	@Test
	void theDashboardAsksByAgreementWithThePortalsClock() {
		long agreementId = this.agreements.steeringGroups().get(0).agreementId();
		Clock farAhead = Clock.fixed(ZonedDateTime.of(2041, 3, 1, 12, 0, 0, 0, OSLO).toInstant(), OSLO);
		Rhythm rhythm = new SteeringGroupMeetings(this.jdbc, this.agreements, farAhead).rhythmOfAgreement(agreementId)
			.orElseThrow();
		assertThat(rhythm.current()).isEqualTo(new HalfYear(2041, 1));
		assertThat(rhythm.isWarning()).as("the rule applies inside the term only").isFalse();
		assertThat(rhythm.minimumPerYear()).isEqualTo(2);
		assertThat(rhythm.years()).extracting(Year::year).contains(2023).doesNotContain(2041);
		assertThat(new SteeringGroupMeetings(this.jdbc, this.agreements, farAhead).rhythmOfAgreement(-1)).isEmpty();
	}

	@Test
	void warnsWhenTheLastHalfYearPassedWithNoMeeting() {
		Term start = TWO_YEARS;
		Rhythm after = Rhythm.of(2, start, List.of(held("2025-03-01"), cancelled("2025-10-01")),
				LocalDate.parse("2026-02-01"));
		assertThat(after.passedWithoutMeeting()).contains(new HalfYear(2025, 2));
		Rhythm met = Rhythm.of(2, start, List.of(held("2025-03-01"), held("2025-12-01")), LocalDate.parse("2026-02-01"));
		assertThat(met.passedWithoutMeeting()).isEmpty();
		Rhythm firstHalf = Rhythm.of(2, start, List.of(), LocalDate.parse("2025-02-01"));
		assertThat(firstHalf.passedWithoutMeeting()).as("nothing passed before the agreement started").isEmpty();
	}

	@Test
	void thePortalsClockDecidesWhichHalfYearHasPassed() {
		long agreementId = this.agreements.steeringGroups().get(0).agreementId();
		Clock inTheTerm = Clock.fixed(ZonedDateTime.of(2027, 8, 1, 12, 0, 0, 0, OSLO).toInstant(), OSLO);
		Rhythm rhythm = new SteeringGroupMeetings(this.jdbc, this.agreements, inTheTerm).rhythmOfAgreement(agreementId)
			.orElseThrow();
		assertThat(rhythm.current()).isEqualTo(new HalfYear(2027, 2));
		Rhythm now = new SteeringGroupMeetings(this.jdbc, this.agreements, Clock.system(OSLO))
			.rhythmOfAgreement(agreementId)
			.orElseThrow();
		assertThat(now.current()).isNotEqualTo(new HalfYear(2027, 2));
	}

	@Test
	void theWarningIsShownInWordsAboveTheYears() {
		Rhythm rhythm = Rhythm.of(2, TWO_YEARS, List.of(held("2025-03-01")), LocalDate.parse("2026-02-01"));
		org.thymeleaf.context.Context context = new org.thymeleaf.context.Context(java.util.Locale.forLanguageTag("nb"));
		context.setVariable("rhythm", rhythm);
		org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(this.templates.process("meeting/parts",
				java.util.Set.of("rhythm"), context));
		assertThat(html.select(".rhythm-warning").eachText()).containsExactly(
				"Advarsel: 2. halvår 2025 gikk uten at styringsgruppen hadde noe møte. Avtalen krever jevnlige møter.",
				"Advarsel: Ingen møter er gjennomført eller planlagt i 1. halvår 2026. Avtalen krever jevnlige møter i styringsgruppen.");
		assertThat(html.select(".rhythm-table tbody tr").eachText()).containsExactly("2025 1 0 2 For få møter",
				"2026 0 0 2 For få møter");
	}

	@Test
	void theAgreementsSteeringGroupShowsTheMeetingsPerYear() throws Exception {
		long agreementId = this.agreements.steeringGroups().get(0).agreementId();
		Rhythm expected = new SteeringGroupMeetings(this.jdbc, this.agreements, Clock.system(OSLO))
			.rhythmOfAgreement(agreementId)
			.orElseThrow();
		String page = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/agreements/" + agreementId + "/responsibilities")
				.session(no.avtaleportal.support.SignIn.as(this.mvc, "leser")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		org.jsoup.nodes.Element group = org.jsoup.Jsoup.parse(page).selectFirst("section[aria-labelledby=group-heading]");
		assertThat(group.select("h3").text()).isEqualTo("Møter i styringsgruppen");
		assertThat(group.select(".rhythm-table caption").text()).isEqualTo("Møter per kalenderår (avtalen krever minst 2)");
		assertThat(group.select(".rhythm-table tbody th").eachText())
			.containsExactlyElementsOf(expected.years()
				.stream()
				.map(year -> year.year() + (year.isPartOfYear() ? " (del av året)" : ""))
				.toList())
			.startsWith("2023 (del av året)", "2024");
		assertThat(group.select(".rhythm-warning")).hasSize(
				(expected.isWarning() ? 1 : 0) + (expected.passedWithoutMeeting().isPresent() ? 1 : 0));
		assertThat(group.select("a:contains(Til styringsgruppens møter)").attr("href")).as("the meetings of this agreement's group")
			.isEqualTo("/meetings?agreement=" + agreementId);
	}

	private static Meeting planned(String date) {
		return new Meeting(1, ZonedDateTime.of(LocalDate.parse(date), LocalTime.of(10, 0), OSLO), 60, "Oslo", null);
	}

	private static Meeting held(String date) {
		Meeting meeting = planned(date);
		meeting.markHeld(meeting.getStartsAt().toInstant());
		return meeting;
	}

	private static Meeting cancelled(String date) {
		Meeting meeting = planned(date);
		meeting.cancel("Avlyst", new Meeting.Actor("sekretaer", "Ingrid Berg", null), java.time.Instant.now());
		return meeting;
	}

}
