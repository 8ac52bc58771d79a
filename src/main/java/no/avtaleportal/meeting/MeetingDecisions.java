package no.avtaleportal.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	private final JdbcClient jdbc;

	MeetingDecisions(MeetingRepository meetings, MeetingPages pages, SteeringGroupAccess access, Agreements agreements,
			EntityManager entityManager, JdbcClient jdbc) {
		this.meetings = meetings;
		this.pages = pages;
		this.access = access;
		this.agreements = agreements;
		this.entityManager = entityManager;
		this.jdbc = jdbc;
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
			.filter(meeting -> meeting.minutes().isEditable() && meeting.status() != MeetingStatus.CANCELLED)
			.map(meeting -> new DraftMeeting(meeting.id(), meeting.day(), meeting.place()))
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

	/**
	 * The numbers of the decisions of the agreement's steering group whose minutes are published,
	 * from the group's meetings as the page read them for its record ({@link #recordOf}).
	 */
	public Set<String> publishedDecisionNumbers(long agreementId) {
		return meetingsOfAgreement(agreementId)
			.filter(meeting -> meeting.minutes() == MinutesStatus.PUBLISHED)
			.flatMap(meeting -> meeting.decisions().stream())
			.map(DecisionView::number)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
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
		return meetingsOfAgreement(agreementId)
			.filter(GroupMeeting::example)
			.flatMap(meeting -> meeting.decisions().stream())
			.filter(decision -> decision.text().startsWith(opening))
			.findFirst();
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
		List<GroupMeeting> held = meetingsOf(group.id())
			.stream()
			.filter(meeting -> meeting.status() == MeetingStatus.HELD && !meeting.day().isBefore(from)
					&& !meeting.day().isAfter(to))
			.toList();
		List<YearCount> years = new ArrayList<>();
		for (int year = from.getYear(); year <= to.getYear(); year++) {
			int y = year;
			SteeringGroupMeetings.Year judged = SteeringGroupMeetings.Year.judged(year,
					(int) held.stream().filter(meeting -> meeting.day().getYear() == y).count(), 0,
					group.minimumMeetingsPerYear(), true,
					from.isAfter(LocalDate.of(year, 1, 1)) ? from : LocalDate.of(year, 1, 1),
					to.isBefore(LocalDate.of(year, 12, 31)) ? to : LocalDate.of(year, 12, 31));
			years.add(new YearCount(year, judged.held(), judged.minimum(), judged.isPartOfYear()));
		}
		Instant end = ZonedDateTime.of(to, LocalTime.MAX, Meeting.OSLO).toInstant();
		// decisions and action items count once the minutes are agreed
		List<GroupMeeting> agreed = held.stream().filter(meeting -> meeting.minutes().isAgreed()).toList();
		List<DecisionView> decisions = agreed.stream()
			.flatMap(meeting -> meeting.decisions().stream())
			.filter(decision -> decision.number() != null)
			.toList();
		List<ActionDates> actions = agreed.stream().flatMap(meeting -> meeting.actionItems().stream()).toList();
		int done = (int) actions.stream().filter(action -> action.isDoneBy(end)).count();
		int overdue = (int) actions.stream()
			.filter(action -> !action.isDoneBy(end) && action.dueDate().isBefore(to))
			.count();
		return new GroupRecord(group.minimumMeetingsPerYear(), years,
				held.stream().mapToInt(GroupMeeting::memberSeats).sum(),
				held.stream().mapToInt(GroupMeeting::membersPresent).sum(), decisions, actions.size(), done, overdue);
	}

	/**
	 * The group's meetings in the order they start, each with what the evaluation counts of it
	 * (its members' attendance, its decisions in agenda order and its action items), in one
	 * statement however many there are, and once a page (the evaluation page asks for its record
	 * and for its drafts).
	 */
	private List<GroupMeeting> meetingsOf(long steeringGroupId) {
		return ReadOnce.read(List.of("MeetingDecisions.meetingsOf", steeringGroupId), () -> this.jdbc.sql("""
				select m.id, m.starts_at, m.place, m.status, m.minutes_status, m.example,
				  (select count(*) from attendee a where a.meeting_id = m.id and a.kind = 'MEMBER') as member_seats,
				  (select count(*) from attendee a where a.meeting_id = m.id and a.kind = 'MEMBER'
				     and a.presence = 'PRESENT') as members_present,
				  d.ids as decision_ids, d.numbers as decision_numbers, d.texts as decision_texts,
				  x.due as action_due, x.done as action_done
				from meeting m
				  left join lateral (select array_agg(d.id order by i.position, d.id) as ids,
				                            array_agg(cast(d.number as text) order by i.position, d.id) as numbers,
				                            array_agg(d.text order by i.position, d.id) as texts
				    from decision d join agenda_item i on i.id = d.agenda_item_id where d.meeting_id = m.id) d on true
				  left join lateral (select array_agg(x.due_date - date '1970-01-01' order by x.id) as due,
				                            array_agg(cast(extract(epoch from x.done_at) * 1000000 as bigint)
				                                      order by x.id) as done
				    from action_item x where x.meeting_id = m.id) x on true
				where m.steering_group_id = :group
				order by m.starts_at""")
			.param("group", steeringGroupId)
			.query((rs, row) -> {
				long id = rs.getLong("id");
				LocalDate day = rs.getObject("starts_at", OffsetDateTime.class)
					.atZoneSameInstant(Meeting.OSLO)
					.toLocalDate();
				MinutesStatus minutes = MinutesStatus.valueOf(rs.getString("minutes_status"));
				List<DecisionView> decisions = new ArrayList<>();
				if (rs.getArray("decision_ids") != null) {
					Long[] ids = (Long[]) rs.getArray("decision_ids").getArray();
					String[] numbers = (String[]) rs.getArray("decision_numbers").getArray();
					String[] texts = (String[]) rs.getArray("decision_texts").getArray();
					for (int i = 0; i < ids.length; i++) {
						decisions.add(new DecisionView(ids[i], id, day, numbers[i], texts[i], minutes));
					}
				}
				List<ActionDates> actions = new ArrayList<>();
				if (rs.getArray("action_due") != null) {
					// as days and microseconds since 1970, plain numbers: the driver makes each element of an
					// array of dates or timestamps through a Calendar (issue 15)
					Integer[] due = (Integer[]) rs.getArray("action_due").getArray();
					Long[] done = (Long[]) rs.getArray("action_done").getArray();
					for (int i = 0; i < due.length; i++) {
						Instant doneAt = (done[i] != null) ? Instant.EPOCH.plus(done[i], ChronoUnit.MICROS) : null;
						actions.add(new ActionDates(LocalDate.ofEpochDay(due[i]), doneAt));
					}
				}
				return new GroupMeeting(id, day, rs.getString("place"), MeetingStatus.valueOf(rs.getString("status")),
						minutes, rs.getBoolean("example"), rs.getInt("member_seats"), rs.getInt("members_present"),
						List.copyOf(decisions), List.copyOf(actions));
			})
			.list());
	}

	/** The meetings of the agreement's steering group, as {@link #meetingsOf} reads them. */
	private Stream<GroupMeeting> meetingsOfAgreement(long agreementId) {
		return this.agreements.steeringGroups()
			.stream()
			.filter(group -> group.agreementId() == agreementId)
			.flatMap(group -> meetingsOf(group.id()).stream());
	}

	/** A meeting of a steering group as its record counts it. */
	private record GroupMeeting(long id, LocalDate day, String place, MeetingStatus status, MinutesStatus minutes,
			boolean example, int memberSeats, int membersPresent, List<DecisionView> decisions,
			List<ActionDates> actionItems) {
	}

	/** When an action item is due and when it was done ({@code null} while it is not). */
	private record ActionDates(LocalDate dueDate, Instant doneAt) {

		boolean isDoneBy(Instant end) {
			return this.doneAt != null && !this.doneAt.isAfter(end);
		}

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
