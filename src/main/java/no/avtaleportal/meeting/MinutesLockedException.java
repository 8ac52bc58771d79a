package no.avtaleportal.meeting;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The minutes are not in a state that allows this (sent for approval, approved or published, or
 * the step was taken already): the conflict page, nothing saved.
 */
@ResponseStatus(HttpStatus.CONFLICT)
class MinutesLockedException extends RuntimeException {

	MinutesLockedException() {
		super("the minutes do not allow this in their current state");
	}

}
