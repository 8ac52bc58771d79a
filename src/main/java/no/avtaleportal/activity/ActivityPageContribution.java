package no.avtaleportal.activity;

import org.springframework.modulith.NamedInterface;
import org.springframework.ui.Model;

/**
 * What another module shows on an activity's page. The activity controller asks every
 * contribution before it renders, so that the dependency shows in code and each query runs in the
 * controller, not in the template. A module that depends on this one implements it as a bean; this
 * module knows none of them.
 */
@NamedInterface("api")
public interface ActivityPageContribution {

	/** Adds to the model of the activity's page ({@code activity/show}). */
	void toActivityPage(long activityId, Model model);

}
