package no.avtaleportal.account;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The portal's own login page; Spring Security handles the POST. After a failed sign-in the
 * {@link LoginFailureHandler} flashes the username and the reason.
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "account/login";
	}

}
