package no.avtaleportal.web;

/**
 * A request no form of the portal sends (a forged or garbled one): the 400 page, logged once.
 */
public class BadInputException extends RuntimeException {

	public BadInputException(String what) {
		super(what);
	}

}
