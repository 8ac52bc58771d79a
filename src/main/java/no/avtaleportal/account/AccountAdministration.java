package no.avtaleportal.account;

import java.util.Set;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;

/**
 * The rules of managing accounts worth a name: the portal always keeps an enabled
 * administrator, and a disabled account's sessions end at once, on every instance.
 */
@Service
class AccountAdministration {

	private final UserAccountRepository accounts;

	private final FindByIndexNameSessionRepository<?> sessions;

	AccountAdministration(UserAccountRepository accounts, FindByIndexNameSessionRepository<?> sessions) {
		this.accounts = accounts;
		this.sessions = sessions;
	}

	/**
	 * Whether the account is the last enabled administrator and the change would end that. Locks
	 * the administrators' rows until the caller's transaction ends.
	 */
	boolean wouldRemoveLastAdministrator(UserAccount account, Set<Role> newRoles, boolean stillEnabled) {
		if (!account.isAdministrator() || (stillEnabled && newRoles.contains(Role.ADMIN))) {
			return false;
		}
		return this.accounts.lockEnabledWithRole(Role.ADMIN)
			.stream()
			.allMatch(admin -> admin.getId().equals(account.getId()));
	}

	/**
	 * Ends every session of the user (on every instance: they live in PostgreSQL), except the one
	 * with the given id, if any.
	 */
	void endSessions(String username, String exceptSessionId) {
		this.sessions.findByPrincipalName(username)
			.keySet()
			.stream()
			.filter(id -> !id.equals(exceptSessionId))
			.forEach(this.sessions::deleteById);
	}

}
