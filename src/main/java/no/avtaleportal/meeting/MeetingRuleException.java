package no.avtaleportal.meeting;

/**
 * A change a meeting's rules do not allow at this time (such as marking it held before it has
 * started); the message key says why, in the user's language. Unlike {@link MinutesLockedException}
 * the page is shown again with the reason, nothing saved.
 */
class MeetingRuleException extends RuntimeException {

	private final String messageKey;

	MeetingRuleException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	String getMessageKey() {
		return this.messageKey;
	}

}
