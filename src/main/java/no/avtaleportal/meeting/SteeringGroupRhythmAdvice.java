package no.avtaleportal.meeting;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Lets the agreement's pages show the steering group's meetings per year against the minimum
 * ({@code ${meetingRhythm.rhythmOfAgreement(agreement.id)}}) without the agreement module knowing
 * this one. Only a reference goes into the model; the page asks for what it shows.
 */
@ControllerAdvice(basePackages = "no.avtaleportal.agreement")
class SteeringGroupRhythmAdvice {

	private final SteeringGroupMeetings meetings;

	SteeringGroupRhythmAdvice(SteeringGroupMeetings meetings) {
		this.meetings = meetings;
	}

	@ModelAttribute("meetingRhythm")
	SteeringGroupMeetings meetingRhythm() {
		return this.meetings;
	}

}
