package no.avtaleportal.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a form's person field is given for a person, as a user would type it or the form shows a
 * saved one: "Name &lt;e-mail&gt;", or the name alone for a person without an address; and new
 * persons for such fields to find.
 */
public final class PersonFields {

	private PersonFields() {
	}

	public static String text(JdbcClient jdbc, long personId) {
		return jdbc.sql("select name || coalesce(' <' || email || '>', '') from person where id = :id")
			.param("id", personId)
			.query(String.class)
			.single();
	}

	/** The text of the person behind the account. */
	public static String textOf(JdbcClient jdbc, String username) {
		return jdbc.sql("""
				select p.name || coalesce(' <' || p.email || '>', '')
				from person p join user_account a on a.person_id = p.id where a.username = :username""")
			.param("username", username)
			.query(String.class)
			.single();
	}

	/** A new registered person (not an example) of the organisation, without an account. */
	public static long insert(JdbcClient jdbc, String importKey, String name, long organisationId, String email) {
		return jdbc.sql("""
				insert into person (import_key, name, organisation_id, email, example, created_by, created_at,
				    last_modified_by, last_modified_at)
				values (:key, :name, :organisation, :email, false, 'test', now(), 'test', now()) returning id""")
			.param("key", importKey)
			.param("name", name)
			.param("organisation", organisationId)
			.param("email", email)
			.query(Long.class)
			.single();
	}

}
