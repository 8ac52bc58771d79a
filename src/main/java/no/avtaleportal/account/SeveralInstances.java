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

}
