package no.avtaleportal.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * An integration test of one feature module (the package of the test class) and the modules it
 * uses, without the rest of the portal and without a web server (Spring Modulith's
 * {@link ApplicationModuleTest}), on the same real PostgreSQL as
 * {@link PortalTest} ({@link TestDatabase}: one server per JVM). The demo content is on, as for
 * {@code PortalTest}, so that Flyway finds the same migrations and the module's start-up import finds
 * the agreements and example people; the {@code database} module (demo mode, Flyway's demo
 * migrations) is always included. Scheduled jobs never run by the clock: both read
 * {@code test-context.properties}.
 * <p>
 * The web environment is a mock one (no server, no port): not none, because the accounts module,
 * which most modules use, needs the session repository Spring Session configures only in a web
 * application.
 * <p>
 * Each test class gets its own Spring context (the modules differ), so keep to one class per module.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApplicationModuleTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, extraIncludes = "database")
@ContextConfiguration(initializers = TestDatabase.class)
@TestPropertySource(locations = "classpath:test-context.properties")
public @interface ModuleTest {

	/** Which of the modules the module uses are bootstrapped with it. */
	@AliasFor(annotation = ApplicationModuleTest.class, attribute = "mode")
	BootstrapMode value() default BootstrapMode.DIRECT_DEPENDENCIES;

}
