package no.avtaleportal.statusround;

/**
 * A status round that may not be opened as asked; the field and the message key say why.
 */
class StatusRoundRuleException extends RuntimeException {

	private final String field;

	private final String messageKey;

	StatusRoundRuleException(String field, String messageKey) {
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
