package no.avtaleportal.meeting;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.account.SignedInUser;

/**
 * What the steering groups ask of the signed-in person today, for "Mine oppgaver": the minutes
 * waiting for their party's approval (members), the notices of the next four weeks' meetings to
 * send, the minutes to write, the minutes waiting for a party's approval and those to publish (the
 * secretary), and the agreed action items they own
 * (anyone who sees the minutes that agreed them). A fixed number of statements, whatever the
 * number of groups, meetings and action items.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class MeetingTasks {

	/** How far ahead the secretary is asked to send a meeting's notice. */
	static final java.time.Duration NOTICE_AHEAD = java.time.Duration.ofDays(28);

	private final SteeringGroupAccess access;

	private final JdbcClient jdbc;

	private final Clock clock;

	MeetingTasks(SteeringGroupAccess access, JdbcClient jdbc, Clock clock) {
		this.access = access;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The person's tasks in every steering group they may see, with at most {@code actionItemLimit}
	 * of their action items, the earliest due first (and how many there are in all).
	 */
	public Tasks of(SignedInUser user, int actionItemLimit) {
		List<Membership> memberships = this.access.memberships(user);
		Map<Long, Membership> byGroup = memberships.stream()
			.collect(Collectors.toMap(membership -> membership.group().id(), Function.identity()));
		List<Long> insiderGroups = memberships.stream()
			.filter(Membership::isInsider)
			.map(membership -> membership.group().id())
			.toList();
		List<Approval> approvals = new ArrayList<>();
		List<MinutesTask> minutes = new ArrayList<>();
		List<NoticeTask> notices = new ArrayList<>();
		if (!insiderGroups.isEmpty()) {
			this.jdbc.sql("""
					select m.id, m.steering_group_id, m.starts_at, m.minutes_status, m.version, m.status,
					  (m.notice_sequence is not null) as notice_sent,
					  array(select distinct e.organisation_id from minutes_event e
					        where e.meeting_id = m.id and e.kind = 'APPROVED' and e.organisation_id is not null
					          and e.occurred_at >= (select max(s.occurred_at) from minutes_event s
					                                where s.meeting_id = m.id and s.kind = 'SUBMITTED')) as approved_by
					from meeting m
					where m.steering_group_id in (:groups) and m.status <> 'CANCELLED'
					  and (m.minutes_status in ('SUBMITTED', 'APPROVED') or (m.minutes_status = 'DRAFT' and m.starts_at < :now)
					       or (m.status = 'PLANNED' and m.minutes_status = 'DRAFT' and m.starts_at >= :now and m.starts_at < :soon
					           and (m.notice_sequence is null or m.calendar_sequence > m.notice_sequence)))
					order by m.starts_at, m.id""")
				.param("groups", insiderGroups)
				.param("now", Timestamp.from(this.clock.instant()))
				.param("soon", Timestamp.from(this.clock.instant().plus(NOTICE_AHEAD)))
				.query(rs -> {
					Membership membership = byGroup.get(rs.getLong("steering_group_id"));
					long id = rs.getLong("id");
					ZonedDateTime startsAt = rs.getTimestamp("starts_at").toInstant().atZone(Meeting.OSLO);
					MinutesStatus status = MinutesStatus.valueOf(rs.getString("minutes_status"));
					Set<Long> approvedBy = ids(rs.getArray("approved_by"));
					String agreement = membership.group().agreementTitle();
					if (status == MinutesStatus.DRAFT && !startsAt.toInstant().isBefore(this.clock.instant())) {
						// a coming meeting whose notice is to be sent, or sent again since it was moved
						if (membership.secretary()) {
							notices.add(new NoticeTask(id, startsAt, agreement, rs.getBoolean("notice_sent")));
						}
						return;
					}
					if (status == MinutesStatus.SUBMITTED && membership.isMember()
							&& !approvedBy.contains(membership.memberOrganisationId())) {
						approvals.add(new Approval(id, rs.getLong("version"), startsAt, agreement));
					}
					if (membership.secretary()) {
						List<String> waitingFor = membership.group()
							.partyOrganisationIds()
							.stream()
							.filter(party -> !approvedBy.contains(party))
							.map(membership.group().partyNames()::get)
							.toList();
						if (status != MinutesStatus.SUBMITTED || !waitingFor.isEmpty()) {
							minutes.add(new MinutesTask(id, startsAt, agreement, status,
									(status == MinutesStatus.SUBMITTED) ? waitingFor : List.of()));
						}
					}
				});
		}
		List<Counted> rows = List.of();
		if (user.getPersonId() != null && !byGroup.isEmpty() && actionItemLimit > 0) {
			// agreed action items: in minutes approved (which insiders see) or published (which everyone sees)
			String agreed = insiderGroups.isEmpty() ? "m.minutes_status = 'PUBLISHED'"
					: "(m.minutes_status = 'PUBLISHED' or (m.minutes_status = 'APPROVED' and m.steering_group_id in (:insiders)))";
			rows = this.jdbc.sql("""
					select a.id, a.text, a.due_date, a.meeting_id, m.steering_group_id, count(*) over () as total
					from action_item a join meeting m on m.id = a.meeting_id
					where a.owner_person_id = :person and a.done_at is null and m.steering_group_id in (:groups) and %s
					order by a.due_date, a.id
					limit :limit""".formatted(agreed))
				.param("person", user.getPersonId())
				.param("groups", byGroup.keySet())
				.params(insiderGroups.isEmpty() ? Map.of() : Map.of("insiders", insiderGroups))
				.param("limit", actionItemLimit)
				.query((rs, row) -> new Counted(new ActionTask(rs.getLong("id"), rs.getString("text"),
						rs.getObject("due_date", LocalDate.class), rs.getLong("meeting_id"),
						byGroup.get(rs.getLong("steering_group_id")).group().agreementTitle()), rs.getLong("total")))
				.list();
		}
		return new Tasks(approvals, minutes, rows.stream().map(Counted::action).toList(),
				rows.isEmpty() ? 0 : rows.get(0).total(), notices);
	}

	/** An action item of a limited list, with the number of them there are in all. */
	private record Counted(ActionTask action, long total) {
	}

	private static Set<Long> ids(Array array) throws SQLException {
		if (array == null) {
			return Set.of();
		}
		return Arrays.stream((Object[]) array.getArray())
			.map(value -> ((Number) value).longValue())
			.collect(Collectors.toSet());
	}

	/**
	 * The person's tasks in the steering groups.
	 *
	 * @param approvals submitted minutes waiting for the approval of the member's party
	 * @param minutes for the secretary: minutes of past meetings still in draft, submitted minutes
	 * that wait for a party, and approved minutes to publish
	 * @param actionItems agreed, open action items the person owns, earliest due first, as many as asked for
	 * @param actionItemCount how many such action items there are in all
	 * @param notices for the secretary: planned meetings in the next four weeks whose notice is not
	 * sent, or out of date since they were moved
	 */
	public record Tasks(List<Approval> approvals, List<MinutesTask> minutes, List<ActionTask> actionItems,
			long actionItemCount, List<NoticeTask> notices) {
	}

	/** A coming meeting whose notice the secretary sends; {@code update} when it went out before the meeting moved. */
	public record NoticeTask(long meetingId, ZonedDateTime startsAt, String agreementTitle, boolean update) {
	}

	/** Minutes waiting for the member's approval; {@code version} for the approval form. */
	public record Approval(long meetingId, long version, ZonedDateTime startsAt, String agreementTitle) {
	}

	/**
	 * Minutes the secretary moves on: to write (draft), waiting for the parties named (submitted),
	 * or to publish (approved).
	 */
	public record MinutesTask(long meetingId, ZonedDateTime startsAt, String agreementTitle, MinutesStatus status,
			List<String> waitingFor) {
	}

	/** An agreed action item the person owns. */
	public record ActionTask(long id, String text, LocalDate dueDate, long meetingId, String agreementTitle) {
	}

}
