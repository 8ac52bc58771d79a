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
		return new SelectOption(value.name(), messageKey(value), true);
	}

	/**
	 * The key of an enum constant's word in the message bundles: the enum's simple name and the
	 * constant, such as {@code ActivityStatus.IN_PROGRESS} (for choices, badges and history alike).
	 */
	public static String messageKey(Enum<?> constant) {
		return constant.getDeclaringClass().getSimpleName() + "." + constant.name();
	}

}
