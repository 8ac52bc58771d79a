package no.avtaleportal.activity;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.account.SignedInUser;

/**
 * What other features use of activities.
 */
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
	 * An activity as other features refer to it.
	 */
	public record ActivityRef(long id, String title, long focusAreaId, Long commitmentId, boolean mayUpdate) {
	}

}
