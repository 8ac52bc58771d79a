package no.avtaleportal.activity;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.account.SignedInUser;

/**
 * What other features use of activities.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class Activities {

	private final ActivityRepository activities;

	private final JdbcClient jdbc;

	Activities(ActivityRepository activities, JdbcClient jdbc) {
		this.activities = activities;
		this.jdbc = jdbc;
	}

	/**
	 * The activity, with whether the user may update it (and so attach files to it). Whether the
	 * user may see it at all is the caller's to check, through its focus area.
	 */
	public Optional<ActivityRef> find(long id, SignedInUser user) {
		return this.activities.findWhole(id)
			.map(activity -> new ActivityRef(activity.getId(), activity.getTitle(), activity.getFocusAreaId(),
					activity.getCommitmentId(), ActivityPermissions.mayUpdate(user, activity)));
	}

	/**
	 * Every activity's {@code activity_id} and {@code activity_title}: a read-only select for
	 * other modules' SQL, which names none of this module's tables; a subquery in parentheses to
	 * be given an alias.
	 */
	public static String selectTitles() {
		return "(select a.id as activity_id, a.title as activity_title from activity a)";
	}

	/**
	 * The titles of the activities, by id, in one statement.
	 */
	public Map<Long, String> titles(Collection<Long> ids) {
		return titles("select id, title from activity where id = any(:values) order by title, id", ids);
	}

	/**
	 * The titles of the activities under the focus areas, by title, in one statement.
	 */
	public Map<Long, String> titlesUnder(Collection<Long> focusAreaIds) {
		return titles("select id, title from activity where focus_area_id = any(:values) order by title, id",
				focusAreaIds);
	}

	/**
	 * The titles the statement reads, by title, of the values as one array parameter: Hibernate
	 * would plan a query with a list of parameters anew on every call.
	 */
	private Map<Long, String> titles(String sql, Collection<Long> values) {
		if (values.isEmpty()) {
			return Map.of();
		}
		Map<Long, String> titles = new LinkedHashMap<>();
		this.jdbc.sql(sql).param("values", values.toArray(Long[]::new)).query(rs -> {
			titles.put(rs.getLong(1), rs.getString(2));
		});
		return titles;
	}

	/**
	 * An activity as other features refer to it.
	 */
	public record ActivityRef(long id, String title, long focusAreaId, Long commitmentId, boolean mayUpdate) {
	}

}
