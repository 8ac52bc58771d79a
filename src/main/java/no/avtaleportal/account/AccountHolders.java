package no.avtaleportal.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features may ask of an account outside a request of its holder: the user as if
 * signed in now, for a token that acts on their behalf (a personal calendar feed), whom to tell
 * when a notice is for some people (notifications), and the link from a login to the person
 * behind it.
 */
@NamedInterface("api")
@Service
public class AccountHolders {

	private final AccountUserDetailsService users;

	private final UserAccountRepository accounts;

	private final JdbcClient jdbc;

	AccountHolders(AccountUserDetailsService users, UserAccountRepository accounts, JdbcClient jdbc) {
		this.users = users;
		this.accounts = accounts;
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

	/**
	 * The enabled accounts linked to the people, and the enabled accounts with the ids, each once,
	 * in one statement.
	 */
	@Transactional(readOnly = true)
	public List<Holder> holders(Collection<Long> personIds, Collection<Long> accountIds) {
		if (personIds.isEmpty() && accountIds.isEmpty()) {
			return List.of();
		}
		return this.accounts
			.findEnabledLinkedTo(personIds.isEmpty() ? List.of(-1L) : personIds,
					accountIds.isEmpty() ? List.of(-1L) : accountIds)
			.stream()
			.map(account -> new Holder(account.getId(), account.getPersonId(), account.getDisplayName(),
					account.getEmail(), Set.copyOf(account.getRoles())))
			.toList();
	}

	/**
	 * An enabled account as notices see it.
	 * @param email may be null (no mail then)
	 */
	public record Holder(long accountId, Long personId, String name, String email, Set<Role> roles) {
	}

}
