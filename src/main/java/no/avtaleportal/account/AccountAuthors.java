package no.avtaleportal.account;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.audit.Authors;

/**
 * Tells the history pages who made each change: the account holder's name and organisation, in
 * two statements however many there are (the organisations' names come from the people module).
 */
@Component
class AccountAuthors implements Authors {

	private final UserAccountRepository accounts;

	private final AccountDirectory directory;

	AccountAuthors(UserAccountRepository accounts, AccountDirectory directory) {
		this.accounts = accounts;
		this.directory = directory;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, String> describe(Collection<String> usernames) {
		Map<Long, String> organisations = this.directory.organisationShortNames();
		Map<String, String> authors = new HashMap<>();
		for (UserAccountRepository.Author author : this.accounts.findAuthors(usernames)) {
			String organisation = (author.organisationId() != null) ? organisations.get(author.organisationId()) : null;
			authors.put(author.username(),
					(organisation != null) ? author.displayName() + " (" + organisation + ")" : author.displayName());
		}
		return authors;
	}

}
