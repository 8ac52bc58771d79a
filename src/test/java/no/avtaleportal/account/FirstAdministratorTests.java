package no.avtaleportal.account;

import java.time.Clock;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Outside demo mode the first administrator comes from the environment. Each test runs in a
 * transaction that is rolled back, with the demo administrator disabled inside it.
 */
@PortalTest
@Transactional
class FirstAdministratorTests {

	@Autowired
	private UserAccountRepository accounts;

	@Autowired
	private PasswordEncoder passwordEncoder;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Clock clock;

	@Test
	void createsTheFirstAdministratorFromTheEnvironmentWithAnArgon2idHash() {
		withoutAdministrators();
		String username = "Admin-" + UUID.randomUUID();
		firstAdministrator(new AdministratorProperties(username, "a long secret passphrase", "Anne Admin", "anne@example.org"))
			.run(null);

		UserAccount admin = this.accounts.findByUsername(username.toLowerCase()).orElseThrow();
		assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
		assertThat(admin.getDisplayName()).isEqualTo("Anne Admin");
		assertThat(admin.getPasswordHash()).startsWith("{argon2}$argon2id$");
		assertThat(this.passwordEncoder.matches("a long secret passphrase", admin.getPasswordHash())).isTrue();
	}

	@Test
	void doesNothingWhenAnAdministratorExists() {
		long before = this.accounts.count();
		firstAdministrator(new AdministratorProperties("another-admin", "a long secret passphrase", null, null)).run(null);
		assertThat(this.accounts.count()).isEqualTo(before);
	}

	@Test
	void refusesAShortPassword() {
		withoutAdministrators();
		assertThatIllegalStateException()
			.isThrownBy(() -> firstAdministrator(new AdministratorProperties("admin2", "short", null, null)).run(null))
			.withMessageContaining("at least 12 characters");
	}

	@Test
	void refusesAGuessablePassword() {
		withoutAdministrators();
		assertThatIllegalStateException()
			.isThrownBy(() -> firstAdministrator(new AdministratorProperties("admin2", "P@ssw0rd2024!", null, null)).run(null))
			.withMessageContaining("too easy to guess");
	}

	@Test
	void withoutSettingsItOnlyWarns() {
		withoutAdministrators();
		long before = this.accounts.count();
		firstAdministrator(new AdministratorProperties(null, null, null, null)).run(null);
		assertThat(this.accounts.count()).isEqualTo(before);
	}

	private FirstAdministrator firstAdministrator(AdministratorProperties properties) {
		return new FirstAdministrator(this.accounts, this.passwordEncoder, properties, this.clock);
	}

	private void withoutAdministrators() {
		this.jdbc.sql("update user_account set enabled = false where id in (select account_id from user_account_role where role = 'ADMIN')")
			.update();
	}

}
