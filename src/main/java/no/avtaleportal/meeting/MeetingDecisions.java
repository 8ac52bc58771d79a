package no.avtaleportal.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.agreement.Agreements.SteeringGroupFacts;
import no.avtaleportal.web.NotFoundException;
import no.avtaleportal.web.ReadOnce;

/**
 * What other features (the evaluation) use of the minutes: proposing a decision into a meeting's
 * draft minutes, reading a decision back, and the record of the steering group's work over a
 * period. A proposed decision is in force only once the minutes are approved, which
 * {@link MinutesApproved} announces.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class MeetingDecisions {

	private final MeetingRepository meetings;

	private final MeetingPages pages;

	private final SteeringGroupAccess access;

	private final Agreements agreements;

	private final EntityManager entityManager;

	MeetingDecisions(MeetingRepository meetings, MeetingPages pages, SteeringGroupAccess access, Agreements agreements,
			EntityManager entityManager) {
		this.meetings = meetings;
		this.pages = pages;
		this.access = access;
		this.agreements = agreements;
		this.entityManager = entityManager;
	}

	/**
	 * The meetings of the agreement's steering group whose minutes are still a draft (and which
	 * are not cancelled), earliest first, when the user is a member or the secretary; else none.
	 */
	public List<DraftMeeting> draftMeetings(long agreementId, SignedInUser user) {
		Optional<Membership> membership = this.access.memberships(user)
			.stream()
			.filter(m -> m.group().agreementId() == agreementId && m.isInsider())
			.findFirst();
		if (membership.isEmpty()) {
			return List.of();
		}
		return meetingsOf(membership.get().group().id())
			.stream()
			.filter(meeting -> meeting.isDraft() && meeting.getStatus() != MeetingStatus.CANCELLED)
			.map(meeting -> new DraftMeeting(meeting.getId(), meeting.getStartsAt().toLocalDate(), meeting.getPlace()))
			.toList();
	}

	/**
	 * Adds an agenda item with the decision to the meeting's draft minutes, as a member or the
	 * secretary of its steering group, and raises the meeting's version.
	 * @return the decision's id
	 * @throws NotFoundException when the user may not see the meeting or it belongs to another agreement
	 * @throws org.springframework.security.access.AccessDeniedException when the user is not a
	 * member or the secretary
	 * @throws MinutesLockedException (409) when the minutes are no longer a draft
	 */
	@Transactional
	public long propose(long meetingId, long agreementId, SignedInUser user, String agendaTitle, String text) {
		MeetingPages.Loaded loaded = this.pages.load(meetingId, user);
		if (loaded.membership().group().agreementId() != agreementId) {
			throw new NotFoundException("meeting " + meetingId);
		}
		Meeting meeting = MeetingPages.insider(loaded);
		AgendaItem item = meeting.addAgendaItem(agendaTitle, null, null, AgendaItem.Topics.NONE);
		this.entityManager.flush();
		Decision decision = meeting.addDecision(item.getId(), text);
		this.entityManager.flush();
		this.pages.changed(meeting);
		return decision.getId();
	}

	/**
	 * Whether the user is in the agreement's steering group: a member or its secretary (see
	 * {@link SteeringGroupAccess}). They read its minutes before they are published and do its
	 * work; everyone else sees minutes content (decisions, action items, proposals) only once the
	 * minutes are published.
	 */
	public boolean inSteeringGroup(long agreementId, SignedInUser user) {
		return this.access.memberships(user)
			.stream()
			.anyMatch(membership -> membership.group().agreementId() == agreementId && membership.isInsider());
	}

	/** The numbers of the decisions of the agreement's steering group whose minutes are published. */
	public java.util.Set<String> publishedDecisionNumbers(long agreementId) {
		List<Long> groups = this.agreements.steeringGroups()
			.stream()
			.filter(group -> group.agreementId() == agreementId)
			.map(SteeringGroupFacts::id)
			.toList();
		if (groups.isEmpty()) {
			return java.util.Set.of();
		}
		return this.meetings.findNumberedDecisions(groups, List.of(MinutesStatus.PUBLISHED))
			.stream()
			.map(Decision::getNumber)
			.collect(java.util.stream.Collectors.toSet());
	}

	/** The decision, wherever it stands, or empty when it was removed from its minutes. */
	public Optional<DecisionView> decision(long decisionId) {
		// with its meeting in one statement
		return this.entityManager.createQuery("""
				select d.id, m.id, m.startsAt, d.number, d.text, m.minutesStatus
				from Decision d join d.meeting m where d.id = :id""", Object[].class)
			.setParameter("id", decisionId)
			.getResultStream()
			.findFirst()
			.map(row -> new DecisionView((Long) row[0], (Long) row[1],
					((Instant) row[2]).atZone(Meeting.OSLO).toLocalDate(), (String) row[3], (String) row[4],
					(MinutesStatus) row[5]));
	}

	/**
	 * The decision in an example meeting (demo mode only) of the agreement's steering group whose
	 * text opens with the words, if there is one: for other features' example content.
	 */
	public Optional<DecisionView> exampleDecision(long agreementId, String opening) {
		return this.agreements.steeringGroups()
			.stream()
			.filter(group -> group.agreementId() == agreementId)
			.flatMap(group -> meetingsOf(group.id()).stream())
			.filter(Meeting::isExample)
			.flatMap(meeting -> meeting.getDecisions().stream())
			.filter(decision -> decision.getText().startsWith(opening))
			.findFirst()
			.flatMap(decision -> decision(decision.getId()));
	}

	/**
	 * What the agreement's steering group did from one day to another: meetings held per year
	 * against the minimum, the members' attendance, the decisions in approved minutes, and the
	 * action items agreed with how many are done and how many were overdue on the last day.
	 */
	public GroupRecord recordOf(long agreementId, LocalDate from, LocalDate to) {
		SteeringGroupFacts group = this.agreements.steeringGroups()
			.stream()
			.filter(facts -> facts.agreementId() == agreementId)
			.findFirst()
			.orElse(null);
		if (group == null) {
			return new GroupRecord(0, List.of(), 0, 0, List.of(), 0, 0, 0);
		}
		List<Meeting> inPeriod = meetingsOf(group.id())
			.stream()
			.filter(meeting -> {
				LocalDate day = meeting.getStartsAt().toLocalDate();
				return !day.isBefore(from) && !day.isAfter(to);
			})
			.toList();
		List<Meeting> held = inPeriod.stream().filter(meeting -> meeting.getStatus() == MeetingStatus.HELD).toList();
		if (!held.isEmpty()) {
			List<Long> ids = held.stream().map(Meeting::getId).toList();
			this.meetings.fetchAttendees(ids);
			this.meetings.fetchDecisions(ids);
			this.meetings.fetchActionItems(ids);
		}
		List<YearCount> years = new ArrayList<>();
		for (int year = from.getYear(); year <= to.getYear(); year++) {
			int y = year;
			SteeringGroupMeetings.Year judged = SteeringGroupMeetings.Year.judged(year,
					(int) held.stream().filter(meeting -> meeting.getStartsAt().getYear() == y).count(), 0,
					group.minimumMeetingsPerYear(), true,
					from.isAfter(LocalDate.of(year, 1, 1)) ? from : LocalDate.of(year, 1, 1),
					to.isBefore(LocalDate.of(year, 12, 31)) ? to : LocalDate.of(year, 12, 31));
			years.add(new YearCount(year, judged.held(), judged.minimum(), judged.isPartOfYear()));
		}
		int expected = 0;
		int present = 0;
		List<DecisionView> decisions = new ArrayList<>();
		int actions = 0;
		int done = 0;
		int overdue = 0;
		ZonedDateTime end = ZonedDateTime.of(to, LocalTime.MAX, Meeting.OSLO);
		for (Meeting meeting : held) {
			for (Attendee attendee : meeting.getAttendees()) {
				if (attendee.getKind() == AttendeeKind.MEMBER) {
					expected++;
					present += (attendee.getPresence() == Presence.PRESENT) ? 1 : 0;
				}
			}
			if (meeting.getMinutesStatus().isAgreed()) {
				meeting.decisionsInAgendaOrder()
					.stream()
					.filter(decision -> decision.getNumber() != null)
					.forEach(decision -> decisions.add(new DecisionView(decision.getId(), meeting.getId(),
							meeting.getStartsAt().toLocalDate(), decision.getNumber(), decision.getText(),
							meeting.getMinutesStatus())));
				for (ActionItem action : meeting.getActionItems()) {
					actions++;
					boolean doneInPeriod = action.getDoneAt() != null && !action.getDoneAt().isAfter(end.toInstant());
					done += doneInPeriod ? 1 : 0;
					overdue += (!doneInPeriod && action.getDueDate().isBefore(to)) ? 1 : 0;
				}
			}
		}
		return new GroupRecord(group.minimumMeetingsPerYear(), years, expected, present, decisions, actions, done,
				overdue);
	}

	/**
	 * The group's meetings in the order they start, read once a page (the evaluation page asks for
	 * its record and for its drafts).
	 */
	private List<Meeting> meetingsOf(long steeringGroupId) {
		return ReadOnce.read(List.of("MeetingDecisions.meetingsOf", steeringGroupId),
				() -> this.meetings.findBySteeringGroupIdOrderByStartsAt(steeringGroupId));
	}

	/** A meeting whose minutes are a draft. */
	public record DraftMeeting(long id, LocalDate day, String place) {
	}

	/** A decision: its number once the minutes are approved, its text and where its minutes stand. */
	public record DecisionView(long id, long meetingId, LocalDate meetingDay, String number, String text,
			MinutesStatus minutesStatus) {

		public boolean isApproved() {
			return this.minutesStatus.isAgreed();
		}

		public boolean isPublished() {
			return this.minutesStatus == MinutesStatus.PUBLISHED;
		}

	}

	/**
	 * Meetings held in a calendar year of the period, and the minimum for it: for a year the period
	 * covers only in part ({@code partOfYear}), the yearly minimum in proportion to that part.
	 */
	public record YearCount(int year, int held, int minimum, boolean partOfYear) {
	}

	/**
	 * The steering group's record over a period.
	 *
	 * @param minimumPerYear meetings the agreement asks for each year
	 * @param years meetings held per calendar year of the period
	 * @param memberSeats members invited to the meetings held
	 * @param membersPresent of those, how many were present
	 * @param decisions the numbered decisions, in meeting and agenda order
	 * @param actionItems action items agreed in approved minutes
	 * @param actionItemsDone of those, done by the end of the period
	 * @param actionItemsOverdue of those, not done and past due at the end of the period
	 */
	public record GroupRecord(int minimumPerYear, List<YearCount> years, int memberSeats, int membersPresent,
			List<DecisionView> decisions, int actionItems, int actionItemsDone, int actionItemsOverdue) {
	}

}
