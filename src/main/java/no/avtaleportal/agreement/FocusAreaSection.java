package no.avtaleportal.agreement;

import java.time.LocalDate;

import org.springframework.modulith.NamedInterface;

import no.avtaleportal.account.SignedInUser;

/**
 * A part of a focus area's page that another module contributes (such as its outcome
 * indicators), without this module knowing that one: the page's controller asks each bean of this
 * type for its part, in order, and the page renders the fragment {@code section(content)} of the
 * part's template with the part's content.
 */
@FunctionalInterface
@NamedInterface("api")
public interface FocusAreaSection {

	/** The part for the focus area as it stands on the day, as the user may see it. */
	Part of(long focusAreaId, SignedInUser user, LocalDate day);

	/**
	 * A template whose fragment {@code section(content)} shows the content.
	 */
	record Part(String template, Object content) {
	}

}
