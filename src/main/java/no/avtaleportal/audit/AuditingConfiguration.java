package no.avtaleportal.audit;

import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
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

	/** The handler {@link EnableJpaAuditing} registers, and the mapping context it is made from. */
	private static final String[] AUDITING_BEANS = { "jpaAuditingHandler", "jpaMappingContext" };

	/**
	 * Spring Data's auditing handler and its mapping context are made once every other bean is
	 * ({@link #auditingMadeLast}), not among them: they need Hibernate's metamodel, which is built in
	 * the background (deferred bootstrap, application.yml), and made among the other beans they
	 * held up every bean after them until Hibernate was done, a second of a start (issue 15).
	 */
	@Bean
	static BeanFactoryPostProcessor auditingAfterTheOtherBeans() {
		return beanFactory -> Arrays.stream(AUDITING_BEANS)
			.forEach(name -> beanFactory.getBeanDefinition(name).setLazyInit(true));
	}

	/** Makes the auditing beans before the portal starts, so that a start still fails if they do. */
	@Bean
	static SmartInitializingSingleton auditingMadeLast(BeanFactory beanFactory) {
		return () -> Arrays.stream(AUDITING_BEANS).forEach(beanFactory::getBean);
	}

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
