package no.avtaleportal.account;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.avtaleportal.web.NotFoundException;

/**
 * Passwords of local accounts: a signed-in user changes their own (the current one required),
 * and the holder of an invitation link sets one. The rules ({@link PasswordRules}) are stated on
 * both pages.
 */
@Controller
class PasswordController {

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final Invitations invitations;

	private final AccountAdministration administration;

	private final SecurityEvents events;

	PasswordController(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Invitations invitations,
			AccountAdministration administration, SecurityEvents events) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.invitations = invitations;
		this.administration = administration;
		this.events = events;
	}

	@GetMapping("/account/password")
	String changeForm(@AuthenticationPrincipal SignedInUser user, Model model) {
		return changePage(model.addAttribute("form", new PasswordForm()), account(user));
	}

	@PostMapping("/account/password")
	@Transactional
	String change(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") PasswordForm form,
			BindingResult result, Model model, HttpSession session, RedirectAttributes redirect) {
		UserAccount account = account(user);
		if (account.getPasswordHash() == null) {
			return changePage(model, account);
		}
		if (form.getCurrentPassword() == null
				|| !this.passwordEncoder.matches(form.getCurrentPassword(), account.getPasswordHash())) {
			result.rejectValue("currentPassword", "account.password.error.current");
		}
		checkNewPassword(form, account, result);
		if (result.hasErrors()) {
			return changePage(model, account);
		}
		account.changePassword(this.passwordEncoder.encode(form.getNewPassword()));
		this.accounts.save(account);
		this.administration.endSessions(account.getUsername(), session.getId());
		this.events.record(SecurityEvents.Kind.PASSWORD_CHANGED, account.getUsername(), null);
		redirect.addFlashAttribute(UserAdminController.FLASH, "account.password.changed");
		return "redirect:/account/password";
	}

	@GetMapping("/invitations/{token}")
	String invitation(@PathVariable String token, Model model, HttpServletResponse response) {
		return this.invitations.accountOf(token)
			.flatMap(this.accounts::findById)
			.map(account -> invitationPage(model.addAttribute("form", new PasswordForm()).addAttribute("token", token),
					account))
			.orElseGet(() -> invalidInvitation(response));
	}

	@PostMapping("/invitations/{token}")
	@Transactional
	String acceptInvitation(@PathVariable String token, @ModelAttribute("form") PasswordForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		UserAccount account = this.invitations.accountOf(token).flatMap(this.accounts::findById).orElse(null);
		if (account == null) {
			return invalidInvitation(response);
		}
		checkNewPassword(form, account, result);
		if (result.hasErrors()) {
			return invitationPage(model.addAttribute("token", token), account);
		}
		if (this.invitations.use(token).isEmpty()) {
			return invalidInvitation(response);
		}
		account.changePassword(this.passwordEncoder.encode(form.getNewPassword()));
		this.accounts.save(account);
		// an invitation also resets a forgotten password: whoever was signed in with the old one is signed out
		this.administration.endSessions(account.getUsername(), null);
		this.events.record(SecurityEvents.Kind.PASSWORD_SET, account.getUsername(), null);
		redirect.addFlashAttribute("username", account.getUsername());
		return "redirect:/login?activated";
	}

	private void checkNewPassword(PasswordForm form, UserAccount account, BindingResult result) {
		PasswordRules.problems(form.getNewPassword(), account.getUsername(), account.getDisplayName())
			.forEach(problem -> result.rejectValue("newPassword", problem.code(), problem.arguments(), null));
		if (form.getNewPassword() != null && !form.getNewPassword().equals(form.getConfirmation())) {
			result.rejectValue("confirmation", "account.password.error.confirmation");
		}
	}

	private String changePage(Model model, UserAccount account) {
		model.addAttribute("hasPassword", account.getPasswordHash() != null);
		model.addAttribute("username", account.getUsername());
		return passwordRules(model, "account/password");
	}

	private String invitationPage(Model model, UserAccount account) {
		model.addAttribute("username", account.getUsername());
		model.addAttribute("displayName", account.getDisplayName());
		return passwordRules(model, "account/invitation");
	}

	private static String passwordRules(Model model, String view) {
		model.addAttribute("minLength", PasswordRules.MIN_LENGTH);
		model.addAttribute("maxLength", PasswordRules.MAX_LENGTH);
		return view;
	}

	private static String invalidInvitation(HttpServletResponse response) {
		response.setStatus(HttpStatus.GONE.value());
		return "account/invitation-invalid";
	}

	private UserAccount account(SignedInUser user) {
		return this.accounts.findById(user.getAccountId()).orElseThrow(() -> new NotFoundException("account"));
	}

}
