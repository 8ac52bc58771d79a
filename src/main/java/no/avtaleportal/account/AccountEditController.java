package no.avtaleportal.account;

import java.time.Clock;
import java.util.Arrays;
import java.util.Map;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.avtaleportal.audit.History;
import no.avtaleportal.web.PersonPicker;
import no.avtaleportal.web.SelectOption;
import no.avtaleportal.web.StaleEdit;
import no.avtaleportal.web.Flash;

/**
 * Administrators create an account, edit one account's details and roles, disable and enable it,
 * and read its history. Every form carries its version; the last enabled administrator keeps
 * that role. The security rule is {@link UserAdminController#accountAccess()}.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AccountEditController {

	private final UserAccountRepository accounts;

	private final AccountAdministration administration;

	private final SecurityEvents events;

	private final AccountDirectory directory;

	private final History history;

	private final Clock clock;

	AccountEditController(UserAccountRepository accounts, AccountAdministration administration, SecurityEvents events,
			AccountDirectory directory, History history, Clock clock) {
		this.accounts = accounts;
		this.administration = administration;
		this.events = events;
		this.directory = directory;
		this.history = history;
		this.clock = clock;
	}

	@GetMapping("/admin/users/new")
	String newAccount(Model model) {
		return form(model.addAttribute("form", new AccountForm()), null);
	}

	@PostMapping("/admin/users/new")
	@Transactional
	String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult result, Model model,
			@AuthenticationPrincipal SignedInUser admin, RedirectAttributes redirect) {
		if (!StringUtils.hasText(form.getUsername())) {
			result.rejectValue("username", "NotBlank");
		}
		else if (this.accounts.findByUsername(UserAccount.normalise(form.getUsername())).isPresent()) {
			result.rejectValue("username", "account.error.usernameTaken");
		}
		checkChoices(form, result, model);
		if (result.hasErrors()) {
			return form(model, null);
		}
		UserAccount account = form.create(this.clock.instant());
		this.accounts.save(account);
		this.events.record(SecurityEvents.Kind.ACCOUNT_CREATED, admin.getUsername(), account.getUsername());
		redirect.addFlashAttribute(Flash.MESSAGE, "account.saved");
		return "redirect:/admin/users/" + account.getId() + "/edit";
	}

	@GetMapping("/admin/users/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		UserAccount account = this.accounts.require(id);
		return form(model.addAttribute("form", savedForm(account)), account);
	}

	@PostMapping("/admin/users/{id}/edit")
	@Transactional
	String update(@PathVariable long id, @Valid @ModelAttribute("form") AccountForm form, BindingResult result,
			Model model, @AuthenticationPrincipal SignedInUser admin, RedirectAttributes redirect) {
		UserAccount account = this.accounts.require(id);
		StaleEdit.check(account.getVersion(), form, savedForm(account), result, model);
		form.setUsername(account.getUsername());
		checkChoices(form, result, model);
		if (this.administration.wouldRemoveLastAdministrator(account, form.getRoles(), account.isEnabled())) {
			result.rejectValue("roles", "account.error.lastAdministrator");
		}
		if (result.hasErrors()) {
			return form(model, account);
		}
		boolean rightsChanged = form.applyTo(account);
		this.accounts.save(account);
		if (rightsChanged) {
			// sessions signed in with the old rights end, on every instance (as when disabling)
			this.administration.endSessions(account.getUsername(), null);
		}
		this.events.record(SecurityEvents.Kind.ACCOUNT_CHANGED, admin.getUsername(), account.getUsername());
		redirect.addFlashAttribute(Flash.MESSAGE, "account.saved");
		return "redirect:/admin/users/" + id + "/edit";
	}

	@PostMapping("/admin/users/{id}/disable")
	@Transactional
	String disable(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal SignedInUser admin,
			RedirectAttributes redirect) {
		UserAccount account = this.accounts.require(id);
		StaleEdit.require(account.getVersion(), version, UserAccount.class, account.getId());
		if (this.administration.wouldRemoveLastAdministrator(account, account.getRoles(), false)) {
			redirect.addFlashAttribute("problem", "account.error.lastAdministrator");
			return "redirect:/admin/users/" + id + "/edit";
		}
		account.disable();
		this.accounts.save(account);
		this.administration.endSessions(account.getUsername(), null);
		this.events.record(SecurityEvents.Kind.ACCOUNT_DISABLED, admin.getUsername(), account.getUsername());
		redirect.addFlashAttribute(Flash.MESSAGE, "account.disabled");
		return "redirect:/admin/users/" + id + "/edit";
	}

	@PostMapping("/admin/users/{id}/enable")
	@Transactional
	String enable(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal SignedInUser admin,
			RedirectAttributes redirect) {
		UserAccount account = this.accounts.require(id);
		StaleEdit.require(account.getVersion(), version, UserAccount.class, account.getId());
		account.enable();
		this.accounts.save(account);
		this.events.record(SecurityEvents.Kind.ACCOUNT_ENABLED, admin.getUsername(), account.getUsername());
		redirect.addFlashAttribute(Flash.MESSAGE, "account.enabled");
		return "redirect:/admin/users/" + id + "/edit";
	}

	@GetMapping("/admin/users/{id}/history")
	String history(@PathVariable long id,
			@RequestParam(name = "page", required = false) Integer historyPage, Model model) {
		UserAccount account = this.accounts.require(id);
		Map<Long, String> organisations = this.directory.organisationShortNames();
		Map<Long, String> persons = this.directory.personLabels(this.accounts.findPersonIdsEverLinked(id));
		History.Names names = (field, value) -> switch (field) {
			case "organisationId" -> (value != null) ? organisations.get(((Number) value).longValue()) : null;
			case "personId" -> (value != null) ? persons.get(((Number) value).longValue()) : null;
			default -> null;
		};
		return this.history.page(model, historyPage,
				this.history.of(UserAccount.class, id, names), account.getDisplayName(),
				"/admin/users/" + id + "/edit");
	}

	/** The account as saved, its person named as the field names them. */
	private AccountForm savedForm(UserAccount account) {
		return AccountForm.from(account,
				(account.getPersonId() != null) ? this.directory.personText(account.getPersonId()) : null);
	}

	/** Checks the choices and sets the person the form names (none when the field is blank). */
	private void checkChoices(AccountForm form, BindingResult result, Model model) {
		if (form.getOrganisationId() != null
				&& !this.directory.organisationShortNames().containsKey(form.getOrganisationId())) {
			result.rejectValue("organisationId", "people.error.unknown");
		}
		form.setPersonId(new PersonPicker(this.directory::person, form, result, model).one("person",
				form.getPerson()));
		if (form.getRoles().isEmpty()) {
			result.rejectValue("roles", "account.error.noRole");
		}
	}

	private String form(Model model, UserAccount account) {
		model.addAttribute("account", (account != null) ? UserAdminController.AccountRow.of(account, null) : null);
		model.addAttribute("roleChoices",
				Arrays.stream(Role.values()).map(role -> SelectOption.of(role)).toList());
		model.addAttribute("organisations", this.directory.organisations());
		return "account/user-form";
	}

}
