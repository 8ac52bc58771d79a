package no.avtaleportal.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thymeleaf.spring6.SpringTemplateEngine;

import no.avtaleportal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Templates evaluate their expressions with the Spring EL compiler (issue 15): an expression that
 * has run a few times is compiled to bytecode, and one the compiler cannot handle is interpreted
 * as before. The pages' own tests show that every page still renders with it.
 */
@PortalTest
class TemplateEngineTests {

	@Autowired
	private SpringTemplateEngine templates;

	@Test
	void theSpringElCompilerIsOn() {
		assertThat(this.templates.getEnableSpringELCompiler()).isTrue();
	}

}
