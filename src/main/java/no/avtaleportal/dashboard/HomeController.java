package no.avtaleportal.dashboard;

import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import no.avtaleportal.account.AccessRules;

/**
 * The start page: greets the signed-in user and lists the agreements they can see.
 */
@Controller
class HomeController {

	@Bean
	static AccessRules homeAccess() {
		return requests -> requests.requestMatchers(HttpMethod.GET, "/").authenticated();
	}

	@GetMapping("/")
	String home() {
		return "dashboard/home";
	}

}
