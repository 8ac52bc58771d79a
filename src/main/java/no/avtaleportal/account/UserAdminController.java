package no.avtaleportal.account;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import no.avtaleportal.web.Flash;
import no.avtaleportal.web.FromQuery;
import no.avtaleportal.web.ListPages;

/**
 * Administrators list and search accounts and read the security log. One account's page is
 * {@link AccountEditController}'s, inviting its holder {@link AccountInvitationController}'s.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class UserAdminController {

	static final String FLASH = Flash.MESSAGE;

	/** Accounts per page of the list. */
	static final int PAGE_SIZE = 25;

	private final UserAccountRepository accounts;

	private final SecurityEvents events;

	private final AccountDirectory directory;

	UserAdminController(UserAccountRepository accounts, SecurityEvents events, AccountDirectory directory) {
		this.accounts = accounts;
		this.events = events;
		this.directory = directory;
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
	String list(@FromQuery("search") AccountSearch search, Model model) {
		String query = search.query();
		int pageNumber = search.pageNumber();
		String text = query.strip().toLowerCase(Locale.ROOT);
		long total = this.accounts.countSearch(text);
		List<Long> ids = this.accounts.search(text,
				ListPages.page(total, pageNumber, PAGE_SIZE, number -> listUrl(query, number), model));
		Map<Long, String> organisations = this.directory.organisationShortNames();
		model.addAttribute("query", query);
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

	/**
	 * An account as the list shows it.
	 */
	public record AccountRow(long id, String username, String displayName, String email, String organisation,
			List<Role> roles, boolean enabled, long version) {

		static AccountRow of(UserAccount account, String organisation) {
			return new AccountRow(account.getId(), account.getUsername(), account.getDisplayName(), account.getEmail(),
					organisation, account.getRoles().stream().sorted().toList(), account.isEnabled(), account.getVersion());
		}

	}

}
