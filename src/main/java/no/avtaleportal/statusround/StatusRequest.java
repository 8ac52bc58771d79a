package no.avtaleportal.statusround;

import java.util.List;

/**
 * What a status round asks of one person: the activities they are responsible for, each with
 * the portal path of its update form (make the link from the public address).
 */
public record StatusRequest(long personId, String personName, List<RequestedActivity> activities) {

	/** An activity asked about, and the path to its status update form. */
	public record RequestedActivity(long activityId, String title, String path) {

		static RequestedActivity of(long activityId, String title) {
			return new RequestedActivity(activityId, title, "/activities/" + activityId + "#report-heading");
		}

	}

}
