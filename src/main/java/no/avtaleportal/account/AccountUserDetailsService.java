package no.avtaleportal.account;

import java.util.Optional;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads local accounts for form login.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final UserAccountRepository accounts;

	private final AccountDirectory directory;

	AccountUserDetailsService(UserAccountRepository accounts, AccountDirectory directory) {
		this.accounts = accounts;
		this.directory = directory;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return this.accounts.findByUsername(UserAccount.normalise(username))
			.filter(account -> account.getPasswordHash() != null)
			.map(this::signedIn)
			.orElseThrow(() -> new UsernameNotFoundException("No local account"));
	}

	/**
	 * The signed-in user of an account that exists, however they signed in.
	 */
	@Transactional(readOnly = true)
	SignedInUser signedIn(String username) {
		return this.accounts.findByUsername(username).map(this::signedIn).orElseThrow();
	}

	/**
	 * The user of an enabled account, however they sign in, as if signed in now: for what is
	 * answered on their behalf without a session, such as a personal calendar feed.
	 */
	@Transactional(readOnly = true)
	Optional<SignedInUser> enabled(long accountId) {
		return this.accounts.findById(accountId)
			.map(this::signedIn)
			.filter(SignedInUser::isEnabled);
	}

	/** The account's user, with their organisation's short name from the module that keeps organisations. */
	private SignedInUser signedIn(UserAccount account) {
		String organisationShortName = (account.getOrganisationId() != null)
				? this.directory.organisationShortName(account.getOrganisationId()) : null;
		return new SignedInUser(account.getId(), account.getUsername(), account.getDisplayName(),
				account.getOrganisationId(), organisationShortName, account.getPersonId(), account.getRoles(),
				account.isEnabled(), account.getPasswordHash());
	}

}
