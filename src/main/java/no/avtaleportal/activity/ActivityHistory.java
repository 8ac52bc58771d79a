package no.avtaleportal.activity;

import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The activities as they stood on a day, from their status history (each change of status with
 * the day it took effect) and their dated status updates. An activity counts from its start
 * date or from the day it was registered, whichever is earlier; before its first change of status
 * it was planned. What the dashboard counts and lists of activities, read in one statement however
 * many there are.
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
	 * The activities under the focus areas as they stood on the day, each with what happened to it
	 * after {@code :from} up to the day, in the share of the party {@code :party} (what its
	 * organisation leads, and what the parties lead jointly; everything when {@code null}). Today
	 * and later, status, light and the day of the latest status update are the activities' current
	 * ones, kept on each activity ({@code %1$s} to {@code %3$s} in the text, so that PostgreSQL plans
	 * each of the two statements once on a connection: with the choice a parameter, it planned the
	 * statement again for every call, 0.4–0.6 ms each). The rows are counted, ranked and picked in
	 * Java: with the counting, the ranking and the picking in the statement, PostgreSQL took twice as
	 * long to run it as to read the rows, while the portal reads the rows in about the CPU it took to
	 * read the counts, though with more garbage (bench/README.md, the eighteenth look).
	 */
	private static final String AS_IT_STOOD = """
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
			  and (cast(:party as bigint) is null or a.lead_organisation_id is null or a.lead_organisation_id = :party)""";

	/**
	 * {@link #AS_IT_STOOD} today and later: the activities' status, light and latest update as they
	 * are (a status update is never for a day ahead, {@code Activity#report}).
	 */
	private static final String AS_IT_STANDS = AS_IT_STOOD.formatted("a.status", "a.current_light", "a.last_update_on");

	/** {@link #AS_IT_STOOD} on a day before today: the status, light and latest update the activities had then. */
	private static final String AS_IT_STOOD_THEN = AS_IT_STOOD.formatted("""
			coalesce((select c.status from activity_status_change c where c.activity_id = a.id and c.changed_on <= :day
			  order by c.changed_on desc, c.id desc limit 1), 'PLANNED')""", """
			(select u.light from status_update u where u.activity_id = a.id and u.written_on <= :day
			  order by u.written_on desc, u.id desc limit 1)""",
			"(select max(u.written_on) from status_update u where u.activity_id = a.id and u.written_on <= :day)");

	/** The order in which the figures list activities: by due date (those without last), then as registered. */
	private static final Comparator<Snapshot> LISTED = Comparator
		.comparing(Snapshot::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparingLong(Snapshot::id);

	/**
	 * What the dashboard counts and lists of the activities under the focus areas as they stood on
	 * the day, in the share of the party with the organisation id ({@code null}: everything), from
	 * one statement whatever the number of activities. Counted per focus area, status and light: how
	 * many, how many of them are led jointly, late, and changed after {@code since} (a day before
	 * {@code day}, or {@code null}) with the changes' counts; and per focus area and commitment how
	 * many, and whether one of them had a status update on or after {@code updatedFrom}. Listed: the
	 * first {@code late} of the late activities and per focus area the first {@code changed} of those
	 * changed since, each in the order of their due dates (those without last).
	 */
	public Figures figuresOnDay(Collection<Long> focusAreaIds, LocalDate day, LocalDate since, Long party,
			LocalDate updatedFrom, int late, int changed) {
		if (focusAreaIds.isEmpty()) {
			return new Figures(List.of(), List.of(), List.of(), List.of());
		}
		List<Snapshot> shown = this.jdbc.sql(day.isBefore(LocalDate.now(this.clock)) ? AS_IT_STOOD_THEN : AS_IT_STANDS)
			.param("day", day)
			.param("from", (since != null) ? since : day)
			.param("areas", focusAreaIds)
			.param("party", party, Types.BIGINT)
			.query((rs, row) -> new Snapshot(rs.getLong("id"), rs.getString("title"), rs.getLong("focus_area_id"),
					rs.getObject("commitment_id", Long.class), rs.getObject("lead_organisation_id", Long.class),
					rs.getLong("responsible_person_id"), ActivityStatus.valueOf(rs.getString("status")),
					(rs.getString("light") != null) ? Light.valueOf(rs.getString("light")) : null,
					rs.getObject("last_update_on", LocalDate.class), rs.getObject("due_date", LocalDate.class),
					rs.getBoolean("example"), rs.getBoolean("created_since"), rs.getInt("status_changes_since"),
					rs.getInt("updates_since")))
			.list();
		return Figures.of(shown.stream().sorted(LISTED).toList(), day, updatedFrom, late, changed);
	}

	/**
	 * What {@link #figuresOnDay} counted, per focus area, status and light and per commitment, and
	 * the activities it listed: the first late ones, and per focus area the first changed since.
	 */
	public record Figures(List<Count> counts, List<CommitmentCount> commitments, List<Snapshot> late,
			List<Snapshot> changed) {

		/** The figures of the activities shown, in the order they are listed in. */
		static Figures of(List<Snapshot> shown, LocalDate day, LocalDate updatedFrom, int late, int changed) {
			Map<Counted, Count> counts = new LinkedHashMap<>();
			Map<Counted, CommitmentCount> commitments = new LinkedHashMap<>();
			List<Snapshot> lateFirst = new ArrayList<>();
			List<Snapshot> changedFirst = new ArrayList<>();
			Map<Long, Integer> changedPerArea = new HashMap<>();
			for (Snapshot activity : shown) {
				counts.merge(new Counted(activity.focusAreaId(), activity.status(), activity.light(), null),
						Count.of(activity, day), Count::plus);
				if (activity.commitmentId() != null) {
					commitments.merge(new Counted(activity.focusAreaId(), null, null, activity.commitmentId()),
							CommitmentCount.of(activity, updatedFrom), CommitmentCount::plus);
				}
				if (activity.isLateOn(day) && lateFirst.size() < late) {
					lateFirst.add(activity);
				}
				if (activity.isChangedSince()
						&& changedPerArea.merge(activity.focusAreaId(), 1, Integer::sum) <= changed) {
					changedFirst.add(activity);
				}
			}
			return new Figures(List.copyOf(counts.values()), List.copyOf(commitments.values()), lateFirst,
					changedFirst);
		}

		/** What activities are counted by: a focus area with a status and light, or with a commitment. */
		private record Counted(long focusAreaId, ActivityStatus status, Light light, Long commitmentId) {
		}

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

		/** The activity counted on the day. */
		static Count of(Snapshot activity, LocalDate day) {
			return new Count(activity.focusAreaId(), activity.status(), activity.light(), 1,
					one(activity.leadOrganisationId() == null), one(activity.isLateOn(day)),
					one(activity.isChangedSince()), one(activity.createdSince()), activity.statusChangesSince(),
					activity.updatesSince());
		}

		private static int one(boolean counted) {
			return counted ? 1 : 0;
		}

		/** This count and the other's, of the same focus area, status and light, together. */
		Count plus(Count other) {
			return new Count(this.focusAreaId, this.status, this.light, this.activities + other.activities,
					this.joint + other.joint, this.late + other.late, this.changed + other.changed,
					this.created + other.created, this.statusChanges + other.statusChanges,
					this.updates + other.updates);
		}

	}

	/**
	 * The activities under a focus area for a commitment on the day: how many, and whether one of
	 * them had a status update on or after the day asked for.
	 */
	public record CommitmentCount(long focusAreaId, long commitmentId, int activities, boolean updated) {

		/** The activity counted, updated if its latest status update is on or after the day. */
		static CommitmentCount of(Snapshot activity, LocalDate updatedFrom) {
			return new CommitmentCount(activity.focusAreaId(), activity.commitmentId(), 1,
					activity.lastUpdateOn() != null && !activity.lastUpdateOn().isBefore(updatedFrom));
		}

		/** This count and the other's, of the same commitment, together. */
		CommitmentCount plus(CommitmentCount other) {
			return new CommitmentCount(this.focusAreaId, this.commitmentId, this.activities + other.activities,
					this.updated || other.updated);
		}

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

		/** Late on the day: not closed, and past its due date or with a red light. */
		public boolean isLateOn(LocalDate day) {
			return isOverdueOn(day) || (!this.status.isClosed() && this.light == Light.RED);
		}

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
