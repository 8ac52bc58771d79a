package no.avtaleportal.database;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL from the zonky binaries when no external database is configured, and
 * hands its address to Boot's own DataSource, Flyway and JPA configuration. Absent from the
 * production jar, which carries no binaries.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres")
@Conditional(NoDatasourceUrlCondition.class)
class EmbeddedPostgresConfiguration {

	@Bean(destroyMethod = "close")
	LocalPostgresServer localPostgresServer(EmbeddedPostgresProperties properties) {
		return LocalPostgresServer.start(properties.dataDirectory(), properties.port());
	}

	@Bean
	JdbcConnectionDetails embeddedPostgresConnectionDetails(LocalPostgresServer server) {
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return LocalPostgresServer.USERNAME;
			}

			@Override
			public String getPassword() {
				return "";
			}

			@Override
			public String getJdbcUrl() {
				return server.jdbcUrl();
			}

		};
	}

}
