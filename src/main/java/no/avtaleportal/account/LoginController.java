package no.avtaleportal.account;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The portal's own login page; Spring Security handles the POST. After a failed sign-in the
 * {@link LoginFailureHandler} flashes the username and the reason. Feide and Microsoft Entra ID
 * are offered only when they are configured; a person they know but the portal does not gets
 * the "ask an administrator" page.
 */
@Controller
class LoginController {

	private final List<IdentityProvider> identityProviders = new ArrayList<>();

	LoginController(ObjectProvider<ClientRegistrationRepository> registrations) {
		if (registrations.getIfAvailable() instanceof Iterable<?> configured) {
			configured.forEach(registration -> {
				ClientRegistration client = (ClientRegistration) registration;
				this.identityProviders.add(new IdentityProvider(client.getRegistrationId(), client.getClientName()));
			});
		}
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("identityProviders", this.identityProviders);
		return "account/login";
	}

	@GetMapping("/login/unknown")
	String unknownPerson() {
		return "account/unknown-person";
	}

	/**
	 * "Glemt passord?": the portal sends no reset links of its own; an administrator sends a new
	 * invitation, whose link lets the person choose a new password.
	 */
	@GetMapping("/login/forgotten")
	String forgottenPassword() {
		return "account/password-forgotten";
	}

	/**
	 * A configured identity provider: its registration id ({@code feide}, {@code entra}) and name.
	 */
	public record IdentityProvider(String id, String name) {
	}

}
