package no.avtaleportal.meeting;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.agreement.AgreementOverview;
import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.agreement.Term;
import no.avtaleportal.meeting.SteeringGroupMeetings.Rhythm;

/**
 * What the dashboard shows of one agreement's steering group on a day: the rhythm of meetings,
 * the last meeting held and the next one planned, the latest numbered decisions, the agreed
 * action items still open, and the minutes waiting for the signed-in member's approval. What the
 * user sees follows the minutes' rules: readers see what published minutes agreed, members and
 * the secretary also what approved minutes agreed. A fixed number of statements, whatever the
 * number of meetings.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class MeetingDigest {

	private static final int LATEST_DECISIONS = 5;

	private final SteeringGroupAccess access;

	private final MeetingRepository meetings;

	private final JdbcClient jdbc;

	private final Agreements agreements;

	MeetingDigest(SteeringGroupAccess access, MeetingRepository meetings, JdbcClient jdbc, Agreements agreements) {
		this.agreements = agreements;
		this.access = access;
		this.meetings = meetings;
		this.jdbc = jdbc;
	}

	/**
	 * The digest of the agreement's steering group as it stood on the overview's day, if the
	 * agreement has a steering group the user may see; the agreement's term is the overview's.
	 */
	public Optional<Digest> ofAgreement(AgreementOverview overview, SignedInUser user) {
		return this.agreements.steeringGroupOf(overview)
			.flatMap(group -> this.access.membership(user, group))
			.map(membership -> digest(membership, user, overview.day(), overview.agreement().termOn(overview.day())));
	}

	private Digest digest(Membership membership, SignedInUser user, LocalDate day, Term term) {
		long groupId = membership.group().id();
		List<Meeting> all = this.meetings.findBySteeringGroupIdOrderByStartsAt(groupId);
		Rhythm rhythm = Rhythm.of(membership.group().minimumMeetingsPerYear(), term, all, day,
				meeting -> statusOn(meeting, day));
		Timestamp endOfDay = Timestamp.from(day.plusDays(1).atStartOfDay(Meeting.OSLO).toInstant());
		MeetingRef lastHeld = all.stream()
			.filter(meeting -> statusOn(meeting, day) == MeetingStatus.HELD)
			.max(Comparator.comparing(Meeting::getStartsAt))
			.map(meeting -> ref(meeting, membership))
			.orElse(null);
		MeetingRef next = all.stream()
			.filter(meeting -> statusOn(meeting, day) == MeetingStatus.PLANNED && !meeting.getStartsAt().toLocalDate().isBefore(day))
			.min(Comparator.comparing(Meeting::getStartsAt))
			.map(meeting -> ref(meeting, membership))
			.orElse(null);
		List<String> agreed = membership.isInsider() ? List.of(MinutesStatus.APPROVED.name(), MinutesStatus.PUBLISHED.name())
				: List.of(MinutesStatus.PUBLISHED.name());
		// what the minutes agreed counts from the day they were approved (for readers: published)
		String agreedBy = (membership.isInsider() ? MinutesEventKind.APPROVED : MinutesEventKind.PUBLISHED).name();
		List<DecisionRef> decisions = this.jdbc.sql("""
				select d.number, d.text, m.id as meeting_id, m.starts_at from decision d join meeting m on m.id = d.meeting_id
				where m.steering_group_id = :group and d.number is not null and m.minutes_status in (:agreed)
				  and m.starts_at < :end
				  and (select max(e.occurred_at) from minutes_event e where e.meeting_id = m.id and e.kind = :agreedBy) < :end
				order by m.starts_at desc, d.number desc limit :limit""")
			.param("group", groupId)
			.param("agreed", agreed)
			.param("agreedBy", agreedBy)
			.param("end", endOfDay)
			.param("limit", LATEST_DECISIONS)
			.query((rs, row) -> new DecisionRef(rs.getString("number"), rs.getString("text"), rs.getLong("meeting_id"),
					rs.getTimestamp("starts_at").toInstant().atZone(Meeting.OSLO).toLocalDate()))
			.list();
		List<ActionRef> open = this.jdbc.sql("""
				select a.id, a.text, a.owner_name, a.owner_person_id, a.due_date, m.id as meeting_id
				from action_item a join meeting m on m.id = a.meeting_id
				where m.steering_group_id = :group and m.minutes_status in (:agreed) and m.starts_at < :end
				  and (select max(e.occurred_at) from minutes_event e where e.meeting_id = m.id and e.kind = :agreedBy) < :end
				  and (a.done_at is null or a.done_at >= :end)
				order by a.due_date, a.id""")
			.param("group", groupId)
			.param("agreed", agreed)
			.param("agreedBy", agreedBy)
			.param("end", endOfDay)
			.query((rs, row) -> new ActionRef(rs.getLong("id"), rs.getString("text"), rs.getString("owner_name"),
					rs.getObject("owner_person_id", Long.class), rs.getObject("due_date", LocalDate.class),
					rs.getLong("meeting_id")))
			.list();
		List<MeetingRef> awaiting = membership.isMember() ? this.jdbc.sql("""
				select m.id, m.starts_at from meeting m
				where m.steering_group_id = :group and m.minutes_status = 'SUBMITTED'
				  and not exists (select 1 from minutes_event e where e.meeting_id = m.id and e.kind = 'APPROVED'
				      and (e.actor_username = :username or e.organisation_id = :organisation)
				      and e.occurred_at >= (select max(s.occurred_at) from minutes_event s
				                            where s.meeting_id = m.id and s.kind = 'SUBMITTED'))
				order by m.starts_at""")
			.param("group", groupId)
			.param("username", user.getUsername())
			.param("organisation", membership.memberOrganisationId())
			.query((rs, row) -> new MeetingRef(rs.getLong("id"), rs.getTimestamp("starts_at").toInstant().atZone(Meeting.OSLO),
					true))
			.list() : List.of();
		return new Digest(rhythm, lastHeld, next, decisions, open, awaiting, membership.isInsider());
	}

	/**
	 * The meeting's status on the day: a meeting after the day was still planned then, and so was
	 * one cancelled after the day.
	 */
	private static MeetingStatus statusOn(Meeting meeting, LocalDate day) {
		if (meeting.getStartsAt().toLocalDate().isAfter(day) && meeting.getStatus() == MeetingStatus.HELD) {
			return MeetingStatus.PLANNED;
		}
		if (meeting.getStatus() == MeetingStatus.CANCELLED && meeting.getCancelledAtInOslo() != null
				&& meeting.getCancelledAtInOslo().toLocalDate().isAfter(day)) {
			return MeetingStatus.PLANNED;
		}
		return meeting.getStatus();
	}

	/** The meeting, and whether the user may open it: the steering group always, others once its minutes are published. */
	private static MeetingRef ref(Meeting meeting, Membership membership) {
		return new MeetingRef(meeting.getId(), meeting.getStartsAt(),
				membership.isInsider() || meeting.getMinutesStatus() == MinutesStatus.PUBLISHED);
	}

	/**
	 * The steering group of one agreement on a day.
	 *
	 * @param rhythm meetings held and planned per year against the minimum, on the day
	 * @param lastHeld the last meeting held on or before the day, if any
	 * @param next the first meeting planned on or after the day, if any
	 * @param decisions the latest numbered decisions, newest first
	 * @param openActionItems agreed action items not done on the day, earliest due first
	 * @param awaitingApproval submitted minutes that wait for the user's (their party's) approval
	 * @param insider whether the user is a member or the secretary (and may plan meetings)
	 */
	public record Digest(Rhythm rhythm, MeetingRef lastHeld, MeetingRef next, List<DecisionRef> decisions,
			List<ActionRef> openActionItems, List<MeetingRef> awaitingApproval, boolean insider) {

		public List<ActionRef> overdueOn(LocalDate day) {
			return this.openActionItems.stream().filter(item -> item.dueDate().isBefore(day)).toList();
		}

		public List<ActionRef> ownedBy(Long personId) {
			return this.openActionItems.stream()
				.filter(item -> personId != null && personId.equals(item.ownerPersonId()))
				.toList();
		}

	}

	/**
	 * A meeting, by id and time, for links; {@code open} says whether the user may open it (a
	 * link to anything else would be a 404 for them).
	 */
	public record MeetingRef(long id, ZonedDateTime startsAt, boolean open) {
	}

	/** A numbered decision and the meeting that made it. */
	public record DecisionRef(String number, String text, long meetingId, LocalDate meetingDate) {
	}

	/** An agreed action item, its owner and due date, and the meeting that agreed it. */
	public record ActionRef(long id, String text, String ownerName, Long ownerPersonId, LocalDate dueDate,
			long meetingId) {
	}

}
