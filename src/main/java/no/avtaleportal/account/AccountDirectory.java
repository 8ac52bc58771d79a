package no.avtaleportal.account;

import java.util.List;
import java.util.Map;

import no.avtaleportal.web.SelectOption;

/**
 * What the account pages need to know of organisations and people, which another module (people)
 * provides: accounts must not depend on it, since it depends on accounts for its access rules.
 */
public interface AccountDirectory {

	/** The organisations as choices "Name (NTNU)". */
	List<SelectOption> organisations();

	/** The short name of each organisation by its id. */
	Map<Long, String> organisationShortNames();

	/** Everyone registered, as choices "Name (NTNU)". */
	List<SelectOption> persons();

}
