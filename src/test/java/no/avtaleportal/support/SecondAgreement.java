package no.avtaleportal.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.avtaleportal.agreement.AgreementImport;

/**
 * A second agreement in every test context, between NTNU and a third organisation (FIE) with its
 * own steering group: NTNU's prorektor (demo login {@code prorektor}) and FIE's director
 * ({@value #MEMBER}), with FIE's secretary ({@value #SECRETARY}); {@value #CONTRIBUTOR} is a
 * contributor of FIE. All three log in with the password {@code demo}. Loaded once the demo
 * content is in place (after the start-up import), and idempotent, so a database that has it
 * keeps it as it is.
 */
public class SecondAgreement {

	public static final String KEY = "test-ntnu-fie-2023";

	/** FIE's director, a member of the NTNU–FIE steering group (account role STEERING_GROUP). */
	public static final String MEMBER = "fie-styre";

	/** The secretary of the NTNU–FIE steering group (account role SECRETARY). */
	public static final String SECRETARY = "fie-sekretaer";

	/** A contributor of FIE, in no steering group (account role CONTRIBUTOR). */
	public static final String CONTRIBUTOR = "fie-bidrag";

	private final AgreementImport agreementImport;

	private final JdbcClient jdbc;

	SecondAgreement(AgreementImport agreementImport, JdbcClient jdbc) {
		this.agreementImport = agreementImport;
		this.jdbc = jdbc;
	}

	@EventListener(ApplicationReadyEvent.class)
	public void load() {
		try (InputStream in = new ClassPathResource("fixtures/second-agreement.yaml").getInputStream()) {
			this.agreementImport.importFile(in, AgreementImport.Existing.KEEP);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		account(MEMBER, "Frida Eksempel", "STEERING_GROUP", "test-fie-direktor");
		account(SECRETARY, "Sindre Eksempel", "SECRETARY", "test-fie-sekretaer");
		account(CONTRIBUTOR, "Berit Eksempel", "CONTRIBUTOR", "test-fie-bidrag");
	}

	private void account(String username, String name, String role, String personKey) {
		this.jdbc.sql("""
				insert into user_account (username, display_name, email, password_hash, organisation_id, person_id)
				select :username, :name, :username || '@example.org', a.password_hash,
				       (select id from organisation where short_name = 'FIE'),
				       (select id from person where import_key = :person)
				from user_account a where a.username = 'prorektor'
				on conflict (username) do nothing""")
			.param("username", username)
			.param("name", name)
			.param("person", personKey)
			.update();
		this.jdbc.sql("""
				insert into user_account_role (account_id, role)
				select id, :role from user_account where username = :username
				on conflict do nothing""")
			.param("username", username)
			.param("role", role)
			.update();
	}

	/** The id of the second agreement. */
	public long agreementId() {
		return this.jdbc.sql("select id from agreement where import_key = :key").param("key", KEY).query(Long.class).single();
	}

	/** The id of the second agreement's steering group. */
	public long steeringGroupId() {
		return this.jdbc.sql("select g.id from steering_group g join agreement a on a.id = g.agreement_id where a.import_key = :key")
			.param("key", KEY)
			.query(Long.class)
			.single();
	}

}
