package no.avtaleportal.account;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Creates the first administrator from the environment when the portal has none, so that a new
 * installation outside demo mode can be signed into. Does nothing once an administrator exists.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final AdministratorProperties properties;

	private final Clock clock;

	FirstAdministrator(UserAccountRepository accounts, PasswordEncoder passwordEncoder,
			AdministratorProperties properties, Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.accounts.countEnabledWithRole(Role.ADMIN) > 0) {
			return;
		}
		if (!this.properties.isGiven()) {
			log.warn("The portal has no administrator. Set AVTALEPORTAL_ADMIN_USERNAME and "
					+ "AVTALEPORTAL_ADMIN_PASSWORD (at least {} characters) and restart to create one.",
					AdministratorProperties.MIN_PASSWORD_LENGTH);
			return;
		}
		if (this.properties.password().length() < AdministratorProperties.MIN_PASSWORD_LENGTH) {
			throw new IllegalStateException("AVTALEPORTAL_ADMIN_PASSWORD must be at least "
					+ AdministratorProperties.MIN_PASSWORD_LENGTH + " characters long");
		}
		List<String> problems = PasswordRules
			.problems(this.properties.password(), this.properties.username(), this.properties.displayName())
			.stream()
			.map(problem -> problem.code().substring(problem.code().lastIndexOf('.') + 1))
			.toList();
		if (!problems.isEmpty()) {
			throw new IllegalStateException("AVTALEPORTAL_ADMIN_PASSWORD is too easy to guess (" + String.join(", ", problems)
					+ "): choose a sentence of four or five ordinary words, not built on the username or the name");
		}
		if (this.accounts.findByUsername(UserAccount.normalise(this.properties.username())).isPresent()) {
			throw new IllegalStateException("An account named '" + this.properties.username()
					+ "' exists but is not an enabled administrator; choose another AVTALEPORTAL_ADMIN_USERNAME");
		}
		UserAccount admin = new UserAccount(this.properties.username(), this.properties.displayName(),
				this.passwordEncoder.encode(this.properties.password()), EnumSet.of(Role.ADMIN),
				this.clock.instant());
		if (StringUtils.hasText(this.properties.email())) {
			admin.setEmail(this.properties.email());
		}
		this.accounts.save(admin);
		log.info("Created the first administrator '{}'", admin.getUsername());
	}

}
