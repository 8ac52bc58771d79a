package no.avtaleportal.account;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import no.avtaleportal.AvtaleportalApplication;

/**
 * Another portal instance in the test's JVM, on a port of its own, against the test's database:
 * as a second instance behind a load balancer, or with settings the shared test context lacks
 * (a setting given here replaces the default of the same name, the test's database included).
 */
public final class PortalInstance {

	private PortalInstance() {
	}

	public static ConfigurableApplicationContext start(Environment testEnvironment, String... settings) {
		Map<String, String> arguments = new LinkedHashMap<>();
		arguments.put("server.port", "0");
		arguments.put("management.server.port", "0");
		arguments.put("spring.jmx.enabled", "false");
		arguments.put("avtaleportal.demo.enabled", "true");
		arguments.put("avtaleportal.failed-logins.purge-cron", "-");
		arguments.put("spring.datasource.url", testEnvironment.getProperty("spring.datasource.url"));
		arguments.put("spring.datasource.username", testEnvironment.getProperty("spring.datasource.username"));
		arguments.put("spring.datasource.password", testEnvironment.getProperty("spring.datasource.password", ""));
		for (String setting : settings) {
			int equals = setting.indexOf('=');
			arguments.put(setting.substring(0, equals), setting.substring(equals + 1));
		}
		return new SpringApplicationBuilder(AvtaleportalApplication.class)
			.run(arguments.entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue()).toArray(String[]::new));
	}

	public static int port(ConfigurableApplicationContext instance) {
		return ((WebServerApplicationContext) instance).getWebServer().getPort();
	}

}
