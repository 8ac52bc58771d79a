package no.avtaleportal.people;

import org.springframework.modulith.NamedInterface;

/**
 * A single-holder role would have two holders on the same day.
 */
@NamedInterface("api")
public class OverlappingAssignmentException extends RuntimeException {

	public OverlappingAssignmentException(String roleTitle) {
		super("Another person holds " + roleTitle + " in the same period");
	}

}
