package no.avtaleportal.audit;

import java.time.Clock;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Fills the audit columns of {@link StampedEntity} records: the signed-in user's username, or
 * {@value #SYSTEM} for what the portal does by itself (such as the import at start-up), and the
 * time from the portal's {@link Clock}.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(auditorAwareRef = "auditor", dateTimeProviderRef = "auditTime")
class AuditingConfiguration {

	/** The auditor of changes no signed-in user made. */
	static final String SYSTEM = "system";

	@Bean
	AuditorAware<String> auditor() {
		return () -> Optional.of(currentUsername());
	}

	@Bean
	DateTimeProvider auditTime(Clock clock) {
		return () -> Optional.of(clock.instant());
	}

	static String currentUsername() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return SYSTEM;
		}
		return authentication.getName();
	}

}
