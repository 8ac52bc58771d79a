package no.avtaleportal;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The feature packages use each other only through their public classes, and never in a cycle.
 */
class ModularityTests {

	@Test
	void modulesUseEachOtherOnlyThroughTheirApi() {
		ApplicationModules.of(AvtaleportalApplication.class).verify();
	}

}
