package no.avtaleportal.activity;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.web.NotFoundException;

/**
 * What the evaluation of an agreement uses of activities: each activity under the focus areas
 * with its status history over a period and its deliverables, in one statement; and carrying
 * open activities over to the focus areas of a successor agreement.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class ActivityRecords {

	private static final String ACTIVITIES = """
			select a.id, a.title, a.focus_area_id, a.commitment_id, a.due_date,
			  coalesce((select c.status from activity_status_change c where c.activity_id = a.id and c.changed_on <= :to
			            order by c.changed_on desc, c.id desc limit 1), 'PLANNED') as status,
			  (select u.light from status_update u where u.activity_id = a.id and u.written_on <= :to
			   order by u.written_on desc, u.id desc limit 1) as light,
			  (select count(*) from activity_deliverable d where d.activity_id = a.id) as deliverables,
			  (select count(*) from activity_deliverable d where d.activity_id = a.id and d.done) as done,
			  %s
			where a.focus_area_id in (:areas)
			  and least((a.created_at at time zone 'Europe/Oslo')::date, coalesce(a.start_date, :to)) <= :to
			order by a.focus_area_id, a.due_date nulls last, a.id""";

	private static final String WITH_UPDATES = ACTIVITIES.formatted("""
			u.updates, u.days, u.lights, u.texts
			from activity a
			  left join lateral (select count(*) as updates,
			                            array_agg(u.written_on - date '1970-01-01'
			                                      order by u.written_on, u.id) as days,
			                            array_agg(cast(u.light as text) order by u.written_on, u.id) as lights,
			                            array_agg(cast(u.text as text) order by u.written_on, u.id) as texts
			    from status_update u where u.activity_id = a.id and u.written_on between :from and :to) u on true""");

	private static final String COUNTING_UPDATES = ACTIVITIES.formatted("""
			(select count(*) from status_update u where u.activity_id = a.id
			     and u.written_on between :from and :to) as updates,
			  null as days, null as lights, null as texts
			from activity a""");

	private final JdbcClient jdbc;

	private final ActivityRepository activities;

	ActivityRecords(JdbcClient jdbc, ActivityRepository activities) {
		this.jdbc = jdbc;
		this.activities = activities;
	}

	/**
	 * The activities under the focus areas as they stood at the end of a period ({@code to}), by
	 * focus area and due date: those begun (started or registered) by then, each with its status
	 * and light of that day from its history (before its first change of status it was planned),
	 * and the status updates written in the period (oldest first).
	 */
	public List<Record> of(Collection<Long> focusAreaIds, LocalDate from, LocalDate to) {
		return query(WITH_UPDATES, focusAreaIds, from, to);
	}

	/**
	 * The activities as {@link #of} gives them, but with only the number of status updates written
	 * in the period, not the updates: for a page that counts them (the evaluation's), since their
	 * texts cost PostgreSQL half of the statement (issue 15).
	 */
	public List<Record> counted(Collection<Long> focusAreaIds, LocalDate from, LocalDate to) {
		return query(COUNTING_UPDATES, focusAreaIds, from, to);
	}

	/**
	 * The status updates written in the period on each of these activities, oldest first: the texts
	 * of a page of the dossier's activities, read for that page alone (issue 15).
	 */
	public Map<Long, List<Update>> updates(Collection<Long> activityIds, LocalDate from, LocalDate to) {
		if (activityIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<Update>> updates = new HashMap<>();
		this.jdbc.sql("""
				select u.activity_id, u.written_on, u.light, u.text from status_update u
				where u.activity_id in (:ids) and u.written_on between :from and :to
				order by u.activity_id, u.written_on, u.id""")
			.param("ids", activityIds)
			.param("from", from)
			.param("to", to)
			.query(rs -> {
				updates.computeIfAbsent(rs.getLong("activity_id"), id -> new ArrayList<>())
					.add(new Update(rs.getObject("written_on", LocalDate.class), Light.valueOf(rs.getString("light")),
							rs.getString("text")));
			});
		return updates;
	}

	private List<Record> query(String sql, Collection<Long> focusAreaIds, LocalDate from, LocalDate to) {
		if (focusAreaIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(sql)
			.param("areas", focusAreaIds)
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new Record(rs.getLong("id"), rs.getString("title"), rs.getLong("focus_area_id"),
					rs.getObject("commitment_id", Long.class), ActivityStatus.valueOf(rs.getString("status")),
					(rs.getString("light") != null) ? Light.valueOf(rs.getString("light")) : null,
					rs.getObject("due_date", LocalDate.class), rs.getInt("deliverables"), rs.getInt("done"),
					rs.getInt("updates"), updates(rs.getArray("days"), rs.getArray("lights"), rs.getArray("texts"))))
			.list();
	}

	/**
	 * The status updates from their days, lights and texts (SQL arrays in the same order, null for
	 * none). The days come as days since 1970-01-01, plain integers: the driver makes each element of
	 * an array of dates through a {@code Calendar} (issue 15).
	 */
	private static List<Update> updates(Array days, Array lights, Array texts) throws SQLException {
		if (days == null) {
			return List.of();
		}
		Integer[] day = (Integer[]) days.getArray();
		String[] light = (String[]) lights.getArray();
		String[] text = (String[]) texts.getArray();
		List<Update> updates = new ArrayList<>();
		for (int i = 0; i < day.length; i++) {
			updates.add(new Update(LocalDate.ofEpochDay(day[i]), Light.valueOf(light[i]), text[i]));
		}
		return List.copyOf(updates);
	}

	/**
	 * Moves each activity to the focus area (and commitment) that replaces its own in a successor
	 * agreement, keeping its history.
	 * @param focusAreaIds the successor's focus area for each of the old ones
	 * @param commitmentIds the successor's commitment for each of the old ones
	 */
	@Transactional
	public void carryOver(Collection<Long> activityIds, Map<Long, Long> focusAreaIds, Map<Long, Long> commitmentIds) {
		for (Long id : activityIds) {
			Activity activity = this.activities.findById(id).orElseThrow(() -> new NotFoundException("activity " + id));
			Long area = focusAreaIds.get(activity.getFocusAreaId());
			if (area == null) {
				throw new IllegalArgumentException("activity " + id + " is not under the agreement");
			}
			activity.carryOverTo(area,
					(activity.getCommitmentId() != null) ? commitmentIds.get(activity.getCommitmentId()) : null);
		}
	}

	/**
	 * An activity as the evaluation's dossier shows it.
	 * @param updateCount how many status updates were written in the period
	 * @param updates those updates, oldest first; none where only counted ({@link #counted})
	 */
	public record Record(long id, String title, long focusAreaId, Long commitmentId, ActivityStatus status, Light light,
			LocalDate dueDate, int deliverables, int deliverablesDone, int updateCount, List<Update> updates) {

		public boolean isOpen() {
			return !this.status.isClosed();
		}

	}

	/** A status update: when, the traffic light and the text. */
	public record Update(LocalDate writtenOn, Light light, String text) {
	}

}
