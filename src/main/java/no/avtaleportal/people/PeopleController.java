package no.avtaleportal.people;

import java.util.List;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.avtaleportal.account.AccessRules;
import no.avtaleportal.account.Role;
import no.avtaleportal.web.NotFoundException;
import no.avtaleportal.web.SelectOption;
import no.avtaleportal.web.StaleEdit;
import no.avtaleportal.web.Flash;

/**
 * Administrators register organisations, people, roles and who holds which role when. A
 * single-holder role cannot have two holders on the same day; every form carries its version.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class PeopleController {

	private static final String FLASH = Flash.MESSAGE;

	private final OrganisationRepository organisations;

	private final PersonRepository persons;

	private final OrgRoleRepository roles;

	private final RoleAssignmentRepository assignments;

	private final People people;

	PeopleController(OrganisationRepository organisations, PersonRepository persons, OrgRoleRepository roles,
			RoleAssignmentRepository assignments, People people) {
		this.organisations = organisations;
		this.persons = persons;
		this.roles = roles;
		this.assignments = assignments;
		this.people = people;
	}

	@Bean
	static AccessRules peopleAccess() {
		return requests -> requests
			.requestMatchers("/people", "/people/**", "/organisations/**", "/roles/**", "/assignments/**")
			.hasRole(Role.ADMIN.name());
	}

	@GetMapping("/people")
	String overview(Model model) {
		model.addAttribute("organisations", this.organisations.findAllByOrderByNameAsc());
		model.addAttribute("persons", this.persons.findAllWithOrganisation());
		model.addAttribute("roles", this.roles.findAllWithOrganisation());
		model.addAttribute("assignments", this.assignments.findAllWithRoleAndPerson());
		return "people/overview";
	}

	// ---- organisations

	@GetMapping("/organisations/new")
	String newOrganisation(Model model) {
		model.addAttribute("form", new OrganisationForm());
		return "people/organisation-form";
	}

	@PostMapping("/organisations/new")
	@Transactional
	String createOrganisation(@Valid @ModelAttribute("form") OrganisationForm form, BindingResult result,
			RedirectAttributes redirect) {
		checkOrganisation(form, null, result);
		if (result.hasErrors()) {
			return "people/organisation-form";
		}
		this.organisations.save(new Organisation(form.getName(), form.getShortName(), form.getOrgNumber()));
		redirect.addFlashAttribute(FLASH, "people.organisation.saved");
		return "redirect:/people";
	}

	@GetMapping("/organisations/{id}/edit")
	String editOrganisation(@PathVariable long id, Model model) {
		Organisation organisation = organisation(id);
		model.addAttribute("form", OrganisationForm.from(organisation));
		model.addAttribute("organisation", organisation);
		return "people/organisation-form";
	}

	@PostMapping("/organisations/{id}/edit")
	@Transactional
	String updateOrganisation(@PathVariable long id, @Valid @ModelAttribute("form") OrganisationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Organisation organisation = organisation(id);
		StaleEdit.check(organisation.getVersion(), form, OrganisationForm.from(organisation), result, model);
		checkOrganisation(form, organisation, result);
		if (result.hasErrors()) {
			model.addAttribute("organisation", organisation);
			return "people/organisation-form";
		}
		organisation.rename(form.getName(), form.getShortName());
		organisation.changeOrgNumber(form.getOrgNumber());
		redirect.addFlashAttribute(FLASH, "people.organisation.saved");
		return "redirect:/people";
	}

	private void checkOrganisation(OrganisationForm form, Organisation organisation, BindingResult result) {
		if (form.getOrgNumber() != null && !form.getOrgNumber().isBlank()) {
			if (!OrganisationNumber.isValid(form.getOrgNumber())) {
				result.rejectValue("orgNumber", "people.error.orgNumber");
			}
			else if (this.organisations.findByOrgNumber(OrganisationNumber.normalise(form.getOrgNumber()))
				.filter(other -> organisation == null || !other.getId().equals(organisation.getId()))
				.isPresent()) {
				result.rejectValue("orgNumber", "people.error.orgNumberTaken");
			}
		}
		if (form.getShortName() != null && this.organisations.findByShortNameIgnoreCase(form.getShortName().strip())
			.filter(other -> organisation == null || !other.getId().equals(organisation.getId()))
			.isPresent()) {
			result.rejectValue("shortName", "people.error.shortNameTaken");
		}
	}

	// ---- people

	@GetMapping("/people/new")
	String newPerson(Model model) {
		model.addAttribute("form", new PersonForm());
		return personForm(model, null);
	}

	@PostMapping("/people/new")
	@Transactional
	String createPerson(@Valid @ModelAttribute("form") PersonForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Organisation organisation = organisationOf(form.getOrganisationId(), result);
		if (result.hasErrors()) {
			return personForm(model, null);
		}
		this.persons.save(new Person(form.getName(), organisation, form.getEmail()));
		redirect.addFlashAttribute(FLASH, "people.person.saved");
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
		Organisation organisation = organisationOf(form.getOrganisationId(), result);
		if (result.hasErrors()) {
			return personForm(model, person);
		}
		person.update(form.getName(), organisation, form.getEmail());
		redirect.addFlashAttribute(FLASH, "people.person.saved");
		return "redirect:/people";
	}

	private String personForm(Model model, Person person) {
		model.addAttribute("person", person);
		model.addAttribute("organisationOptions", organisationOptions());
		return "people/person-form";
	}

	// ---- roles

	@GetMapping("/roles/new")
	String newRole(Model model) {
		RoleForm form = new RoleForm();
		form.setSingleHolder(true);
		model.addAttribute("form", form);
		return roleForm(model, null);
	}

	@PostMapping("/roles/new")
	@Transactional
	String createRole(@Valid @ModelAttribute("form") RoleForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Organisation organisation = organisationOf(form.getOrganisationId(), result);
		if (result.hasErrors()) {
			return roleForm(model, null);
		}
		this.roles.save(new OrgRole(null, organisation, form.getTitle(), form.isSingleHolder()));
		redirect.addFlashAttribute(FLASH, "people.role.saved");
		return "redirect:/people";
	}

	@GetMapping("/roles/{id}/edit")
	String editRole(@PathVariable long id, Model model) {
		OrgRole role = role(id);
		model.addAttribute("form", RoleForm.from(role));
		return roleForm(model, role);
	}

	@PostMapping("/roles/{id}/edit")
	@Transactional
	String updateRole(@PathVariable long id, @Valid @ModelAttribute("form") RoleForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		OrgRole role = role(id);
		StaleEdit.check(role.getVersion(), form, RoleForm.from(role), result, model);
		Organisation organisation = organisationOf(form.getOrganisationId(), result);
		if (result.hasErrors()) {
			return roleForm(model, role);
		}
		role.update(organisation, form.getTitle(), form.isSingleHolder());
		redirect.addFlashAttribute(FLASH, "people.role.saved");
		return "redirect:/people";
	}

	private String roleForm(Model model, OrgRole role) {
		model.addAttribute("role", role);
		model.addAttribute("organisationOptions", organisationOptions());
		return "people/role-form";
	}

	// ---- who holds which role when

	@GetMapping("/roles/{id}/assignments/new")
	String newAssignment(@PathVariable long id, Model model) {
		model.addAttribute("form", new AssignmentForm());
		return assignmentForm(model, role(id), null);
	}

	@PostMapping("/roles/{id}/assignments/new")
	@Transactional
	String createAssignment(@PathVariable long id, @Valid @ModelAttribute("form") AssignmentForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		OrgRole role = role(id);
		Person person = checkAssignment(role, form, null, result);
		if (result.hasErrors()) {
			return assignmentForm(model, role, null);
		}
		this.assignments.save(new RoleAssignment(role, person, form.getValidFrom(), form.getValidTo(), false));
		redirect.addFlashAttribute(FLASH, "people.assignment.saved");
		return "redirect:/people";
	}

	@GetMapping("/assignments/{id}/edit")
	String editAssignment(@PathVariable long id, Model model) {
		RoleAssignment assignment = assignment(id);
		model.addAttribute("form", AssignmentForm.from(assignment));
		return assignmentForm(model, assignment.getRole(), assignment);
	}

	@PostMapping("/assignments/{id}/edit")
	@Transactional
	String updateAssignment(@PathVariable long id, @Valid @ModelAttribute("form") AssignmentForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		RoleAssignment assignment = assignment(id);
		StaleEdit.check(assignment.getVersion(), form, AssignmentForm.from(assignment), result, model);
		Person person = checkAssignment(assignment.getRole(), form, assignment.getId(), result);
		if (result.hasErrors()) {
			return assignmentForm(model, assignment.getRole(), assignment);
		}
		assignment.change(person, form.getValidFrom(), form.getValidTo());
		redirect.addFlashAttribute(FLASH, "people.assignment.saved");
		return "redirect:/people";
	}

	private Person checkAssignment(OrgRole role, AssignmentForm form, Long assignmentId, BindingResult result) {
		Person person = (form.getPersonId() != null) ? this.persons.findById(form.getPersonId()).orElse(null) : null;
		if (form.getPersonId() != null && person == null) {
			result.rejectValue("personId", "people.error.unknown");
		}
		if (form.getValidFrom() != null && form.getValidTo() != null && form.getValidTo().isBefore(form.getValidFrom())) {
			result.rejectValue("validTo", "people.error.endBeforeStart");
		}
		else if (form.getValidFrom() != null && this.people.overlaps(role, form.getValidFrom(), form.getValidTo(), assignmentId)) {
			result.rejectValue("validFrom", "people.error.overlap");
		}
		return person;
	}

	private String assignmentForm(Model model, OrgRole role, RoleAssignment assignment) {
		model.addAttribute("role", role);
		model.addAttribute("assignment", assignment);
		model.addAttribute("personOptions", this.persons.findAllWithOrganisation()
			.stream()
			.map(person -> SelectOption.of(person.getId(),
					person.getName() + " (" + person.getOrganisation().getShortName() + ")"))
			.toList());
		return "people/assignment-form";
	}

	// ---- look-ups

	private List<SelectOption> organisationOptions() {
		return this.organisations.findAllByOrderByNameAsc()
			.stream()
			.map(organisation -> SelectOption.of(organisation.getId(), organisation.getName()))
			.toList();
	}

	private Organisation organisationOf(Long id, BindingResult result) {
		Organisation organisation = (id != null) ? this.organisations.findById(id).orElse(null) : null;
		if (id != null && organisation == null) {
			result.rejectValue("organisationId", "people.error.unknown");
		}
		return organisation;
	}

	private Organisation organisation(long id) {
		return this.organisations.findById(id).orElseThrow(() -> new NotFoundException("organisation " + id));
	}

	private Person person(long id) {
		return this.persons.findById(id).orElseThrow(() -> new NotFoundException("person " + id));
	}

	private OrgRole role(long id) {
		return this.roles.findAllWithOrganisation(List.of(id))
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("role " + id));
	}

	private RoleAssignment assignment(long id) {
		return this.assignments.findWhole(id).orElseThrow(() -> new NotFoundException("assignment " + id));
	}

}
