package no.avtaleportal.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The accessibility statement (tilgjengelighetserklæring). Public, so that anyone who cannot
 * sign in can read it and report the problem.
 */
@Controller
class AccessibilityController {

	@GetMapping("/accessibility")
	String statement() {
		return "web/accessibility";
	}

}
