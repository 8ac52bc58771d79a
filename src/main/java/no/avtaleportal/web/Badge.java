package no.avtaleportal.web;

/**
 * A value shown as a badge ({@code <span class="badge status-badge" portal:badge="${row.status()}">}):
 * its word from the message bundles and its colour as a CSS class, so that colour is never the only
 * signal. The enums of statuses and lights implement it; {@link PortalDialect} writes the badge.
 */
public interface Badge {

	/** The constant's name, which enums have. */
	String name();

	/** The key of the badge's word in the message bundles ({@link SelectOption#messageKey}). */
	default String messageKey() {
		return SelectOption.messageKey((Enum<?>) this);
	}

	/** The CSS class that colours the badge. */
	String style();

	/** The class of the Bootstrap icon shown before the word, or {@code null} for none. */
	default String icon() {
		return null;
	}

}
