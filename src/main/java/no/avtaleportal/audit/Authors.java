package no.avtaleportal.audit;

import java.util.Collection;
import java.util.Map;

import org.springframework.modulith.NamedInterface;

/**
 * Who made the changes a history shows, in words, told by the module that keeps the accounts:
 * this module depends on no feature module, since every feature's entities depend on it.
 */
@NamedInterface("api")
public interface Authors {

	/**
	 * Each of the usernames that belongs to an account, as its holder's name and organisation
	 * ("Kari Nordmann (NTNU)"), in a fixed number of statements.
	 */
	Map<String, String> describe(Collection<String> usernames);

}
