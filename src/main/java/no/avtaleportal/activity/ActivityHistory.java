package no.avtaleportal.activity;

import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The activities as they stood on a day, from their status history (each change of status with
 * the day it took effect) and their dated status updates. An activity counts from its start
 * date or from the day it was registered, whichever is earlier; before its first change of status
 * it was planned. What the dashboard counts and lists of activities, counted by PostgreSQL in
 * one statement however many there are.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class ActivityHistory {

	private final JdbcClient jdbc;

	private final Clock clock;

	ActivityHistory(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records a change of status that an activity made (on the day it names, or today). */
	@EventListener
	void record(Activity.StatusChanged change) {
		record(change.activity().getId(), change.status(),
				(change.on() != null) ? change.on() : LocalDate.now(this.clock));
	}

	/** Records that the activity took the status on the day. */
	void record(long activityId, ActivityStatus status, LocalDate on) {
		this.jdbc.sql("""
				insert into activity_status_change (activity_id, status, changed_on, changed_at)
				values (:activity, :status, :on, :at)""")
			.param("activity", activityId)
			.param("status", status.name())
			.param("on", on)
			.param("at", java.sql.Timestamp.from(this.clock.instant()))
			.update();
	}

	/**
	 * The activities under the focus areas as they stood on the day ({@code shown}), each with what
	 * happened to it after {@code :from} up to the day, in the share of the party {@code :party}
	 * (what its organisation leads, and what the parties lead jointly; everything when
	 * {@code null}); {@code marked} adds whether each was late on the day (open, and past its due
	 * date or with a red light) and whether it changed since. Today and later, status, light and the
	 * day of the latest status update are the activities' current ones, kept on each activity
	 * ({@code %1$s} to {@code %3$s} in the text, so that PostgreSQL plans each of the two
	 * statements once on a connection: with the choice a
	 * parameter, it planned the statement again for every call, 0.4–0.6 ms each). {@code shown} is
	 * materialized: inlined, PostgreSQL ran each activity's counting subqueries again for every
	 * expression that used them (in the ranking's sort keys and the output), and its execution took
	 * twice as long (bench/README.md).
	 */
	private static final String AS_IT_STOOD = """
			with shown as materialized (
			  select a.id, a.title, a.focus_area_id, a.commitment_id, a.lead_organisation_id, a.responsible_person_id,
			         a.due_date, a.example,
			         %1$s as status,
			         %2$s as light,
			         %3$s as last_update_on,
			         least((a.created_at at time zone 'Europe/Oslo')::date, coalesce(a.start_date, :day)) > :from as created_since,
			         (select count(*) from activity_status_change c where c.activity_id = a.id
			              and c.changed_on > :from and c.changed_on <= :day) as status_changes_since,
			         (select count(*) from status_update u where u.activity_id = a.id
			              and u.written_on > :from and u.written_on <= :day) as updates_since
			  from activity a
			  where a.focus_area_id in (:areas)
			    and least((a.created_at at time zone 'Europe/Oslo')::date, coalesce(a.start_date, :day)) <= :day
			    and (cast(:party as bigint) is null or a.lead_organisation_id is null or a.lead_organisation_id = :party)),
			marked as (
			  select s.*,
			         coalesce(s.status not in (:closed) and (s.due_date < :day or s.light = 'RED'), false) as late,
			         (s.created_since or s.status_changes_since > 0 or s.updates_since > 0) as changed
			  from shown s)
			""";

	private static final String FIGURES = AS_IT_STOOD + """
			, ranked as (
			  select m.*,
			         case when m.late then row_number() over (partition by m.late
			             order by m.due_date nulls last, m.id) end as late_rank,
			         case when m.changed then row_number() over (partition by m.focus_area_id, m.changed
			             order by m.due_date nulls last, m.id) end as changed_rank
			  from marked m)
			select case when grouping(r.commitment_id) = 0 then 'commitment' else 'count' end as row_kind,
			       r.focus_area_id, r.status, r.light, r.commitment_id,
			       count(*) as activities,
			       count(*) filter (where r.lead_organisation_id is null) as joint,
			       count(*) filter (where r.late) as late,
			       count(*) filter (where r.changed) as changed,
			       count(*) filter (where r.created_since) as created,
			       sum(r.status_changes_since) as status_changes,
			       sum(r.updates_since) as updates,
			       coalesce(bool_or(r.last_update_on >= :updatedFrom), false) as updated,
			       null::bigint as id, null::text as title, null::bigint as lead_organisation_id,
			       null::bigint as responsible_person_id, null::date as due_date, null::date as last_update_on,
			       false as example, false as created_since, 0 as status_changes_since, 0 as updates_since,
			       false as listed_late, false as listed_changed
			from ranked r
			group by grouping sets ((r.focus_area_id, r.status, r.light), (r.focus_area_id, r.commitment_id))
			union all
			select 'line', r.focus_area_id, r.status, r.light, r.commitment_id,
			       null, null, null, null, null, null, null, null,
			       r.id, r.title, r.lead_organisation_id, r.responsible_person_id, r.due_date, r.last_update_on,
			       r.example, r.created_since, r.status_changes_since, r.updates_since,
			       coalesce(r.late_rank <= :late, false), coalesce(r.changed_rank <= :changed, false)
			from ranked r
			where r.late_rank <= :late or r.changed_rank <= :changed
			order by due_date nulls last, id""";

	/**
	 * {@link #FIGURES} today and later: the activities' status, light and latest update as they are
	 * (a status update is never for a day ahead, {@code Activity#report}).
	 */
	private static final String CURRENT_FIGURES = FIGURES.formatted("a.status", "a.current_light", "a.last_update_on");

	/** {@link #FIGURES} on a day before today: the status, light and latest update the activities had then. */
	private static final String HISTORIC_FIGURES = FIGURES.formatted("""
			coalesce((select c.status from activity_status_change c where c.activity_id = a.id and c.changed_on <= :day
			  order by c.changed_on desc, c.id desc limit 1), 'PLANNED')""", """
			(select u.light from status_update u where u.activity_id = a.id and u.written_on <= :day
			  order by u.written_on desc, u.id desc limit 1)""",
			"(select max(u.written_on) from status_update u where u.activity_id = a.id and u.written_on <= :day)");

	/**
	 * What the dashboard counts and lists of the activities under the focus areas as they stood on
	 * the day, in the share of the party with the organisation id ({@code null}: everything), in one
	 * statement whatever the number of activities. PostgreSQL counts per focus area, status and
	 * light how many, how many of them are led jointly, late, and changed after {@code since} (a
	 * day before {@code day}, or {@code null}) with the changes' counts; and per focus area and
	 * commitment how many, and whether one of them had a status update on or after
	 * {@code updatedFrom}. It lists the first {@code late} of the late activities and per focus
	 * area the first {@code changed} of those changed since, each in the order of their due dates
	 * (those without last).
	 */
	public Figures figuresOnDay(Collection<Long> focusAreaIds, LocalDate day, LocalDate since, Long party,
			LocalDate updatedFrom, int late, int changed) {
		if (focusAreaIds.isEmpty()) {
			return new Figures(List.of(), List.of(), List.of(), List.of());
		}
		List<Count> counts = new ArrayList<>();
		List<CommitmentCount> commitments = new ArrayList<>();
		List<Snapshot> lateOnes = new ArrayList<>();
		List<Snapshot> changedOnes = new ArrayList<>();
		this.jdbc.sql(day.isBefore(LocalDate.now(this.clock)) ? HISTORIC_FIGURES : CURRENT_FIGURES)
			.param("day", day)
			.param("from", (since != null) ? since : day)
			.param("areas", focusAreaIds)
			.param("party", party, Types.BIGINT)
			.param("closed", Arrays.stream(ActivityStatus.values()).filter(ActivityStatus::isClosed).map(Enum::name).toList())
			.param("updatedFrom", updatedFrom)
			.param("late", late)
			.param("changed", changed)
			.query(rs -> {
				long area = rs.getLong("focus_area_id");
				ActivityStatus status = (rs.getString("status") != null) ? ActivityStatus.valueOf(rs.getString("status")) : null;
				Light light = (rs.getString("light") != null) ? Light.valueOf(rs.getString("light")) : null;
				switch (rs.getString("row_kind")) {
					case "count" -> counts.add(new Count(area, status, light, rs.getInt("activities"), rs.getInt("joint"),
							rs.getInt("late"), rs.getInt("changed"), rs.getInt("created"), rs.getInt("status_changes"),
							rs.getInt("updates")));
					case "commitment" -> {
						if (rs.getObject("commitment_id") != null) {
							commitments.add(new CommitmentCount(area, rs.getLong("commitment_id"), rs.getInt("activities"),
									rs.getBoolean("updated")));
						}
					}
					default -> {
						Snapshot activity = new Snapshot(rs.getLong("id"), rs.getString("title"), area,
								rs.getObject("commitment_id", Long.class), rs.getObject("lead_organisation_id", Long.class),
								rs.getLong("responsible_person_id"), status, light,
								rs.getObject("last_update_on", LocalDate.class), rs.getObject("due_date", LocalDate.class),
								rs.getBoolean("example"), rs.getBoolean("created_since"), rs.getInt("status_changes_since"),
								rs.getInt("updates_since"));
						if (rs.getBoolean("listed_late")) {
							lateOnes.add(activity);
						}
						if (rs.getBoolean("listed_changed")) {
							changedOnes.add(activity);
						}
					}
				}
			});
		return new Figures(counts, commitments, lateOnes, changedOnes);
	}

	/**
	 * What {@link #figuresOnDay} counted, per focus area, status and light and per commitment, and
	 * the activities it listed: the first late ones, and per focus area the first changed since.
	 */
	public record Figures(List<Count> counts, List<CommitmentCount> commitments, List<Snapshot> late,
			List<Snapshot> changed) {

		/** How many activities were late on the day in all. */
		public int lateTotal() {
			return this.counts.stream().mapToInt(Count::late).sum();
		}

	}

	/**
	 * The activities under a focus area with a status and light ({@code null}: no status update yet)
	 * on the day: how many, of them led jointly, late, and changed since (of them registered since),
	 * and their changes of status and status updates since.
	 */
	public record Count(long focusAreaId, ActivityStatus status, Light light, int activities, int joint, int late,
			int changed, int created, int statusChanges, int updates) {
	}

	/**
	 * The activities under a focus area for a commitment on the day: how many, and whether one of
	 * them had a status update on or after the day asked for.
	 */
	public record CommitmentCount(long focusAreaId, long commitmentId, int activities, boolean updated) {
	}

	/**
	 * One activity as it stood on a day.
	 *
	 * @param leadOrganisationId the leading party's organisation, {@code null} when they lead together
	 * @param light the light of the latest status update up to the day, if any
	 * @param lastUpdateOn the day of the latest status update up to the day, if any
	 * @param createdSince counted from (started or registered) after the day asked for as {@code since}
	 * @param statusChangesSince changes of status after {@code since}, up to the day
	 * @param updatesSince status updates written after {@code since}, up to the day
	 */
	public record Snapshot(long id, String title, long focusAreaId, Long commitmentId, Long leadOrganisationId,
			long responsiblePersonId, ActivityStatus status, Light light, LocalDate lastUpdateOn, LocalDate dueDate,
			boolean example, boolean createdSince, int statusChangesSince, int updatesSince) {

		/** Not closed and past its due date on the day. */
		public boolean isOverdueOn(LocalDate day) {
			return !this.status.isClosed() && this.dueDate != null && this.dueDate.isBefore(day);
		}

		/** Anything registered, changed or reported since. */
		public boolean isChangedSince() {
			return this.createdSince || this.statusChangesSince > 0 || this.updatesSince > 0;
		}

	}

}
