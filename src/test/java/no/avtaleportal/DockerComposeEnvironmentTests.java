package no.avtaleportal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.yaml.snakeyaml.Yaml;

import no.avtaleportal.support.HttpSignIn;
import no.avtaleportal.support.PortalTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal service of {@code docker-compose.yml} (issue 21), without Docker: every environment
 * variable the compose file gives the portal names a setting the portal or Spring Boot knows, and
 * the portal starts with exactly those variables, as environment variables, on an empty database
 * of the test server: Flyway makes the schema, the first administrator signs in with the compose
 * file's password, no demo content is loaded, the mail goes to the configured host and readiness
 * is UP on the management port, and the start logs no warning (an operator would have to look into
 * it). Only what points into the compose network is pointed here: the
 * database address (the fresh database) and the mail host. The log format is checked as a setting
 * but not applied, since a second portal in the test JVM would turn every later test's log into JSON.
 */
@PortalTest
class DockerComposeEnvironmentTests {

	private static final String ADMIN_PASSWORD = "fire vanlige ord holder lenge";

	@Autowired
	private Environment environment;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void everyVariableOfThePortalServiceNamesAKnownSetting() throws Exception {
		Map<String, String> variables = portalEnvironment();
		assertThat(variables).containsKeys("SPRING_DATASOURCE_URL", "AVTALEPORTAL_ADMIN_PASSWORD", "SPRING_MAIL_HOST");
		Set<String> known = knownSettings();
		Set<String> unknown = new TreeSet<>();
		for (String variable : variables.keySet()) {
			if (!known.contains(variable) && known.stream().noneMatch(prefix -> prefix.endsWith("_*")
					&& variable.startsWith(prefix.substring(0, prefix.length() - 1)))) {
				unknown.add(variable);
			}
		}
		assertThat(unknown).as("variables of the compose file that no setting reads").isEmpty();
	}

	@Test
	void thePortalStartsOnAnEmptyDatabaseWithTheComposeFilesEnvironment() throws Exception {
		Map<String, String> variables = portalEnvironment();
		String database = "compose_" + UUID.randomUUID().toString().substring(0, 8);
		String server = this.environment.getProperty("spring.datasource.url").replaceFirst("/[^/?]+(\\?.*)?$", "/");
		variables.put("SPRING_DATASOURCE_URL", server + database);
		variables.put("SPRING_DATASOURCE_USERNAME", this.environment.getProperty("spring.datasource.username"));
		variables.put("SPRING_DATASOURCE_PASSWORD", this.environment.getProperty("spring.datasource.password", ""));
		variables.put("SPRING_MAIL_HOST", "127.0.0.1");
		assertThat(variables.remove("LOGGING_STRUCTURED_FORMAT_CONSOLE")).isEqualTo("ecs");

		StandardEnvironment composed = new StandardEnvironment();
		// named as Spring Boot names the process environment, so that it binds the same way
		composed.getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource("compose-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					Map.copyOf(variables)));
		this.jdbc.sql("create database " + database + " template template0").update();
		// what the start logs on this thread (other threads may be the other portal's, of this test JVM)
		ListAppender<ILoggingEvent> log = new ListAppender<>();
		Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		String starter = Thread.currentThread().getName();
		log.start();
		root.addAppender(log);
		try {
			// ports the compose file leaves at their defaults (8080, 9090) are free ones here
			try (ConfigurableApplicationContext portal = new SpringApplicationBuilder(AvtaleportalApplication.class)
				.environment(composed)
				.properties("server.port=0", "management.server.port=0", "spring.jmx.enabled=false")
				.run()) {
				root.detachAppender(log);
				List<String> warnings = log.list.stream()
					.filter(event -> event.getThreadName().equals(starter) && event.getLevel().isGreaterOrEqual(Level.WARN))
					.map(event -> event.getLoggerName() + ": " + event.getFormattedMessage())
					.toList();
				assertThat(log.list).as("the start's log").isNotEmpty();
				assertThat(warnings).as("what a production start warns of, which an operator would have to look into").isEmpty();
				int port = ((WebServerApplicationContext) portal).getWebServer().getPort();
				String management = portal.getEnvironment().getProperty("local.management.port");
				HttpResponse<String> ready = HttpClient.newHttpClient()
					.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + management + "/actuator/health/readiness"))
						.build(), HttpResponse.BodyHandlers.ofString());
				assertThat(ready.statusCode()).isEqualTo(200);
				assertThat(JsonMapper.builder().build().readTree(ready.body()).get("status").asString()).isEqualTo("UP");

				JdbcClient portalJdbc = JdbcClient.create(portal.getBean(javax.sql.DataSource.class));
				assertThat(portalJdbc.sql("select current_database()").query(String.class).single()).isEqualTo(database);
				assertThat(portalJdbc.sql("select username from user_account").query(String.class).list())
					.as("the first administrator only, no demo accounts")
					.containsExactly("admin");
				assertThat(portalJdbc.sql("select email from user_account").query(String.class).single())
					.isEqualTo("admin@example.org");
				assertThat(HttpSignIn.signIn(port, "admin", ADMIN_PASSWORD)).isNotBlank();
				assertThat(portal.getBean(JavaMailSenderImpl.class).getHost()).isEqualTo("127.0.0.1");
				assertThat(portal.getBean(JavaMailSenderImpl.class).getPort()).isEqualTo(1025);
				assertThat(portal.getEnvironment().getProperty("management.server.address")).isEqualTo("0.0.0.0");
			}
		}
		finally {
			root.detachAppender(log);
			this.jdbc.sql("drop database if exists " + database + " with (force)").update();
		}
	}

	/**
	 * The portal service's environment in {@code docker-compose.yml}, as docker compose passes it:
	 * {@code ${NAME:-default}} is its default, {@code ${NAME:?message}} (which the user must set)
	 * a password that passes the portal's rules.
	 */
	@SuppressWarnings("unchecked")
	private static Map<String, String> portalEnvironment() throws IOException {
		Map<String, Object> compose;
		try (InputStream file = Files.newInputStream(Path.of("docker-compose.yml"))) {
			compose = new Yaml().load(file);
		}
		Map<String, Object> portal = (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get("portal");
		Map<String, String> variables = new LinkedHashMap<>();
		((Map<String, Object>) portal.get("environment")).forEach((name, value) -> {
			Matcher reference = Pattern.compile("\\$\\{(\\w+):([-?])([^}]*)}").matcher(String.valueOf(value));
			StringBuilder resolved = new StringBuilder();
			while (reference.find()) {
				reference.appendReplacement(resolved, Matcher.quoteReplacement(
						reference.group(2).equals("-") ? reference.group(3) : ADMIN_PASSWORD));
			}
			reference.appendTail(resolved);
			variables.put(name, resolved.toString());
		});
		return variables;
	}

	/**
	 * The settings there are, written as environment variables: Spring Boot's (its configuration
	 * metadata) and the portal's own (the keys its code reads with {@code ${…}} or
	 * {@code getProperty}, and its {@code @ConfigurationProperties} prefixes, as {@code PREFIX_*}).
	 */
	private static Set<String> knownSettings() throws IOException {
		Set<String> known = new TreeSet<>();
		JsonMapper json = JsonMapper.builder().build();
		for (Resource metadata : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:META-INF/spring-configuration-metadata.json")) {
			try (InputStream in = metadata.getInputStream()) {
				for (JsonNode property : json.readTree(in).path("properties")) {
					known.add(variable(property.get("name").asString()));
				}
			}
		}
		Pattern read = Pattern.compile("\\$\\{([a-z][\\w.-]*)[:}]|getProperty\\(\"([a-z][\\w.-]*)\"");
		Pattern prefix = Pattern.compile("@ConfigurationProperties\\(\"([a-z][\\w.-]*)\"\\)");
		try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
			for (Path source : sources.filter(file -> file.toString().endsWith(".java")).toList()) {
				String code = Files.readString(source, StandardCharsets.UTF_8);
				for (Matcher key = read.matcher(code); key.find();) {
					known.add(variable((key.group(1) != null) ? key.group(1) : key.group(2)));
				}
				for (Matcher key = prefix.matcher(code); key.find();) {
					known.add(variable(key.group(1)) + "_*");
				}
			}
		}
		return known;
	}

	/** {@code spring.datasource.url} as the environment variable that sets it, {@code SPRING_DATASOURCE_URL}. */
	private static String variable(String property) {
		return property.replaceAll("[.-]", "_").toUpperCase(java.util.Locale.ROOT);
	}

}
