package no.avtaleportal.activity;

/**
 * A change an activity's rules do not allow; the message key says why, in the user's language.
 */
class ActivityRuleException extends RuntimeException {

	private final String field;

	private final String messageKey;

	ActivityRuleException(String field, String messageKey) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	String getField() {
		return this.field;
	}

	String getMessageKey() {
		return this.messageKey;
	}

}
