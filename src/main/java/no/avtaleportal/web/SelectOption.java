package no.avtaleportal.web;

/**
 * One choice of a select box on an edit page: the value the form sends, and its label, which is
 * either shown as it is or, when {@code messageKey} is set, looked up in the message bundles.
 */
public record SelectOption(String value, String label, boolean messageKey) {

	public static SelectOption of(Object value, String label) {
		return new SelectOption(String.valueOf(value), label, false);
	}

	/** An enum constant labelled by its message key {@code <Type>.<NAME>}. */
	public static SelectOption of(Enum<?> value) {
		return new SelectOption(value.name(), value.getDeclaringClass().getSimpleName() + "." + value.name(), true);
	}

}
