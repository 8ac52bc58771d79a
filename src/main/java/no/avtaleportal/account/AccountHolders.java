package no.avtaleportal.account;

import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * What other features may ask of an account outside a request of its holder: the user as if
 * signed in now, for a token that acts on their behalf (a personal calendar feed).
 */
@Service
public class AccountHolders {

	private final AccountUserDetailsService users;

	AccountHolders(AccountUserDetailsService users) {
		this.users = users;
	}

	/** The user of the account, if it exists and is enabled. */
	public Optional<SignedInUser> enabled(long accountId) {
		return this.users.enabled(accountId);
	}

}
