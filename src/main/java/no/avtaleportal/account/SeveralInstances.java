package no.avtaleportal.account;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What lets the portal run as several instances behind a load balancer: sessions live in
 * PostgreSQL (Spring Session JDBC, configured in {@code application.yml}), and scheduled work
 * takes a ShedLock lock in the {@code shedlock} table, so that each run happens on one instance
 * only. A scheduled method anywhere in the portal needs only {@code @Scheduled} and
 * {@code @SchedulerLock(name = ...)}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SeveralInstances {

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

	/**
	 * Two requests of one session at the same moment may both add the same attribute; PostgreSQL's
	 * upsert keeps the second from failing on the first's row.
	 */
	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer concurrentSessionWrites() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	/**
	 * Spring Session reads the session (one SELECT), saves its last access (one UPDATE) and reads it
	 * again on every request, each by default in a transaction of its own: six more statements and
	 * three more round trips per request (issue 15). Here they run outside any transaction, each
	 * statement committing on its own; a page's transaction is set aside meanwhile, as Spring
	 * Session's own does, so that a response sent while a page still reads (a large CSV file) saves
	 * the session all the same. A save that changes attributes (signing in, a flash message) is
	 * several statements: should one fail after the first, the session lacks the new attribute (the
	 * user is asked to sign in again); no portal data is in the session tables. Injected by name
	 * only ({@code defaultCandidate = false}), so that it is not the portal's
	 * {@code TransactionTemplate}.
	 */
	@Bean(defaultCandidate = false)
	TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transactions) {
		TransactionTemplate template = new TransactionTemplate(transactions);
		template.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
		return template;
	}

}
