package no.avtaleportal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Chooses, once per JVM, the real PostgreSQL the tests run against: {@code TEST_DATABASE_URL}
 * (with {@code TEST_DATABASE_USERNAME} and {@code TEST_DATABASE_PASSWORD}) when set, else a
 * Testcontainers {@code postgres:18} when Docker is available, else the embedded zonky binaries.
 * Every test context shares that one server.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static Map<String, Object> properties;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", properties()));
	}

	static synchronized Map<String, Object> properties() {
		if (properties == null) {
			properties = start();
		}
		return properties;
	}

	private static Map<String, Object> start() {
		String url = System.getenv("TEST_DATABASE_URL");
		if (url != null && !url.isBlank()) {
			return datasource(url, System.getenv().getOrDefault("TEST_DATABASE_USERNAME", "postgres"),
					System.getenv().getOrDefault("TEST_DATABASE_PASSWORD", ""));
		}
		if (dockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:18");
			container.start();
			return datasource(container.getJdbcUrl(), container.getUsername(), container.getPassword());
		}
		try {
			// Stopped once the JVM's Spring contexts are closed (Spring Boot runs its shutdown handlers
			// after closing them), never beside them: a context that closes after its database has gone
			// waits 30 s for a connection (Spring Modulith reads its unfinished events on close), which
			// outlasted surefire's wait for the JVM to exit. So not zonky's own shutdown hook either.
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
			SpringApplication.getShutdownHandlers().add(() -> {
				try {
					postgres.close();
				}
				catch (IOException ex) {
					// the JVM is ending; the temporary data folder goes with it
				}
			});
			return datasource(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL for the tests", ex);
		}
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static Map<String, Object> datasource(String url, String username, String password) {
		return Map.of("spring.datasource.url", url, "spring.datasource.username", username,
				"spring.datasource.password", password);
	}

}
