package no.avtaleportal.activity;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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

	Activities(ActivityRepository activities) {
		this.activities = activities;
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
	 * The titles of the activities, by id, in one statement.
	 */
	public Map<Long, String> titles(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.activities.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(Activity::getId, Activity::getTitle));
	}

	/**
	 * The titles of the activities under the focus areas, by title, in one statement.
	 */
	public Map<Long, String> titlesUnder(Collection<Long> focusAreaIds) {
		if (focusAreaIds.isEmpty()) {
			return Map.of();
		}
		return this.activities.findByFocusAreaIdInOrderByTitleAscIdAsc(focusAreaIds)
			.stream()
			.collect(Collectors.toMap(Activity::getId, Activity::getTitle, (first, second) -> first,
					java.util.LinkedHashMap::new));
	}

	/**
	 * An activity as other features refer to it.
	 */
	public record ActivityRef(long id, String title, long focusAreaId, Long commitmentId, boolean mayUpdate) {
	}

}
