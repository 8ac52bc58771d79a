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
import no.avtaleportal.web.NotFoundException;
import no.avtaleportal.web.StaleEdit;

/**
 * Administrators write an agreement's clauses, each with a number unique in the agreement.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ClauseController {

	private final AgreementParts parts;

	private final ClauseRepository clauses;

	ClauseController(AgreementParts parts, ClauseRepository clauses) {
		this.parts = parts;
		this.clauses = clauses;
	}

	@GetMapping("/agreements/{id}/clauses/new")
	String newClause(@PathVariable long id, Model model) {
		model.addAttribute("form", ClauseForm.empty());
		return clauseForm(model, this.parts.agreement(id), null);
	}

	@PostMapping("/agreements/{id}/clauses/new")
	@Transactional
	String createClause(@PathVariable long id, @Valid @ModelAttribute("form") ClauseForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Agreement agreement = this.parts.agreement(id);
		if (form.getNumber() != null && this.clauses.existsByAgreementIdAndNumber(id, form.getNumber().strip())) {
			result.rejectValue("number", "agreement.error.clauseNumberTaken");
		}
		if (result.hasErrors()) {
			return clauseForm(model, agreement, null);
		}
		Clause clause = this.clauses.save(form.create(agreement, this.clauses.lastPosition(id) + 1));
		redirect.addFlashAttribute(Flash.MESSAGE, "agreement.clause.saved");
		return "redirect:/agreements/" + id + "#clause-" + clause.getNumber();
	}

	@GetMapping("/agreements/{id}/clauses/{clauseId}/edit")
	String editClause(@PathVariable long id, @PathVariable long clauseId, Model model) {
		Clause clause = clause(id, clauseId);
		model.addAttribute("form", ClauseForm.from(clause));
		return clauseForm(model, clause.getAgreement(), clause);
	}

	@PostMapping("/agreements/{id}/clauses/{clauseId}/edit")
	@Transactional
	String updateClause(@PathVariable long id, @PathVariable long clauseId, @Valid @ModelAttribute("form") ClauseForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Clause clause = clause(id, clauseId);
		StaleEdit.check(clause.getVersion(), form, ClauseForm.from(clause), result, model);
		if (form.getNumber() != null
				&& this.clauses.existsByAgreementIdAndNumberAndIdNot(id, form.getNumber().strip(), clauseId)) {
			result.rejectValue("number", "agreement.error.clauseNumberTaken");
		}
		if (result.hasErrors()) {
			return clauseForm(model, clause.getAgreement(), clause);
		}
		form.applyTo(clause);
		this.clauses.save(clause);
		redirect.addFlashAttribute(Flash.MESSAGE, "agreement.clause.saved");
		return "redirect:/agreements/" + id + "#clause-" + clause.getNumber();
	}

	private Clause clause(long agreementId, long id) {
		return this.clauses.findInAgreement(agreementId, id).orElseThrow(() -> new NotFoundException("clause " + id));
	}

	private String clauseForm(Model model, Agreement agreement, Clause clause) {
		model.addAttribute("agreement", agreement);
		model.addAttribute("clause", clause);
		return "agreement/clause-form";
	}

}
