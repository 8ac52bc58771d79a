package no.avtaleportal.web;

/**
 * The message a page shows once after a redirect, at the top of its content (the layout shows
 * it): a controller adds it with {@code redirect.addFlashAttribute(Flash.MESSAGE, "activity.saved")}.
 * Its value is a message key.
 */
public final class Flash {

	private Flash() {
	}

	/** What was done ("Lagret."), shown as a status. */
	public static final String MESSAGE = "flash";

	/** Why it could not be done, shown as an alert. */
	public static final String ERROR = "flashError";

}
