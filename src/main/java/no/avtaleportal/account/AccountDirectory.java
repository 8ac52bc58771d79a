package no.avtaleportal.account;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.modulith.NamedInterface;

import no.avtaleportal.web.PersonMatch;
import no.avtaleportal.web.SelectOption;

/**
 * What the account pages need to know of organisations and people, which another module (people)
 * provides: accounts must not depend on it, since it depends on accounts for its access rules.
 */
@NamedInterface("api")
public interface AccountDirectory {

	/** The organisations as choices "Name (NTNU)". */
	List<SelectOption> organisations();

	/** The short name of each organisation by its id. */
	Map<Long, String> organisationShortNames();

	/**
	 * Every organisation as a read-only select for the account module's SQL, with the columns
	 * {@code organisation_id} and {@code organisation_short_name}, to be given an alias.
	 */
	String selectOrganisations();

	/** The short name of the organisation, or {@code null} when there is none with the id. */
	String organisationShortName(long organisationId);

	/** The persons with the ids, each as "Name (NTNU)" by their id, in one statement. */
	Map<Long, String> personLabels(Collection<Long> personIds);

	/** Whom a person field's text names ({@link no.avtaleportal.web.PersonPicker}). */
	PersonMatch person(String text);

	/** How a person field names the person with the id, or {@code null} when there is none. */
	String personText(long personId);

}
