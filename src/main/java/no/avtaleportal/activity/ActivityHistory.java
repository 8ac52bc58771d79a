package no.avtaleportal.activity;

import java.time.Clock;
import java.time.LocalDate;
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
 * it was planned. What the dashboard uses of activities, in one statement however many there are.
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
	 * after {@code since} (a day before {@code day}, or {@code null}) up to the day. Today and
	 * later, status and light are the activities' current ones.
	 */
	public List<Snapshot> onDay(Collection<Long> focusAreaIds, LocalDate day, LocalDate since) {
		if (focusAreaIds.isEmpty()) {
			return List.of();
		}
		boolean current = !day.isBefore(LocalDate.now(this.clock));
		LocalDate from = (since != null) ? since : day;
		return this.jdbc.sql("""
				select a.id, a.title, a.focus_area_id, a.commitment_id, a.lead_organisation_id, a.responsible_person_id,
				       a.due_date, a.completed_on, a.example,
				       case when :current then a.status else coalesce(
				           (select c.status from activity_status_change c where c.activity_id = a.id and c.changed_on <= :day
				            order by c.changed_on desc, c.id desc limit 1), 'PLANNED') end as status,
				       case when :current then a.current_light else
				           (select u.light from status_update u where u.activity_id = a.id and u.written_on <= :day
				            order by u.written_on desc, u.id desc limit 1) end as light,
				       (select max(u.written_on) from status_update u where u.activity_id = a.id and u.written_on <= :day) as last_update_on,
				       least((a.created_at at time zone 'Europe/Oslo')::date, coalesce(a.start_date, :day)) > :from as created_since,
				       (select count(*) from activity_status_change c where c.activity_id = a.id
				            and c.changed_on > :from and c.changed_on <= :day) as status_changes_since,
				       (select count(*) from status_update u where u.activity_id = a.id
				            and u.written_on > :from and u.written_on <= :day) as updates_since
				from activity a
				where a.focus_area_id in (:areas)
				  and least((a.created_at at time zone 'Europe/Oslo')::date, coalesce(a.start_date, :day)) <= :day
				order by a.due_date nulls last, a.id""")
			.param("current", current)
			.param("day", day)
			.param("from", from)
			.param("areas", focusAreaIds)
			.query((rs, row) -> new Snapshot(rs.getLong("id"), rs.getString("title"), rs.getLong("focus_area_id"),
					rs.getObject("commitment_id", Long.class), rs.getObject("lead_organisation_id", Long.class),
					rs.getLong("responsible_person_id"), ActivityStatus.valueOf(rs.getString("status")),
					(rs.getString("light") != null) ? Light.valueOf(rs.getString("light")) : null,
					rs.getObject("last_update_on", LocalDate.class), rs.getObject("due_date", LocalDate.class),
					rs.getBoolean("example"), rs.getBoolean("created_since"), rs.getInt("status_changes_since"),
					rs.getInt("updates_since")))
			.list();
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
