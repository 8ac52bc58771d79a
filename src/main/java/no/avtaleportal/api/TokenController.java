package no.avtaleportal.api;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.avtaleportal.account.SignedInUser;

/**
 * The user's personal access tokens for the read API, on their profile: made with a name and the
 * last day they work (at most a year ahead), shown once, listed with when they were last used,
 * and revoked.
 */
@Controller
class TokenController {

	private final ApiTokens tokens;

	private final Clock clock;

	TokenController(ApiTokens tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	@GetMapping("/account/tokens")
	String list(@AuthenticationPrincipal SignedInUser user, Model model) {
		if (!model.containsAttribute("form")) {
			TokenForm form = new TokenForm();
			form.setExpiresOn(LocalDate.now(this.clock).plusDays(90));
			model.addAttribute("form", form);
		}
		return page(user, model);
	}

	private String page(SignedInUser user, Model model) {
		model.addAttribute("tokens", this.tokens.of(user));
		model.addAttribute("today", LocalDate.now(this.clock));
		return "api/tokens";
	}

	@PostMapping("/account/tokens")
	String create(@Valid @ModelAttribute("form") TokenForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		LocalDate today = LocalDate.now(this.clock);
		if (form.getExpiresOn() != null && !form.getExpiresOn().isAfter(today)) {
			result.rejectValue("expiresOn", "api.token.expiresOn.past");
		}
		else if (form.getExpiresOn() != null && form.getExpiresOn().isAfter(today.plusDays(ApiTokens.MAX_DAYS))) {
			result.rejectValue("expiresOn", "api.token.expiresOn.tooLate");
		}
		if (result.hasErrors()) {
			return page(user, model);
		}
		redirect.addFlashAttribute("secret", this.tokens.create(user, form.getName(), form.getExpiresOn()));
		return "redirect:/account/tokens";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		this.tokens.revoke(user, id);
		redirect.addFlashAttribute(no.avtaleportal.web.Flash.MESSAGE, "api.token.revoked");
		return "redirect:/account/tokens";
	}

	/** A new token: its name and the last day it works. */
	public static class TokenForm {

		@NotBlank
		@Size(max = 100)
		private String name;

		@NotNull
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate expiresOn;

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public LocalDate getExpiresOn() {
			return this.expiresOn;
		}

		public void setExpiresOn(LocalDate expiresOn) {
			this.expiresOn = expiresOn;
		}

	}

}
