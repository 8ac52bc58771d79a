package no.avtaleportal.indicator;

/**
 * A value or date an indicator's rules do not allow; the message key says why.
 */
class IndicatorRuleException extends RuntimeException {

	private final String field;

	private final String messageKey;

	IndicatorRuleException(String field, String messageKey) {
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
