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
import no.avtaleportal.web.StaleEdit;
import no.avtaleportal.web.Flash;

/**
 * Administrators register organisations and edit them; the organisation number and the short name
 * are each one organisation's. The security rule is {@link PeopleController#peopleAccess()}.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class OrganisationController {

	private final OrganisationRepository organisations;

	OrganisationController(OrganisationRepository organisations) {
		this.organisations = organisations;
	}

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
		this.organisations.save(form.create());
		redirect.addFlashAttribute(Flash.MESSAGE, "people.organisation.saved");
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
		form.applyTo(organisation);
		redirect.addFlashAttribute(Flash.MESSAGE, "people.organisation.saved");
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

	private Organisation organisation(long id) {
		return this.organisations.findById(id).orElseThrow(() -> new NotFoundException("organisation " + id));
	}

}
