package no.avtaleportal.dashboard;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import no.avtaleportal.account.AccessRules;
import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.agreement.Agreements;

/**
 * The start page: greets the signed-in user and lists the agreements they can see.
 */
@Controller
class HomeController {

	private final Agreements agreements;

	HomeController(Agreements agreements) {
		this.agreements = agreements;
	}

	@Bean
	static AccessRules homeAccess() {
		return requests -> requests.requestMatchers(HttpMethod.GET, "/").authenticated();
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("agreements", this.agreements.visibleTo(user));
		return "dashboard/home";
	}

}
