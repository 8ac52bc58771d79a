package no.avtaleportal.support;

import java.time.Clock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import no.avtaleportal.account.AccessRules;
import no.avtaleportal.agreement.AgreementImport;

@TestConfiguration(proxyBeanMethods = false)
class PortalTestConfiguration {

	/** The portal's clock: the real time, unless a test sets it for a while ({@link TestClock}). */
	@Bean
	@Primary
	static Clock portalClock() {
		return TestClock.portal();
	}

	@Bean
	static SqlStatements sqlStatements() {
		return new SqlStatements();
	}

	@Bean
	SecondAgreement secondAgreement(AgreementImport agreementImport, JdbcClient jdbc) {
		return new SecondAgreement(agreementImport, jdbc);
	}

	@Bean
	MockMvcSessions mockMvcSessions() {
		return new MockMvcSessions();
	}

	@Bean
	static AccessRules errorTriggerAccess() {
		return requests -> requests.requestMatchers("/test-errors/**").authenticated();
	}

	/**
	 * Makes the real failures behind the 403, 409 and 500 pages happen on request, so that tests
	 * can look at those pages as a user meets them.
	 */
	@Controller
	static class ErrorTriggers {

		@GetMapping("/test-errors/403")
		String forbidden() {
			throw new AccessDeniedException("test");
		}

		@GetMapping("/test-errors/409")
		String conflict() {
			throw new OptimisticLockingFailureException("test");
		}

		@GetMapping("/test-errors/500")
		String failure() {
			throw new IllegalStateException("test: an unexpected failure with a secret stack trace");
		}

	}

}
