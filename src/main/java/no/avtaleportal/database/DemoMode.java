package no.avtaleportal.database;

import java.util.Arrays;
import java.util.stream.Stream;

import org.flywaydb.core.api.Location;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether the portal runs with its demo content and demo logins.
 * <p>
 * {@code avtaleportal.demo.enabled} decides when it is set; otherwise demo mode is on for the
 * embedded default run and off when an external database is configured. In demo mode Flyway
 * also runs the migrations in {@value #DEMO_LOCATION}.
 */
@Component("demoMode")
public class DemoMode implements FlywayConfigurationCustomizer {

	static final String DEMO_LOCATION = "classpath:db/demo";

	private final boolean enabled;

	DemoMode(Environment environment) {
		Boolean explicit = environment.getProperty("avtaleportal.demo.enabled", Boolean.class);
		this.enabled = (explicit != null) ? explicit : NoDatasourceUrlCondition.noDatasourceUrl(environment);
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void customize(org.flywaydb.core.api.configuration.FluentConfiguration configuration) {
		if (this.enabled) {
			Location[] locations = Stream.concat(Arrays.stream(configuration.getLocations()),
					Stream.of(new Location(DEMO_LOCATION)))
				.toArray(Location[]::new);
			configuration.locations(locations);
		}
	}

}
