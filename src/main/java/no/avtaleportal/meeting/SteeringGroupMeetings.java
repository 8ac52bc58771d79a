package no.avtaleportal.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.agreement.Agreements.SteeringGroupFacts;
import no.avtaleportal.agreement.Term;
import no.avtaleportal.web.Formats;

/**
 * What other features (the dashboard) use of meetings: whether a steering group keeps the
 * agreement's rhythm of meetings. Time comes from the portal's clock.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class SteeringGroupMeetings {

	private final JdbcClient jdbc;

	private final Agreements agreements;

	private final Clock clock;

	SteeringGroupMeetings(JdbcClient jdbc, Agreements agreements, Clock clock) {
		this.jdbc = jdbc;
		this.agreements = agreements;
		this.clock = clock;
	}

	/**
	 * The rhythm of the steering group of the agreement, if it has one.
	 */
	public Optional<Rhythm> rhythmOfAgreement(long agreementId) {
		return this.agreements.steeringGroups()
			.stream()
			.filter(group -> group.agreementId() == agreementId)
			.findFirst()
			.map(this::rhythm);
	}

	/** The group's rhythm, from its meetings counted by day (in Oslo) and status in one statement. */
	Rhythm rhythm(SteeringGroupFacts group) {
		List<MeetingDay> days = this.jdbc.sql("""
				select cast(starts_at at time zone 'Europe/Oslo' as date) as day, status, count(*) as meetings
				from meeting where steering_group_id = :id group by 1, 2""")
			.param("id", group.id())
			.query((rs, row) -> new MeetingDay(rs.getObject("day", LocalDate.class),
					MeetingStatus.valueOf(rs.getString("status")), rs.getLong("meetings")))
			.list();
		return Rhythm.of(group.minimumMeetingsPerYear(), group.agreementTerm(), days, LocalDate.now(this.clock),
				MeetingDay::status, MeetingDay::day, MeetingDay::meetings);
	}

	/** How many of the group's meetings on a day have a status. */
	private record MeetingDay(LocalDate day, MeetingStatus status, long meetings) {
	}

	/**
	 * Meetings held and planned per calendar year of the agreement's term against the minimum
	 * (for a year the term covers only in part, the minimum for that part), and the half-years
	 * (up to the current one) that the term covers at least half of with no meeting held or planned.
	 */
	public record Rhythm(int minimumPerYear, List<Year> years, List<HalfYear> halfYearsWithoutMeetings,
			HalfYear current) {

		/** The rhythm of the meetings as they stand. Only meetings inside the term count. */
		static Rhythm of(int minimum, Term term, List<Meeting> meetings, LocalDate today) {
			return of(minimum, term, meetings, today, Meeting::getStatus,
					meeting -> meeting.getStartsAt().toLocalDate());
		}

		/**
		 * The rhythm of meetings of any form, each with its status as {@code status} gives it and
		 * its day in Oslo as {@code dayOf} gives it.
		 */
		static <M> Rhythm of(int minimum, Term term, List<M> meetings, LocalDate today,
				java.util.function.Function<M, MeetingStatus> status, java.util.function.Function<M, LocalDate> dayOf) {
			return of(minimum, term, meetings, today, status, dayOf, meeting -> 1);
		}

		/**
		 * The rhythm of meetings counted by day and status: each element stands for as many
		 * meetings as {@code number} gives (a row of a {@code GROUP BY}).
		 */
		static <M> Rhythm of(int minimum, Term term, List<M> meetings, LocalDate today,
				java.util.function.Function<M, MeetingStatus> status, java.util.function.Function<M, LocalDate> dayOf,
				java.util.function.ToLongFunction<M> number) {
			List<Year> years = new ArrayList<>();
			for (int year = term.start().getYear(); year <= term.end().getYear(); year++) {
				LocalDate from = max(LocalDate.of(year, 1, 1), term.start());
				LocalDate to = min(LocalDate.of(year, 12, 31), term.end());
				long held = count(meetings, number, m -> status.apply(m) == MeetingStatus.HELD && within(dayOf.apply(m), from, to));
				long planned = count(meetings, number,
						m -> status.apply(m) == MeetingStatus.PLANNED && within(dayOf.apply(m), from, to));
				years.add(Year.judged(year, (int) held, (int) planned, minimum, year < today.getYear(), from, to));
			}
			HalfYear current = HalfYear.of(today);
			List<HalfYear> empty = new ArrayList<>();
			for (HalfYear half = HalfYear.of(term.start()); !half.isAfter(current)
					&& !half.first().isAfter(term.end()); half = half.next()) {
				LocalDate from = max(half.first(), term.start());
				LocalDate to = min(half.last(), term.end());
				if (share(from, to, half.first(), half.last()) >= 0.5 && count(meetings, number,
						m -> status.apply(m) != MeetingStatus.CANCELLED && within(dayOf.apply(m), from, to)) == 0) {
					empty.add(half);
				}
			}
			return new Rhythm(minimum, years, empty, current);
		}

		private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
			return !day.isBefore(from) && !day.isAfter(to);
		}

		private static <M> long count(List<M> meetings, java.util.function.ToLongFunction<M> number,
				java.util.function.Predicate<M> which) {
			return meetings.stream().filter(which).mapToLong(number).sum();
		}

		/** Whether to warn: the current half-year has no meeting held or planned. */
		public boolean isWarning() {
			return this.halfYearsWithoutMeetings.contains(this.current);
		}

		/**
		 * The half-year just before the current one, if it passed with no meeting held or planned
		 * (and the agreement had started).
		 */
		public Optional<HalfYear> passedWithoutMeeting() {
			HalfYear previous = this.current.previous();
			return this.halfYearsWithoutMeetings.contains(previous) ? Optional.of(previous) : Optional.empty();
		}

	}

	private static LocalDate max(LocalDate one, LocalDate other) {
		return one.isAfter(other) ? one : other;
	}

	private static LocalDate min(LocalDate one, LocalDate other) {
		return one.isBefore(other) ? one : other;
	}

	/** The share of the span {@code first}–{@code last} that {@code from}–{@code to} covers. */
	private static double share(LocalDate from, LocalDate to, LocalDate first, LocalDate last) {
		return (double) (ChronoUnit.DAYS.between(from, to) + 1) / (ChronoUnit.DAYS.between(first, last) + 1);
	}

	/**
	 * One calendar year of the term: meetings held, meetings still planned, and the minimum. A past
	 * year falls short when fewer were held; the current and later ones when held and planned
	 * together fall short. A year the term covers only in part ({@code from}–{@code to}) is judged
	 * for that part: its minimum is the yearly minimum in proportion to the part, rounded.
	 */
	public record Year(int year, int held, int planned, int minimum, boolean past, LocalDate from, LocalDate to) {

		/** A whole calendar year. */
		public Year(int year, int held, int planned, int minimum, boolean past) {
			this(year, held, planned, minimum, past, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
		}

		/**
		 * The year from {@code from} to {@code to} (the part inside the term) judged against the
		 * yearly minimum in proportion to that part.
		 */
		public static Year judged(int year, int held, int planned, int minimumPerYear, boolean past, LocalDate from,
				LocalDate to) {
			LocalDate first = LocalDate.of(year, 1, 1);
			LocalDate last = LocalDate.of(year, 12, 31);
			int minimum = (int) Math.round(minimumPerYear * share(from, to, first, last));
			return new Year(year, held, planned, minimum, past, from, to);
		}

		/** The year as a message argument ("2023"). */
		public String yearText() {
			return Formats.year(this.year);
		}

		/** Whether the term covers only a part of the year. */
		public boolean isPartOfYear() {
			return this.from.getDayOfYear() != 1 || this.to.getMonthValue() != 12 || this.to.getDayOfMonth() != 31;
		}

		public boolean isShort() {
			return (this.past ? this.held : this.held + this.planned) < this.minimum;
		}

	}

	/**
	 * The first (January–June) or second (July–December) half of a year.
	 */
	public record HalfYear(int year, int half) {

		static HalfYear of(LocalDate day) {
			return new HalfYear(day.getYear(), (day.getMonthValue() <= 6) ? 1 : 2);
		}

		HalfYear next() {
			return (this.half == 1) ? new HalfYear(this.year, 2) : new HalfYear(this.year + 1, 1);
		}

		HalfYear previous() {
			return (this.half == 2) ? new HalfYear(this.year, 1) : new HalfYear(this.year - 1, 2);
		}

		boolean isAfter(HalfYear other) {
			return this.year > other.year || (this.year == other.year && this.half > other.half);
		}

		LocalDate first() {
			return LocalDate.of(this.year, (this.half == 1) ? 1 : 7, 1);
		}

		LocalDate last() {
			return (this.half == 1) ? LocalDate.of(this.year, 6, 30) : LocalDate.of(this.year, 12, 31);
		}

	}

}
