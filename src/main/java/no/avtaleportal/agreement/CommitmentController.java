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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.avtaleportal.web.Flash;
import no.avtaleportal.web.NotFoundException;
import no.avtaleportal.web.SelectOption;
import no.avtaleportal.web.StaleEdit;

/**
 * Administrators word an agreement's commitments: what the parties intend under a focus area, on
 * which clause, led by one of the parties or jointly.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class CommitmentController {

	private final AgreementParts parts;

	private final CommitmentRepository commitments;

	CommitmentController(AgreementParts parts, CommitmentRepository commitments) {
		this.parts = parts;
		this.commitments = commitments;
	}

	@GetMapping("/agreements/{id}/commitments/new")
	String newCommitment(@PathVariable long id, @RequestParam(name = "area", required = false) String code, Model model) {
		Agreement agreement = this.parts.agreement(id);
		model.addAttribute("form", CommitmentForm.under((code != null) ? this.parts.focusArea(id, code) : null));
		return commitmentForm(model, agreement, null);
	}

	@PostMapping("/agreements/{id}/commitments/new")
	@Transactional
	String createCommitment(@PathVariable long id, @Valid @ModelAttribute("form") CommitmentForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Agreement agreement = this.parts.agreement(id);
		FocusArea area = this.parts.focusAreaOf(id, form.getFocusAreaId(), result);
		Clause clause = this.parts.clauseOf(id, form.getClauseId(), "clauseId", result);
		checkLead(id, form, result);
		if (result.hasErrors()) {
			return commitmentForm(model, agreement, null);
		}
		this.commitments.save(form.create(area, clause, this.commitments.lastPosition(area.getId()) + 1));
		redirect.addFlashAttribute(Flash.MESSAGE, "agreement.commitment.saved");
		return "redirect:/agreements/" + id + "/focus-areas/" + area.getCode();
	}

	@GetMapping("/agreements/{id}/commitments/{commitmentId}/edit")
	String editCommitment(@PathVariable long id, @PathVariable long commitmentId, Model model) {
		Commitment commitment = commitment(id, commitmentId);
		model.addAttribute("form", CommitmentForm.from(commitment));
		return commitmentForm(model, commitment.getFocusArea().getAgreement(), commitment);
	}

	@PostMapping("/agreements/{id}/commitments/{commitmentId}/edit")
	@Transactional
	String updateCommitment(@PathVariable long id, @PathVariable long commitmentId,
			@Valid @ModelAttribute("form") CommitmentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Commitment commitment = commitment(id, commitmentId);
		StaleEdit.check(commitment.getVersion(), form, CommitmentForm.from(commitment), result, model);
		FocusArea area = this.parts.focusAreaOf(id, form.getFocusAreaId(), result);
		Clause clause = this.parts.clauseOf(id, form.getClauseId(), "clauseId", result);
		checkLead(id, form, result);
		if (result.hasErrors()) {
			return commitmentForm(model, commitment.getFocusArea().getAgreement(), commitment);
		}
		form.applyTo(commitment, area, clause);
		this.commitments.save(commitment);
		redirect.addFlashAttribute(Flash.MESSAGE, "agreement.commitment.saved");
		return "redirect:/agreements/" + id + "/focus-areas/" + area.getCode();
	}

	private void checkLead(long agreementId, CommitmentForm form, BindingResult result) {
		if (form.getLeadOrganisationId() != null && this.parts.partyOrganisations(agreementId)
			.stream()
			.noneMatch(organisation -> form.getLeadOrganisationId().equals(organisation.id()))) {
			result.rejectValue("leadOrganisationId", "agreement.error.leadNotParty");
		}
	}

	private Commitment commitment(long agreementId, long id) {
		return this.commitments.findInAgreement(agreementId, id)
			.orElseThrow(() -> new NotFoundException("commitment " + id));
	}

	private String commitmentForm(Model model, Agreement agreement, Commitment commitment) {
		model.addAttribute("agreement", agreement);
		model.addAttribute("commitment", commitment);
		model.addAttribute("focusAreas", this.parts.focusAreaOptions(agreement.getId()));
		model.addAttribute("clauses", this.parts.clauseOptions(agreement.getId()));
		model.addAttribute("parties", this.parts.partyOrganisations(agreement.getId())
			.stream()
			.map(organisation -> SelectOption.of(organisation.id(), organisation.shortName()))
			.toList());
		return "agreement/commitment-form";
	}

}
