package no.avtaleportal.agreement;

/**
 * The agreement does not allow its term to be extended ({@link Agreement#extend}).
 */
public class ExtensionNotAllowedException extends IllegalStateException {

	/** The message key of the refusal on a form. */
	static final String MESSAGE_KEY = "agreement.error.extensionNotAllowed";

	ExtensionNotAllowedException(Long agreementId) {
		super("agreement " + agreementId + " cannot be extended");
	}

}
