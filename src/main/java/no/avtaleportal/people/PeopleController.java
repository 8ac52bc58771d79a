package no.avtaleportal.people;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Valid;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import no.avtaleportal.account.AccessRules;
import no.avtaleportal.account.Role;
import no.avtaleportal.web.NotFoundException;
import no.avtaleportal.web.StaleEdit;
import no.avtaleportal.web.Flash;
import no.avtaleportal.web.ListPages;

/**
 * Administrators see the register of organisations, people, roles and who holds which role when,
 * and register and edit people. Organisations are {@link OrganisationController}'s, roles and
 * their holders {@link RoleController}'s. Every form carries its version.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class PeopleController {

	static final int PAGE_SIZE = 50;

	private final OrganisationRepository organisations;

	private final PersonRepository persons;

	private final OrgRoleRepository roles;

	private final RoleAssignmentRepository assignments;

	private final PeopleLookups lookups;

	PeopleController(OrganisationRepository organisations, PersonRepository persons, OrgRoleRepository roles,
			RoleAssignmentRepository assignments, PeopleLookups lookups) {
		this.organisations = organisations;
		this.persons = persons;
		this.roles = roles;
		this.assignments = assignments;
		this.lookups = lookups;
	}

	@Bean
	static AccessRules peopleAccess() {
		return requests -> requests
			.requestMatchers("/people", "/people/**", "/organisations/**", "/roles/**", "/assignments/**")
			.hasRole(Role.ADMIN.name());
	}

	/**
	 * The register: every organisation and role with its holders, and the people a page at a time,
	 * narrowed to those whose name or e-mail address contains {@code q}.
	 */
	@GetMapping("/people")
	String overview(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
		String query = (q != null) ? q : "";
		String text = query.strip()
			.toLowerCase(Locale.ROOT)
			.replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_");
		long total = this.persons.countSearch(text);
		List<Long> ids = this.persons.search(text,
				ListPages.page(total, page, PAGE_SIZE, number -> overviewUrl(query, number), model));
		model.addAttribute("organisations", this.organisations.findAllByOrderByNameAsc());
		model.addAttribute("persons", ids.isEmpty() ? List.of() : this.persons.findAllWithOrganisation(ids.toArray(Long[]::new)));
		model.addAttribute("query", query);
		model.addAttribute("roles", this.roles.findAllWithOrganisation());
		model.addAttribute("assignments", this.assignments.findAllWithRoleAndPerson());
		return "people/overview";
	}

	/** The register's address with the search and page (from 1), at its list of people. */
	private static String overviewUrl(String query, int pageNumber) {
		return UriComponentsBuilder.fromPath("/people")
			.queryParamIfPresent("q", Optional.ofNullable(query.isBlank() ? null : query))
			.queryParam("page", pageNumber)
			.fragment("persons-heading")
			.encode()
			.build()
			.toUriString();
	}

	@GetMapping("/people/new")
	String newPerson(Model model) {
		model.addAttribute("form", new PersonForm());
		return personForm(model, null);
	}

	@PostMapping("/people/new")
	@Transactional
	String createPerson(@Valid @ModelAttribute("form") PersonForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Organisation organisation = this.lookups.organisationOf(form.getOrganisationId(), result);
		if (result.hasErrors()) {
			return personForm(model, null);
		}
		this.persons.save(form.create(organisation));
		redirect.addFlashAttribute(Flash.MESSAGE, "people.person.saved");
		return "redirect:/people";
	}

	@GetMapping("/people/{id}/edit")
	String editPerson(@PathVariable long id, Model model) {
		Person person = person(id);
		model.addAttribute("form", PersonForm.from(person));
		return personForm(model, person);
	}

	@PostMapping("/people/{id}/edit")
	@Transactional
	String updatePerson(@PathVariable long id, @Valid @ModelAttribute("form") PersonForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Person person = person(id);
		StaleEdit.check(person.getVersion(), form, PersonForm.from(person), result, model);
		Organisation organisation = this.lookups.organisationOf(form.getOrganisationId(), result);
		if (result.hasErrors()) {
			return personForm(model, person);
		}
		form.applyTo(person, organisation);
		redirect.addFlashAttribute(Flash.MESSAGE, "people.person.saved");
		return "redirect:/people";
	}

	private String personForm(Model model, Person person) {
		model.addAttribute("person", person);
		model.addAttribute("organisationOptions", this.lookups.organisationOptions());
		return "people/person-form";
	}

	private Person person(long id) {
		return this.persons.findById(id).orElseThrow(() -> new NotFoundException("person " + id));
	}

}
