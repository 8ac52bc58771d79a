package no.avtaleportal.account;

import java.util.List;
import java.util.Map;

import org.springframework.modulith.NamedInterface;

/**
 * What the account pages need to know of organisations and people, which another module (people)
 * provides: accounts must not depend on it, since it depends on accounts for its access rules.
 */
@NamedInterface("api")
public interface AccountDirectory {

	/** The organisations as choices "Name (NTNU)". */
	List<Choice> organisations();

	/** The short name of each organisation by its id. */
	Map<Long, String> organisationShortNames();

	/** The short name of the organisation, or {@code null} when there is none with the id. */
	String organisationShortName(long organisationId);

	/** Everyone registered, as choices "Name (NTNU)". */
	List<Choice> persons();

	/**
	 * One choice of a select box: the value sent and its label (a message key when
	 * {@code messageKey}), as the form fragments expect.
	 */
	record Choice(String value, String label, boolean messageKey) {

		public static Choice of(Object value, String label) {
			return new Choice(String.valueOf(value), label, false);
		}

	}

}
