package no.avtaleportal;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature packages use each other only through their public classes, and never in a cycle.
 */
class ModularityTests {

	@Test
	void modulesUseEachOtherOnlyThroughTheirApi() {
		ApplicationModules.of(AvtaleportalApplication.class).verify();
	}

	/**
	 * Writes the module diagram (C4 and UML, PlantUML) and one canvas per module into the build
	 * output, {@code target/spring-modulith-docs}.
	 */
	@Test
	void writesTheModuleDiagramIntoTheBuildOutput() {
		new Documenter(ApplicationModules.of(AvtaleportalApplication.class)).writeDocumentation();
	}

}
