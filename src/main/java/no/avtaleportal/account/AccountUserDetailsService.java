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

	AccountUserDetailsService(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return this.accounts.findSignInRecord(UserAccount.normalise(username))
			.filter(record -> record.account().getPasswordHash() != null)
			.map(AccountUserDetailsService::signedIn)
			.orElseThrow(() -> new UsernameNotFoundException("No local account"));
	}

	/**
	 * The signed-in user of an account that exists, however they signed in.
	 */
	@Transactional(readOnly = true)
	SignedInUser signedIn(String username) {
		return this.accounts.findSignInRecord(username).map(AccountUserDetailsService::signedIn).orElseThrow();
	}

	/**
	 * The user of an enabled account, however they sign in, as if signed in now: for what is
	 * answered on their behalf without a session, such as a personal calendar feed.
	 */
	@Transactional(readOnly = true)
	Optional<SignedInUser> enabled(long accountId) {
		return this.accounts.findSignInRecordById(accountId)
			.map(AccountUserDetailsService::signedIn)
			.filter(SignedInUser::isEnabled);
	}

	private static SignedInUser signedIn(UserAccountRepository.SignInRecord record) {
		UserAccount account = record.account();
		return new SignedInUser(account.getId(), account.getUsername(), account.getDisplayName(),
				account.getOrganisationId(), record.organisationShortName(), account.getPersonId(), account.getRoles(),
				account.isEnabled(), account.getPasswordHash());
	}

}
