package no.avtaleportal.people;


import jakarta.validation.Valid;
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

import no.avtaleportal.web.NotFoundException;
import no.avtaleportal.web.PersonPicker;
import no.avtaleportal.web.StaleEdit;
import no.avtaleportal.web.Flash;

/**
 * Administrators register roles in organisations and who holds which role when. A single-holder
 * role cannot have two holders on the same day; every form carries its version. The security
 * rule is {@link PeopleController#peopleAccess()}.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class RoleController {

	private final PersonRepository persons;

	private final OrgRoleRepository roles;

	private final RoleAssignmentRepository assignments;

	private final People people;

	private final PeopleLookups lookups;

	private final PersonResolver resolver;

	RoleController(PersonRepository persons, OrgRoleRepository roles, RoleAssignmentRepository assignments,
			People people, PeopleLookups lookups, PersonResolver resolver) {
		this.resolver = resolver;
		this.persons = persons;
		this.roles = roles;
		this.assignments = assignments;
		this.people = people;
		this.lookups = lookups;
	}

	@GetMapping("/roles/new")
	String newRole(Model model) {
		model.addAttribute("form", RoleForm.singleHolder());
		return roleForm(model, null);
	}

	@PostMapping("/roles/new")
	@Transactional
	String createRole(@Valid @ModelAttribute("form") RoleForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Organisation organisation = this.lookups.organisationOf(form.getOrganisationId(), result);
		if (result.hasErrors()) {
			return roleForm(model, null);
		}
		this.roles.save(form.create(organisation));
		redirect.addFlashAttribute(Flash.MESSAGE, "people.role.saved");
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
		Organisation organisation = this.lookups.organisationOf(form.getOrganisationId(), result);
		if (result.hasErrors()) {
			return roleForm(model, role);
		}
		form.applyTo(role, organisation);
		redirect.addFlashAttribute(Flash.MESSAGE, "people.role.saved");
		return "redirect:/people";
	}

	private String roleForm(Model model, OrgRole role) {
		model.addAttribute("role", role);
		model.addAttribute("organisationOptions", this.lookups.organisationOptions());
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
		Person person = checkAssignment(role, form, null, result, model);
		if (result.hasErrors()) {
			return assignmentForm(model, role, null);
		}
		this.assignments.save(form.create(role, person));
		redirect.addFlashAttribute(Flash.MESSAGE, "people.assignment.saved");
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
		Person person = checkAssignment(assignment.getRole(), form, assignment.getId(), result, model);
		if (result.hasErrors()) {
			return assignmentForm(model, assignment.getRole(), assignment);
		}
		form.applyTo(assignment, person);
		redirect.addFlashAttribute(Flash.MESSAGE, "people.assignment.saved");
		return "redirect:/people";
	}

	private Person checkAssignment(OrgRole role, AssignmentForm form, Long assignmentId, BindingResult result,
			Model model) {
		Long personId = new PersonPicker(this.resolver::resolve, form, result, model).one("person",
				form.getPerson());
		Person person = (personId != null) ? this.persons.findById(personId).orElse(null) : null;
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
		return "people/assignment-form";
	}

	private OrgRole role(long id) {
		return this.roles.findAllWithOrganisation(id)
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("role " + id));
	}

	private RoleAssignment assignment(long id) {
		return this.assignments.findWhole(id).orElseThrow(() -> new NotFoundException("assignment " + id));
	}

}
