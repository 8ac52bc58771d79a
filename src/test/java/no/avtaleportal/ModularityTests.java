package no.avtaleportal;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feature packages use each other only through their public face, and never in a cycle. A
 * module's public face is what it marks {@code @NamedInterface("api")} (the views, services and
 * events other modules may use); each module's {@code package-info} lists the modules and named
 * interfaces it may depend on.
 */
class ModularityTests {

	private static final ApplicationModules MODULES = ApplicationModules.of(AvtaleportalApplication.class);

	@Test
	void modulesUseEachOtherOnlyThroughTheirApi() {
		MODULES.verify();
	}

	/**
	 * Also a module that lists no allowed dependencies (a new one) uses a module with an API only
	 * through it.
	 */
	@Test
	void everyModuleUsesAModuleWithAnApiOnlyThroughIt() {
		List<String> misuses = MODULES.stream()
			.flatMap(module -> module.getDirectDependencies(MODULES)
				.stream()
				.filter(dependency -> !dependency.getTargetModule().equals(module))
				.filter(dependency -> dependency.getTargetModule()
					.getNamedInterfaces()
					.getByName("api")
					.map(api -> !api.contains(dependency.getTargetType()))
					.orElse(false))
				.map(dependency -> module.getIdentifier() + ": " + dependency.getSourceType().getName() + " -> "
						+ dependency.getTargetType().getName()))
			.distinct()
			.toList();
		assertThat(misuses).isEmpty();
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
