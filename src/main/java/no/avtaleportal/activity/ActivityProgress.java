package no.avtaleportal.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the work under a focus area and its commitments is going, for the focus area's page
 * ({@code templates/activity/progress.html}, given to it by {@link ActivityProgressOnAgreementPages}):
 * its activities, their counts by status and light, and which commitments have no activity or no
 * status update in the last six months. One statement per focus area.
 */
@Service
@Transactional(readOnly = true)
public class ActivityProgress {

	private final JdbcClient jdbc;

	private final Clock clock;

	ActivityProgress(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public FocusAreaProgress ofFocusArea(long focusAreaId) {
		List<Item> items = this.jdbc.sql("""
				select id, title, commitment_id, status, current_light, last_update_on, due_date, example
				from activity where focus_area_id = :area order by due_date nulls last, id""")
			.param("area", focusAreaId)
			.query((rs, row) -> new Item(rs.getLong("id"), rs.getString("title"), rs.getObject("commitment_id", Long.class),
					ActivityStatus.valueOf(rs.getString("status")),
					(rs.getString("current_light") != null) ? Light.valueOf(rs.getString("current_light")) : null,
					rs.getObject("last_update_on", LocalDate.class), rs.getObject("due_date", LocalDate.class),
					rs.getBoolean("example")))
			.list();
		return new FocusAreaProgress(focusAreaId, items, LocalDate.now(this.clock));
	}

	/**
	 * One activity as the progress shows it.
	 */
	public record Item(long id, String title, Long commitmentId, ActivityStatus status, Light light,
			LocalDate lastUpdateOn, LocalDate dueDate, boolean example) {
	}

	/**
	 * The activities of a focus area and what is computed from them today.
	 */
	public record FocusAreaProgress(long focusAreaId, List<Item> activities, LocalDate today) {

		public Map<ActivityStatus, Long> byStatus() {
			Map<ActivityStatus, Long> counts = new EnumMap<>(ActivityStatus.class);
			this.activities.forEach(item -> counts.merge(item.status(), 1L, Long::sum));
			return counts;
		}

		public Map<Light, Long> byLight() {
			Map<Light, Long> counts = new EnumMap<>(Light.class);
			this.activities.stream()
				.map(Item::light)
				.filter(Objects::nonNull)
				.forEach(light -> counts.merge(light, 1L, Long::sum));
			return counts;
		}

		public List<Item> of(long commitmentId) {
			return this.activities.stream().filter(item -> Objects.equals(item.commitmentId(), commitmentId)).toList();
		}

		public boolean hasNoActivity(long commitmentId) {
			return of(commitmentId).isEmpty();
		}

		/** Activities exist, but none has had a status update in the last six months. */
		public boolean isStale(long commitmentId) {
			LocalDate sixMonthsAgo = this.today.minusMonths(6);
			return !hasNoActivity(commitmentId) && of(commitmentId).stream()
				.map(Item::lastUpdateOn)
				.noneMatch(date -> date != null && !date.isBefore(sixMonthsAgo));
		}

	}

}
