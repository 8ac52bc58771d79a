package no.avtaleportal.account;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.audit.Authors;

/**
 * Tells the history pages who made each change: the account holder's name and organisation, in
 * two statements however many there are (the organisations' names come from the people module).
 */
@Component
class AccountAuthors implements Authors {

	private final JdbcClient jdbc;

	private final AccountDirectory directory;

	AccountAuthors(JdbcClient jdbc, AccountDirectory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, String> describe(Collection<String> usernames) {
		Map<Long, String> organisations = this.directory.organisationShortNames();
		Map<String, String> authors = new HashMap<>();
		// an array, not a list of parameters: Hibernate plans a query with a list anew on every call
		this.jdbc
			.sql("select username, display_name, organisation_id from user_account where username = any(:usernames)")
			.param("usernames", usernames.toArray(String[]::new))
			.query(rs -> {
				Long organisationId = rs.getObject(3, Long.class);
				String organisation = (organisationId != null) ? organisations.get(organisationId) : null;
				authors.put(rs.getString(1),
						(organisation != null) ? rs.getString(2) + " (" + organisation + ")" : rs.getString(2));
			});
		return authors;
	}

}
