package no.avtaleportal.agreement;

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

import no.avtaleportal.web.Flash;
import no.avtaleportal.web.StaleEdit;

/**
 * Administrators define an agreement's focus areas, each with a code unique in the agreement and
 * the clause it rests on.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class FocusAreaController {

	private final AgreementParts parts;

	private final FocusAreaRepository focusAreas;

	FocusAreaController(AgreementParts parts, FocusAreaRepository focusAreas) {
		this.parts = parts;
		this.focusAreas = focusAreas;
	}

	@GetMapping("/agreements/{id}/focus-areas/new")
	String newFocusArea(@PathVariable long id, Model model) {
		model.addAttribute("form", new FocusAreaForm());
		return focusAreaForm(model, this.parts.agreement(id), null);
	}

	@PostMapping("/agreements/{id}/focus-areas/new")
	@Transactional
	String createFocusArea(@PathVariable long id, @Valid @ModelAttribute("form") FocusAreaForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Agreement agreement = this.parts.agreement(id);
		if (form.getCode() != null && this.focusAreas.existsByAgreementIdAndCode(id, form.getCode().strip())) {
			result.rejectValue("code", "agreement.error.focusAreaCodeTaken");
		}
		Clause clause = this.parts.clauseOf(id, form.getClauseId(), "clauseId", result);
		if (result.hasErrors()) {
			return focusAreaForm(model, agreement, null);
		}
		FocusArea area = this.focusAreas.save(form.create(agreement, clause));
		redirect.addFlashAttribute(Flash.MESSAGE, "agreement.focusArea.saved");
		return "redirect:/agreements/" + id + "/focus-areas/" + area.getCode();
	}

	@GetMapping("/agreements/{id}/focus-areas/{code}/edit")
	String editFocusArea(@PathVariable long id, @PathVariable String code, Model model) {
		FocusArea area = this.parts.focusArea(id, code);
		model.addAttribute("form", FocusAreaForm.from(area));
		return focusAreaForm(model, area.getAgreement(), area);
	}

	@PostMapping("/agreements/{id}/focus-areas/{code}/edit")
	@Transactional
	String updateFocusArea(@PathVariable long id, @PathVariable String code,
			@Valid @ModelAttribute("form") FocusAreaForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		FocusArea area = this.parts.focusArea(id, code);
		StaleEdit.check(area.getVersion(), form, FocusAreaForm.from(area), result, model);
		if (form.getCode() != null
				&& this.focusAreas.existsByAgreementIdAndCodeAndIdNot(id, form.getCode().strip(), area.getId())) {
			result.rejectValue("code", "agreement.error.focusAreaCodeTaken");
		}
		Clause clause = this.parts.clauseOf(id, form.getClauseId(), "clauseId", result);
		if (result.hasErrors()) {
			return focusAreaForm(model, area.getAgreement(), area);
		}
		form.applyTo(area, clause);
		this.focusAreas.save(area);
		redirect.addFlashAttribute(Flash.MESSAGE, "agreement.focusArea.saved");
		return "redirect:/agreements/" + id + "/focus-areas/" + area.getCode();
	}

	private String focusAreaForm(Model model, Agreement agreement, FocusArea area) {
		model.addAttribute("agreement", agreement);
		model.addAttribute("area", area);
		model.addAttribute("clauses", this.parts.clauseOptions(agreement.getId()));
		return "agreement/focus-area-form";
	}

}
