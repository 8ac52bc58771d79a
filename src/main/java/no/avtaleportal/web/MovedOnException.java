package no.avtaleportal.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * What the user opened or sent belongs to something that has moved on to a state that no longer
 * allows it (minutes sent for approval or published, a meeting held or cancelled): the 409 page
 * says so, rather than that someone else saved ({@code error.409.movedOn}), and nothing is saved.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class MovedOnException extends RuntimeException {

	public MovedOnException(String what) {
		super(what);
	}

}
