package no.avtaleportal.account;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features may ask of an account outside a request of its holder: the user as if
 * signed in now, for a token that acts on their behalf (a personal calendar feed), and the link
 * from a login to the person behind it.
 */
@NamedInterface("api")
@Service
public class AccountHolders {

	private final AccountUserDetailsService users;

	private final JdbcClient jdbc;

	AccountHolders(AccountUserDetailsService users, JdbcClient jdbc) {
		this.users = users;
		this.jdbc = jdbc;
	}

	/** The user of the account, if it exists and is enabled. */
	public Optional<SignedInUser> enabled(long accountId) {
		return this.users.enabled(accountId);
	}

	/**
	 * Links a login to the person behind it, unless the login is linked already or does not exist
	 * (for the people an agreement's import brings along).
	 */
	@Transactional
	public void linkPerson(String username, long personId) {
		this.jdbc.sql("update user_account set person_id = :person where username = :username and person_id is null")
			.param("person", personId)
			.param("username", username)
			.update();
	}

}
