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
 * one statement however many there are (the organisations' names from the select the people
 * module publishes).
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
		Map<String, String> authors = new HashMap<>();
		// an array, not a list of parameters: Hibernate plans a query with a list anew on every call
		this.jdbc.sql("""
				select u.username, u.display_name, o.organisation_short_name from user_account u
				left join %s o on o.organisation_id = u.organisation_id
				where u.username = any(:usernames)""".formatted(this.directory.selectOrganisations()))
			.param("usernames", usernames.toArray(String[]::new))
			.query(rs -> {
				String organisation = rs.getString(3);
				authors.put(rs.getString(1),
						(organisation != null) ? rs.getString(2) + " (" + organisation + ")" : rs.getString(2));
			});
		return authors;
	}

}
