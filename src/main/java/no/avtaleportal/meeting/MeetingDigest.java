package no.avtaleportal.meeting;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
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
import no.avtaleportal.agreement.Agreements.SteeringGroupFacts;
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

	private final JdbcClient jdbc;

	private final Agreements agreements;

	MeetingDigest(SteeringGroupAccess access, JdbcClient jdbc, Agreements agreements) {
		this.agreements = agreements;
		this.access = access;
		this.jdbc = jdbc;
	}

	/**
	 * The digest of the agreement's steering group as it stood on the overview's day, if the
	 * agreement has a steering group the user may see; the agreement's term is the overview's.
	 */
	public Optional<Digest> ofAgreement(AgreementOverview overview, SignedInUser user) {
		return this.agreements.steeringGroupOf(overview).flatMap(group -> ofAgreement(overview, group, user));
	}

	/**
	 * The digest of the steering group (of the overview's agreement, as
	 * {@link Agreements#chosen} gives it) as it stood on the overview's day, if the user may see
	 * it: two statements, the user's roles and the digest itself.
	 */
	public Optional<Digest> ofAgreement(AgreementOverview overview, SteeringGroupFacts group, SignedInUser user) {
		return this.access.membership(user, group)
			.map(membership -> digest(membership, user, overview.day(), overview.agreement().termOn(overview.day())));
	}

	/**
	 * The digest in one statement: the group's meetings (light rows, for the rhythm and the last
	 * and next meeting), its latest numbered decisions, the agreed action items still open, and the
	 * minutes waiting for the member's party, each kind of row in its order.
	 */
	private Digest digest(Membership membership, SignedInUser user, LocalDate day, Term term) {
		long groupId = membership.group().id();
		Timestamp endOfDay = Timestamp.from(day.plusDays(1).atStartOfDay(Meeting.OSLO).toInstant());
		List<String> agreed = membership.isInsider() ? List.of(MinutesStatus.APPROVED.name(), MinutesStatus.PUBLISHED.name())
				: List.of(MinutesStatus.PUBLISHED.name());
		// what the minutes agreed counts from the day they were approved (for readers: published)
		String agreedBy = (membership.isInsider() ? MinutesEventKind.APPROVED : MinutesEventKind.PUBLISHED).name();
		List<MeetingRow> all = new ArrayList<>();
		List<DecisionRef> decisions = new ArrayList<>();
		List<ActionRef> open = new ArrayList<>();
		List<MeetingRef> awaiting = new ArrayList<>();
		this.jdbc.sql("""
				with agreed as (
				  select m.id, m.starts_at from meeting m
				  where m.steering_group_id = :group and m.minutes_status in (:agreed) and m.starts_at < :end
				    and (select max(e.occurred_at) from minutes_event e where e.meeting_id = m.id and e.kind = :agreedBy) < :end)
				select * from (
				  select 'M' as row_kind, row_number() over (order by m.starts_at, m.id) as seq, m.id, m.starts_at,
				      m.status, m.minutes_status, m.cancelled_at, null as number, null as text, null as owner_name,
				      null::bigint as owner_person_id, null::date as due_date
				  from meeting m where m.steering_group_id = :group
				  union all
				  select * from (
				    select 'D' as row_kind, row_number() over (order by m.starts_at desc, d.number desc) as seq, m.id,
				        m.starts_at, null as status, null as minutes_status, null::timestamptz as cancelled_at, d.number,
				        d.text, null as owner_name, null::bigint as owner_person_id, null::date as due_date
				    from decision d join agreed m on m.id = d.meeting_id
				    where d.number is not null
				    order by m.starts_at desc, d.number desc limit :limit) latest
				  union all
				  select 'A', row_number() over (order by a.due_date, a.id), a.meeting_id, null, null, null, null,
				      cast(a.id as varchar), a.text, a.owner_name, a.owner_person_id, a.due_date
				  from action_item a join agreed m on m.id = a.meeting_id
				  where a.done_at is null or a.done_at >= :end
				  union all
				  select 'W', row_number() over (order by m.starts_at), m.id, m.starts_at, null, null, null, null, null,
				      null, null, null
				  from meeting m
				  where :member and m.steering_group_id = :group and m.minutes_status = 'SUBMITTED'
				    and not exists (select 1 from minutes_event e where e.meeting_id = m.id and e.kind = 'APPROVED'
				        and (e.actor_username = :username or e.organisation_id = cast(:organisation as bigint))
				        and e.occurred_at >= (select max(s.occurred_at) from minutes_event s
				                              where s.meeting_id = m.id and s.kind = 'SUBMITTED'))
				) digest
				order by row_kind, seq""")
			.param("group", groupId)
			.param("agreed", agreed)
			.param("agreedBy", agreedBy)
			.param("end", endOfDay)
			.param("limit", LATEST_DECISIONS)
			.param("member", membership.isMember())
			.param("username", user.getUsername())
			.param("organisation", membership.memberOrganisationId(), java.sql.Types.BIGINT)
			.query(rs -> {
				long meetingId = rs.getLong("id");
				switch (rs.getString("row_kind")) {
					case "M" -> all.add(new MeetingRow(meetingId, zoned(rs.getTimestamp("starts_at")),
							MeetingStatus.valueOf(rs.getString("status")), MinutesStatus.valueOf(rs.getString("minutes_status")),
							zoned(rs.getTimestamp("cancelled_at"))));
					case "D" -> decisions.add(new DecisionRef(rs.getString("number"), rs.getString("text"), meetingId,
							zoned(rs.getTimestamp("starts_at")).toLocalDate()));
					case "A" -> open.add(new ActionRef(Long.parseLong(rs.getString("number")), rs.getString("text"),
							rs.getString("owner_name"), rs.getObject("owner_person_id", Long.class),
							rs.getObject("due_date", LocalDate.class), meetingId));
					default -> awaiting.add(new MeetingRef(meetingId, zoned(rs.getTimestamp("starts_at")), true));
				}
			});
		Rhythm rhythm = Rhythm.of(membership.group().minimumMeetingsPerYear(), term, all, day,
				meeting -> statusOn(meeting, day), meeting -> meeting.startsAt().toLocalDate());
		MeetingRef lastHeld = all.stream()
			.filter(meeting -> statusOn(meeting, day) == MeetingStatus.HELD)
			.max(Comparator.comparing(MeetingRow::startsAt))
			.map(meeting -> ref(meeting, membership))
			.orElse(null);
		MeetingRef next = all.stream()
			.filter(meeting -> statusOn(meeting, day) == MeetingStatus.PLANNED && !meeting.startsAt().toLocalDate().isBefore(day))
			.min(Comparator.comparing(MeetingRow::startsAt))
			.map(meeting -> ref(meeting, membership))
			.orElse(null);
		return new Digest(rhythm, lastHeld, next, decisions, open, awaiting, membership.isInsider());
	}

	private static ZonedDateTime zoned(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant().atZone(Meeting.OSLO) : null;
	}

	/** What the digest needs of a meeting. */
	private record MeetingRow(long id, ZonedDateTime startsAt, MeetingStatus status, MinutesStatus minutesStatus,
			ZonedDateTime cancelledAt) {
	}

	/**
	 * The meeting's status on the day: a meeting after the day was still planned then, and so was
	 * one cancelled after the day.
	 */
	private static MeetingStatus statusOn(MeetingRow meeting, LocalDate day) {
		if (meeting.startsAt().toLocalDate().isAfter(day) && meeting.status() == MeetingStatus.HELD) {
			return MeetingStatus.PLANNED;
		}
		if (meeting.status() == MeetingStatus.CANCELLED && meeting.cancelledAt() != null
				&& meeting.cancelledAt().toLocalDate().isAfter(day)) {
			return MeetingStatus.PLANNED;
		}
		return meeting.status();
	}

	/** The meeting, and whether the user may open it: the steering group always, others once its minutes are published. */
	private static MeetingRef ref(MeetingRow meeting, Membership membership) {
		return new MeetingRef(meeting.id(), meeting.startsAt(),
				membership.isInsider() || meeting.minutesStatus() == MinutesStatus.PUBLISHED);
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
