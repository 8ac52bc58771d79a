package no.avtaleportal.activity;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.web.FeedPage;

/**
 * The activities for the read API: a page of those under the focus areas the reader sees, each
 * with its latest status update, in two statements whatever their number.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class ActivityFeed {

	private final JdbcClient jdbc;

	ActivityFeed(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** {@code areas}: the focus areas the reader sees (of the agreement asked for, if one is). */
	public FeedPage<ActivityItem> page(Collection<Long> areas, FeedPage.Request request) {
		if (areas.isEmpty()) {
			return new FeedPage<>(List.of(), 0);
		}
		FeedPage.Query query = new FeedPage.Query().always("a.focus_area_id in (:areas)", "areas", areas)
			.where("a.focus_area_id = :focusArea", "focusArea", request.focusArea())
			.where("a.lead_organisation_id = :party", "party", request.party())
			.where("a.last_modified_at > :since", "since",
					(request.changedSince() != null) ? Timestamp.from(request.changedSince()) : null);
		long total = this.jdbc.sql("select count(*) from activity a where " + query.conditions())
			.params(query.parameters())
			.query(Long.class)
			.single();
		List<ActivityItem> items = this.jdbc.sql("""
				select a.id, a.title, a.focus_area_id, a.commitment_id, a.lead_organisation_id, a.status, a.start_date,
				  a.due_date, a.completed_on, a.current_light, a.last_update_on, a.example, a.last_modified_at,
				  (select u.text from status_update u where u.activity_id = a.id order by u.written_on desc, u.id desc limit 1)
				from activity a where %s order by a.id offset :offset limit :limit""".formatted(query.conditions()))
			.params(query.parameters())
			.param("offset", request.offset())
			.param("limit", request.limit())
			.query((rs, row) -> new ActivityItem(rs.getLong(1), rs.getString(2), rs.getLong(3),
					rs.getObject(4, Long.class), rs.getObject(5, Long.class), ActivityStatus.valueOf(rs.getString(6)),
					rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class),
					(rs.getString(10) != null) ? Light.valueOf(rs.getString(10)) : null, rs.getObject(11, LocalDate.class),
					rs.getString(14), rs.getBoolean(12), rs.getTimestamp(13).toInstant()))
			.list();
		return new FeedPage<>(items, total);
	}

	/**
	 * An activity with its status, and its latest status update's light, day and text (Markdown).
	 */
	public record ActivityItem(long id, String title, long focusAreaId, Long commitmentId, Long leadOrganisationId,
			ActivityStatus status, LocalDate startDate, LocalDate dueDate, LocalDate completedOn, Light light,
			LocalDate lastUpdateOn, String lastUpdate, boolean example, Instant changedAt) {
	}

}
