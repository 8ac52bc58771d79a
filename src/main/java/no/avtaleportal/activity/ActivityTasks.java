package no.avtaleportal.activity;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open activities a person is responsible for, and those under focus areas, each with when
 * its last status update was written down: what "Mine oppgaver" and the status round need of
 * activities, in one statement each.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class ActivityTasks {

	private static final String COLUMNS = """
			select a.id, a.title, a.focus_area_id, a.responsible_person_id, a.lead_organisation_id, a.due_date,
			  a.last_update_on, a.created_at, (select max(u.created_at) from status_update u where u.activity_id = a.id) as last_update_at""";

	private static final String SELECT = COLUMNS + " from activity a";

	private static final String OPEN = SELECT
			+ " where a.status not in ('COMPLETED', 'CANCELLED') and a.focus_area_id in (:areas)";

	private final JdbcClient jdbc;

	ActivityTasks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * At most {@code limit} of the open activities under the focus areas that the person is
	 * responsible for and that have had no status update since {@code staleBefore} (nor been
	 * registered since, before the first), leaving out those given, the longest without first; and
	 * how many there are in all.
	 * @param zone the zone in which the day an activity was registered is told
	 */
	public Stale staleFor(long personId, Collection<Long> focusAreaIds, LocalDate staleBefore, Collection<Long> except,
			ZoneId zone, int limit) {
		if (focusAreaIds.isEmpty() || limit <= 0) {
			return new Stale(List.of(), 0);
		}
		String lastUpdate = "coalesce(a.last_update_on, cast(a.created_at at time zone :zone as date))";
		List<Counted> rows = this.jdbc.sql(COLUMNS + """
						, count(*) over () as total from activity a
						 where a.status not in ('COMPLETED', 'CANCELLED') and a.focus_area_id in (:areas)
						   and a.responsible_person_id = :person and %1$s < :staleBefore %2$s
						 order by %1$s, a.id
						 limit :limit""".formatted(lastUpdate, except.isEmpty() ? "" : "and a.id not in (:except)"))
			.param("areas", focusAreaIds)
			.param("person", personId)
			.param("zone", zone.getId())
			.param("staleBefore", staleBefore)
			.params(except.isEmpty() ? Map.of() : Map.of("except", except))
			.param("limit", limit)
			.query((rs, row) -> new Counted(open(rs, row), rs.getLong("total")))
			.list();
		return new Stale(rows.stream().map(Counted::activity).toList(), rows.isEmpty() ? 0 : rows.get(0).total());
	}

	/** A row of a limited list, with the number of rows there are in all. */
	private record Counted(OpenActivity activity, long total) {
	}

	/** Some of the activities without a recent status update, and how many there are in all. */
	public record Stale(List<OpenActivity> activities, long total) {
	}

	/**
	 * Every open activity under the focus areas, by title.
	 */
	public List<OpenActivity> openUnder(Collection<Long> focusAreaIds) {
		if (focusAreaIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(OPEN + " order by a.title, a.id")
			.param("areas", focusAreaIds)
			.query(ActivityTasks::open)
			.list();
	}

	/**
	 * The activities, open or not, each with its last status update, in one statement.
	 */
	public List<OpenActivity> byIds(Collection<Long> activityIds) {
		if (activityIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(SELECT + " where a.id in (:ids) order by a.title, a.id")
			.param("ids", activityIds)
			.query(ActivityTasks::open)
			.list();
	}

	/**
	 * The status updates of the activities saved from {@code from} up to (not including)
	 * {@code until}, oldest first, in one statement: the answers to a status round.
	 */
	public List<SavedUpdate> updatesSaved(Collection<Long> activityIds, Instant from, Instant until) {
		if (activityIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select u.activity_id, u.written_on, u.light, u.text, u.author_name from status_update u
				where u.activity_id in (:ids) and u.created_at >= :from and u.created_at < :until
				order by u.created_at, u.id""")
			.param("ids", activityIds)
			.param("from", Timestamp.from(from))
			.param("until", Timestamp.from(until))
			.query((rs, row) -> new SavedUpdate(rs.getLong(1), rs.getObject(2, LocalDate.class),
					Light.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5)))
			.list();
	}

	private static OpenActivity open(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Timestamp lastUpdateAt = rs.getTimestamp("last_update_at");
		return new OpenActivity(rs.getLong("id"), rs.getString("title"), rs.getLong("focus_area_id"),
				rs.getLong("responsible_person_id"), rs.getObject("lead_organisation_id", Long.class),
				rs.getObject("due_date", LocalDate.class), rs.getObject("last_update_on", LocalDate.class),
				(lastUpdateAt != null) ? lastUpdateAt.toInstant() : null, rs.getTimestamp("created_at").toInstant());
	}

	/**
	 * An activity with the day its last status update is written for ({@code lastUpdateOn}) and
	 * when that update was saved ({@code lastUpdateAt}), both {@code null} before the first; and
	 * when the activity was registered.
	 */
	public record OpenActivity(long id, String title, long focusAreaId, long responsiblePersonId,
			Long leadOrganisationId, LocalDate dueDate, LocalDate lastUpdateOn, Instant lastUpdateAt, Instant createdAt) {

		/** Whether a status update was saved at or after the moment. */
		public boolean updatedSince(Instant moment) {
			return this.lastUpdateAt != null && !this.lastUpdateAt.isBefore(moment);
		}

	}

	/** A status update as its author wrote it, for the day {@code writtenOn}. */
	public record SavedUpdate(long activityId, LocalDate writtenOn, Light light, String text, String authorName) {
	}

}
