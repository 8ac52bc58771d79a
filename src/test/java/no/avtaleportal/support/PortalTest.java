package no.avtaleportal.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * An integration test of the whole portal on a real PostgreSQL (see {@link TestDatabase}), in
 * demo mode, on a random port, with MockMvc and a SQL statement counter. Every test class that
 * uses it shares one Spring context and one database server: do not add annotations that
 * change the context (such as {@code @MockitoBean}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		// Actuator's own port (issue 21) on a free one, on the same context
		properties = "management.server.port=0")
@TestPropertySource(locations = "classpath:test-context.properties")
@ContextConfiguration(initializers = TestDatabase.class)
@AutoConfigureMockMvc
@Import(PortalTestConfiguration.class)
public @interface PortalTest {

}
