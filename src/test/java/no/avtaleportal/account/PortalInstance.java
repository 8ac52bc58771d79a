package no.avtaleportal.account;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import no.avtaleportal.AvtaleportalApplication;

/**
 * Another portal instance in the test's JVM, on a port of its own, against the test's database:
 * as a second instance behind a load balancer, or with settings the shared test context lacks.
 */
final class PortalInstance {

	private PortalInstance() {
	}

	static ConfigurableApplicationContext start(Environment testEnvironment, String... settings) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0", "--spring.jmx.enabled=false",
				"--avtaleportal.demo.enabled=true", "--avtaleportal.failed-logins.purge-cron=-",
				"--spring.datasource.url=" + testEnvironment.getProperty("spring.datasource.url"),
				"--spring.datasource.username=" + testEnvironment.getProperty("spring.datasource.username"),
				"--spring.datasource.password=" + testEnvironment.getProperty("spring.datasource.password", "")));
		for (String setting : settings) {
			arguments.add("--" + setting);
		}
		return new SpringApplicationBuilder(AvtaleportalApplication.class).run(arguments.toArray(String[]::new));
	}

	static int port(ConfigurableApplicationContext instance) {
		return ((WebServerApplicationContext) instance).getWebServer().getPort();
	}

}
