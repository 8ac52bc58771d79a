package no.avtaleportal.people;

/**
 * A single-holder role would have two holders on the same day.
 */
public class OverlappingAssignmentException extends RuntimeException {

	public OverlappingAssignmentException(String roleTitle) {
		super("Another person holds " + roleTitle + " in the same period");
	}

}
