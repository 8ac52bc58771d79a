package no.avtaleportal.activity;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the work under a focus area and its commitments is going, for the focus area's page
 * ({@code templates/activity/progress.html}, given to it by {@link ActivityProgressOnAgreementPages}):
 * the first {@value #SHOWN} of its activities by due date (the rest are a link to the activity list),
 * their counts by status and light, and which commitments have no activity or no status update in
 * the last six months. One statement per focus area, whose counts PostgreSQL makes, so that the page
 * stays the same size however many activities the focus area has (issue 15).
 */
@Service
@Transactional(readOnly = true)
public class ActivityProgress {

	/** The activities listed on the focus area's page: a page of the activity list. */
	public static final int SHOWN = ActivityList.PAGE_SIZE;

	private final JdbcClient jdbc;

	private final Clock clock;

	ActivityProgress(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public FocusAreaProgress ofFocusArea(long focusAreaId) {
		List<Item> shown = new ArrayList<>();
		Map<ActivityStatus, Long> byStatus = new EnumMap<>(ActivityStatus.class);
		Map<Light, Long> byLight = new EnumMap<>(Light.class);
		Map<Long, Commitment> commitments = new HashMap<>();
		this.jdbc.sql("""
				with area as (
				  select id, title, commitment_id, status, current_light, last_update_on, due_date, example
				  from activity where focus_area_id = :area)
				select * from (
				  select 'ITEM' as row_kind, id, title, commitment_id, status, current_light, last_update_on, example,
				         cast(null as bigint) as found
				  from area order by due_date nulls last, id limit :shown) shown
				union all
				select case when grouping(status) = 0 then 'STATUS' when grouping(current_light) = 0 then 'LIGHT' else 'COMMITMENT' end,
				       null, null, commitment_id, status, current_light, max(last_update_on), null, count(*)
				from area
				group by grouping sets ((status), (current_light), (commitment_id))""")
			.param("area", focusAreaId)
			.param("shown", SHOWN)
			.query((ResultSet row) -> {
				switch (row.getString("row_kind")) {
					case "ITEM" -> shown.add(new Item(row.getLong("id"), row.getString("title"),
							ActivityStatus.valueOf(row.getString("status")), light(row.getString("current_light")),
							row.getBoolean("example")));
					case "STATUS" -> byStatus.put(ActivityStatus.valueOf(row.getString("status")), row.getLong("found"));
					case "LIGHT" -> {
						if (row.getString("current_light") != null) {
							byLight.put(Light.valueOf(row.getString("current_light")), row.getLong("found"));
						}
					}
					default -> {
						if (row.getObject("commitment_id") != null) {
							commitments.put(row.getLong("commitment_id"), new Commitment(row.getLong("found"),
									row.getObject("last_update_on", LocalDate.class)));
						}
					}
				}
			});
		return new FocusAreaProgress(focusAreaId, shown, byStatus, byLight, commitments, LocalDate.now(this.clock));
	}

	private static Light light(String name) {
		return (name != null) ? Light.valueOf(name) : null;
	}

	/**
	 * One activity as the progress shows it.
	 */
	public record Item(long id, String title, ActivityStatus status, Light light, boolean example) {
	}

	/** The activities under one commitment: how many, and the day of the latest status update among them. */
	public record Commitment(long activities, LocalDate lastUpdateOn) {
	}

	/**
	 * The focus area's first activities, how many it has in all, and what is computed from them today.
	 */
	public record FocusAreaProgress(long focusAreaId, List<Item> activities, Map<ActivityStatus, Long> byStatus,
			Map<Light, Long> byLight, Map<Long, Commitment> commitments, LocalDate today) {

		/** How many activities the focus area has: every one has a status. */
		public long total() {
			return this.byStatus.values().stream().mapToLong(Long::longValue).sum();
		}

		/** More activities than the page lists. */
		public boolean hasMore() {
			return total() > this.activities.size();
		}

		public long count(long commitmentId) {
			Commitment commitment = this.commitments.get(commitmentId);
			return (commitment != null) ? commitment.activities() : 0;
		}

		public boolean hasNoActivity(long commitmentId) {
			return count(commitmentId) == 0;
		}

		/** Activities exist, but none has had a status update in the last six months. */
		public boolean isStale(long commitmentId) {
			Commitment commitment = this.commitments.get(commitmentId);
			return commitment != null && (commitment.lastUpdateOn() == null
					|| commitment.lastUpdateOn().isBefore(this.today.minusMonths(6)));
		}

	}

}
