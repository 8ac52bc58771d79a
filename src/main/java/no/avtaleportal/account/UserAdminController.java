package no.avtaleportal.account;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.PageRequest;
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
import org.springframework.web.util.UriComponentsBuilder;

import no.avtaleportal.audit.History;
import no.avtaleportal.web.NotFoundException;
import no.avtaleportal.web.SelectOption;
import no.avtaleportal.web.StaleEdit;
import no.avtaleportal.web.PublicAddress;
import no.avtaleportal.web.Flash;

/**
 * Administrators list, search, create and edit accounts, disable and enable them, and invite
 * the holder of a local account to set its password. Every form carries its version.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class UserAdminController {

	static final String FLASH = Flash.MESSAGE;

	/** Accounts per page of the list. */
	static final int PAGE_SIZE = 25;

	private final UserAccountRepository accounts;

	private final AccountAdministration administration;

	private final Invitations invitations;

	private final SecurityEvents events;

	private final AccountDirectory directory;

	private final History history;

	private final Clock clock;

	private final InvitationMail mail;

	private final PublicAddress publicAddress;

	UserAdminController(UserAccountRepository accounts, AccountAdministration administration, Invitations invitations,
			SecurityEvents events, AccountDirectory directory, History history, Clock clock, InvitationMail mail,
			PublicAddress publicAddress) {
		this.publicAddress = publicAddress;
		this.mail = mail;
		this.history = history;
		this.accounts = accounts;
		this.administration = administration;
		this.invitations = invitations;
		this.events = events;
		this.directory = directory;
		this.clock = clock;
	}

	@Bean
	static AccessRules accountAccess() {
		return requests -> requests.requestMatchers("/admin/users", "/admin/users/**", "/admin/security-events")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/account/password")
			.authenticated()
			.requestMatchers("/invitations/*", "/login/unknown", "/login/forgotten", "/oauth2/authorization/*", "/login/oauth2/code/*")
			.permitAll();
	}

	@GetMapping("/admin/users")
	String list(@RequestParam(name = "q", defaultValue = "") String query,
			@RequestParam(name = "page", defaultValue = "1") int pageNumber, Model model) {
		String text = query.strip().toLowerCase(Locale.ROOT);
		long total = this.accounts.countSearch(text);
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int number = Math.min(Math.max(pageNumber, 1), pages);
		List<Long> ids = this.accounts.search(text, PageRequest.of(number - 1, PAGE_SIZE));
		Map<Long, String> organisations = organisationNames();
		model.addAttribute("query", query);
		model.addAttribute("total", total);
		model.addAttribute("pageNumber", number);
		model.addAttribute("pages", pages);
		model.addAttribute("previousPage", (number > 1) ? listUrl(query, number - 1) : null);
		model.addAttribute("nextPage", (number < pages) ? listUrl(query, number + 1) : null);
		model.addAttribute("accounts", ids.isEmpty() ? List.of()
				: this.accounts.findWithRoles(ids)
					.stream()
					.map(account -> AccountRow.of(account, organisations.get(account.getOrganisationId())))
					.toList());
		return "account/users";
	}

	/** The list's address of the page (from 1) with the search kept. */
	private static String listUrl(String query, int pageNumber) {
		return UriComponentsBuilder.fromPath("/admin/users")
			.queryParamIfPresent("q", java.util.Optional.ofNullable(query.isBlank() ? null : query))
			.queryParam("page", pageNumber)
			.encode()
			.build()
			.toUriString();
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
		checkChoices(form, result);
		if (result.hasErrors()) {
			return form(model, null);
		}
		UserAccount account = new UserAccount(form.getUsername(), form.getDisplayName(), null, form.getRoles(),
				this.clock.instant());
		form.applyTo(account);
		this.accounts.save(account);
		this.events.record(SecurityEvents.Kind.ACCOUNT_CREATED, admin.getUsername(), account.getUsername());
		redirect.addFlashAttribute(FLASH, "account.saved");
		return "redirect:/admin/users/" + account.getId() + "/edit";
	}

	@GetMapping("/admin/users/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		UserAccount account = account(id);
		return form(model.addAttribute("form", AccountForm.from(account)), account);
	}

	@PostMapping("/admin/users/{id}/edit")
	@Transactional
	String update(@PathVariable long id, @Valid @ModelAttribute("form") AccountForm form, BindingResult result,
			Model model, @AuthenticationPrincipal SignedInUser admin, RedirectAttributes redirect) {
		UserAccount account = account(id);
		StaleEdit.check(account.getVersion(), form, AccountForm.from(account), result, model);
		form.setUsername(account.getUsername());
		checkChoices(form, result);
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
		redirect.addFlashAttribute(FLASH, "account.saved");
		return "redirect:/admin/users/" + id + "/edit";
	}

	@PostMapping("/admin/users/{id}/disable")
	@Transactional
	String disable(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal SignedInUser admin,
			RedirectAttributes redirect) {
		UserAccount account = account(id);
		StaleEdit.require(account.getVersion(), version, UserAccount.class, account.getId());
		if (this.administration.wouldRemoveLastAdministrator(account, account.getRoles(), false)) {
			redirect.addFlashAttribute("problem", "account.error.lastAdministrator");
			return "redirect:/admin/users/" + id + "/edit";
		}
		account.disable();
		this.accounts.save(account);
		this.administration.endSessions(account.getUsername(), null);
		this.events.record(SecurityEvents.Kind.ACCOUNT_DISABLED, admin.getUsername(), account.getUsername());
		redirect.addFlashAttribute(FLASH, "account.disabled");
		return "redirect:/admin/users/" + id + "/edit";
	}

	@PostMapping("/admin/users/{id}/enable")
	@Transactional
	String enable(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal SignedInUser admin,
			RedirectAttributes redirect) {
		UserAccount account = account(id);
		StaleEdit.require(account.getVersion(), version, UserAccount.class, account.getId());
		account.enable();
		this.accounts.save(account);
		this.events.record(SecurityEvents.Kind.ACCOUNT_ENABLED, admin.getUsername(), account.getUsername());
		redirect.addFlashAttribute(FLASH, "account.enabled");
		return "redirect:/admin/users/" + id + "/edit";
	}

	@PostMapping("/admin/users/{id}/invite")
	@Transactional
	String invite(@PathVariable long id, @AuthenticationPrincipal SignedInUser admin, RedirectAttributes redirect) {
		UserAccount account = account(id);
		Invitations.Issued issued = this.invitations.invite(account.getId(), admin.getUsername());
		this.events.record(SecurityEvents.Kind.INVITATION_CREATED, admin.getUsername(), account.getUsername());
		String link = this.publicAddress.root()
			.path("/invitations/{token}")
			.buildAndExpand(issued.token())
			.toUriString();
		ZonedDateTime expires = issued.expiresAt().atZone(this.clock.getZone());
		if (this.mail.send(account.getEmail(), account.getDisplayName(), link, expires)) {
			redirect.addFlashAttribute("invitationSentTo", account.getEmail());
		}
		else {
			redirect.addFlashAttribute("invitationLink", link);
		}
		redirect.addFlashAttribute("invitationExpires", expires);
		return "redirect:/admin/users/" + id + "/edit";
	}

	@GetMapping("/admin/users/{id}/history")
	String history(@PathVariable long id, Model model) {
		UserAccount account = account(id);
		Map<Long, String> organisations = organisationNames();
		Map<String, String> persons = this.directory.persons()
			.stream()
			.collect(Collectors.toMap(SelectOption::value, SelectOption::label, (a, b) -> a));
		History.Names names = (field, value) -> switch (field) {
			case "organisationId" -> (value != null) ? organisations.get(((Number) value).longValue()) : null;
			case "personId" -> persons.get(String.valueOf(value));
			default -> null;
		};
		return this.history.page(model, this.history.of(UserAccount.class, id, names), account.getDisplayName(),
				"/admin/users/" + id + "/edit");
	}

	@GetMapping("/admin/security-events")
	String securityEvents(@RequestParam(defaultValue = "0") int page, Model model) {
		int current = Math.max(page, 0);
		long total = this.events.count();
		model.addAttribute("events", this.events.page(current));
		model.addAttribute("page", current);
		model.addAttribute("hasNext", (long) (current + 1) * SecurityEvents.PAGE_SIZE < total);
		model.addAttribute("total", total);
		return "account/security-events";
	}

	private void checkChoices(AccountForm form, BindingResult result) {
		if (form.getOrganisationId() != null && !organisationNames().containsKey(form.getOrganisationId())) {
			result.rejectValue("organisationId", "people.error.unknown");
		}
		if (form.getPersonId() != null && this.directory.persons()
			.stream()
			.noneMatch(choice -> choice.value().equals(String.valueOf(form.getPersonId())))) {
			result.rejectValue("personId", "people.error.unknown");
		}
		if (form.getRoles().isEmpty()) {
			result.rejectValue("roles", "account.error.noRole");
		}
	}

	private String form(Model model, UserAccount account) {
		model.addAttribute("account", (account != null) ? AccountRow.of(account, null) : null);
		model.addAttribute("roleChoices",
				Arrays.stream(Role.values()).map(role -> SelectOption.of(role)).toList());
		model.addAttribute("organisations", this.directory.organisations());
		model.addAttribute("persons", this.directory.persons());
		return "account/user-form";
	}

	private Map<Long, String> organisationNames() {
		return this.directory.organisationShortNames();
	}

	private UserAccount account(long id) {
		return this.accounts.findById(id).orElseThrow(() -> new NotFoundException("account " + id));
	}

	/**
	 * An account as the list shows it.
	 */
	record AccountRow(long id, String username, String displayName, String email, String organisation,
			List<Role> roles, boolean enabled, long version) {

		static AccountRow of(UserAccount account, String organisation) {
			return new AccountRow(account.getId(), account.getUsername(), account.getDisplayName(), account.getEmail(),
					organisation, account.getRoles().stream().sorted().toList(), account.isEnabled(), account.getVersion());
		}

	}

}
