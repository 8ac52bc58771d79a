package no.avtaleportal.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.agreement.Agreements.SteeringGroupFacts;

/**
 * What other features (the dashboard) use of meetings: whether a steering group keeps the
 * agreement's rhythm of meetings. Time comes from the portal's clock.
 */
@Service
@Transactional(readOnly = true)
public class SteeringGroupMeetings {

	private final MeetingRepository meetings;

	private final Agreements agreements;

	private final Clock clock;

	SteeringGroupMeetings(MeetingRepository meetings, Agreements agreements, Clock clock) {
		this.meetings = meetings;
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

	Rhythm rhythm(SteeringGroupFacts group) {
		return Rhythm.of(group.minimumMeetingsPerYear(), group.agreementStart(),
				this.meetings.findBySteeringGroupIdOrderByStartsAt(group.id()), LocalDate.now(this.clock));
	}

	/**
	 * Meetings held and planned per calendar year against the minimum, from the year the
	 * agreement started, and the half-years (up to the current one) with no meeting held or
	 * planned.
	 */
	public record Rhythm(int minimumPerYear, List<Year> years, List<HalfYear> halfYearsWithoutMeetings,
			HalfYear current) {

		static Rhythm of(int minimum, LocalDate since, List<Meeting> meetings, LocalDate today) {
			return of(minimum, since, meetings, today, Meeting::getStatus);
		}

		/**
		 * The rhythm with each meeting's status as {@code status} gives it (such as the status a
		 * meeting had on an earlier day).
		 */
		static Rhythm of(int minimum, LocalDate since, List<Meeting> meetings, LocalDate today,
				java.util.function.Function<Meeting, MeetingStatus> status) {
			int lastYear = meetings.stream()
				.mapToInt(meeting -> meeting.getStartsAt().getYear())
				.max()
				.orElse(today.getYear());
			List<Year> years = new ArrayList<>();
			for (int year = since.getYear(); year <= Math.max(lastYear, today.getYear()); year++) {
				int y = year;
				long held = count(meetings, m -> status.apply(m) == MeetingStatus.HELD && m.getStartsAt().getYear() == y);
				long planned = count(meetings,
						m -> status.apply(m) == MeetingStatus.PLANNED && m.getStartsAt().getYear() == y);
				years.add(new Year(year, (int) held, (int) planned, minimum, year < today.getYear()));
			}
			HalfYear current = HalfYear.of(today);
			List<HalfYear> empty = new ArrayList<>();
			for (HalfYear half = HalfYear.of(since); !half.isAfter(current); half = half.next()) {
				HalfYear h = half;
				if (count(meetings, m -> status.apply(m) != MeetingStatus.CANCELLED
						&& HalfYear.of(m.getStartsAt().toLocalDate()).equals(h)) == 0) {
					empty.add(half);
				}
			}
			return new Rhythm(minimum, years, empty, current);
		}

		private static long count(List<Meeting> meetings, java.util.function.Predicate<Meeting> which) {
			return meetings.stream().filter(which).count();
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

	/**
	 * One calendar year: meetings held, meetings still planned, and the minimum. A past year falls
	 * short when fewer were held; the current and later ones when held and planned together fall short.
	 */
	public record Year(int year, int held, int planned, int minimum, boolean past) {

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

	}

}
