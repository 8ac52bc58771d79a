package no.avtaleportal.activity;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Lets the agreement's pages show the progress of the activities under them
 * ({@code ${activityProgress.ofFocusArea(area.id)}}) without the agreement module knowing this one.
 * Only a reference goes into the model; the page asks for what it shows.
 */
@ControllerAdvice(basePackages = "no.avtaleportal.agreement")
class ActivityProgressAdvice {

	private final ActivityProgress progress;

	ActivityProgressAdvice(ActivityProgress progress) {
		this.progress = progress;
	}

	@ModelAttribute("activityProgress")
	ActivityProgress activityProgress() {
		return this.progress;
	}

}
