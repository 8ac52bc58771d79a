package no.avtaleportal.meeting;

import no.avtaleportal.web.MovedOnException;

/**
 * The minutes or the meeting are not in a state that allows this (sent for approval, approved or
 * published, held or cancelled, or the step was taken already): the page that says so, nothing
 * saved.
 */
class MinutesLockedException extends MovedOnException {

	MinutesLockedException() {
		super("the minutes do not allow this in their current state");
	}

}
