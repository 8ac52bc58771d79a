package no.avtaleportal.agreement;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

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

import no.avtaleportal.people.People;
import no.avtaleportal.web.Flash;
import no.avtaleportal.web.NotFoundException;
import no.avtaleportal.web.SelectOption;
import no.avtaleportal.web.StaleEdit;

/**
 * Administrators record who an agreement delegates what to: a role, for the whole agreement or a
 * focus area, within the agreement's term.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class DelegationController {

	private final AgreementParts parts;

	private final DelegationRepository delegations;

	private final People people;

	DelegationController(AgreementParts parts, DelegationRepository delegations, People people) {
		this.parts = parts;
		this.delegations = delegations;
		this.people = people;
	}

	@GetMapping("/agreements/{id}/delegations/new")
	String newDelegation(@PathVariable long id, Model model) {
		Agreement agreement = this.parts.agreement(id);
		model.addAttribute("form", DelegationForm.validFrom(agreement.getStartDate()));
		return delegationForm(model, agreement, null);
	}

	@PostMapping("/agreements/{id}/delegations/new")
	@Transactional
	String createDelegation(@PathVariable long id, @Valid @ModelAttribute("form") DelegationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Agreement agreement = this.parts.agreement(id);
		Delegation delegation = new Delegation(agreement, this.delegations.lastPosition(id) + 1);
		return saveDelegation(agreement, delegation, form, result, model, redirect);
	}

	@GetMapping("/agreements/{id}/delegations/{delegationId}/edit")
	String editDelegation(@PathVariable long id, @PathVariable long delegationId, Model model) {
		Delegation delegation = delegation(id, delegationId);
		model.addAttribute("form", DelegationForm.from(delegation));
		// the whole agreement: the form states its term, which counts the extensions
		return delegationForm(model, this.parts.agreement(id), delegation);
	}

	@PostMapping("/agreements/{id}/delegations/{delegationId}/edit")
	@Transactional
	String updateDelegation(@PathVariable long id, @PathVariable long delegationId,
			@Valid @ModelAttribute("form") DelegationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Delegation delegation = delegation(id, delegationId);
		StaleEdit.check(delegation.getVersion(), form, DelegationForm.from(delegation), result, model);
		return saveDelegation(this.parts.agreement(id), delegation, form, result, model, redirect);
	}

	private String saveDelegation(Agreement agreement, Delegation delegation, DelegationForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		long id = agreement.getId();
		FocusArea area = null;
		if (form.getScope() == DelegationScope.FOCUS_AREA) {
			area = this.parts.focusAreaOf(id, form.getFocusAreaId(), result);
		}
		else if (form.getFocusAreaId() != null) {
			result.rejectValue("focusAreaId", "agreement.error.focusAreaOnlyForScope");
		}
		Clause clause = this.parts.clauseOf(id, form.getClauseId(), "clauseId", result);
		if (form.getRoleId() != null && this.people.roles(List.of(form.getRoleId())).isEmpty()) {
			result.rejectValue("roleId", "agreement.error.unknown");
		}
		if (form.getDelegatedFromRoleId() != null && Objects.equals(form.getDelegatedFromRoleId(), form.getRoleId())) {
			result.rejectValue("delegatedFromRoleId", "agreement.error.delegateToItself");
		}
		if (form.getValidFrom() != null && form.getValidTo() != null && form.getValidTo().isBefore(form.getValidFrom())) {
			result.rejectValue("validTo", "agreement.error.endBeforeStart");
		}
		else if (form.getValidFrom() != null && !Delegation.liesWithinTerm(agreement, form.getValidFrom(), form.getValidTo())) {
			result.rejectValue(
					(form.getValidFrom().isBefore(agreement.getStartDate()) || form.getValidFrom().isAfter(agreement.getEndDate()))
							? "validFrom" : "validTo",
					"agreement.error.outsideTerm");
		}
		if (result.hasErrors()) {
			return delegationForm(model, agreement, delegation.getId() != null ? delegation : null);
		}
		form.applyTo(delegation, area, clause);
		this.delegations.save(delegation);
		redirect.addFlashAttribute(Flash.MESSAGE, "agreement.delegation.saved");
		return "redirect:/agreements/" + id + "/responsibilities";
	}

	private Delegation delegation(long agreementId, long id) {
		return this.delegations.findInAgreement(agreementId, id)
			.orElseThrow(() -> new NotFoundException("delegation " + id));
	}

	private String delegationForm(Model model, Agreement agreement, Delegation delegation) {
		model.addAttribute("agreement", agreement);
		model.addAttribute("delegation", delegation);
		model.addAttribute("scopes", Arrays.stream(DelegationScope.values()).map(SelectOption::of).toList());
		model.addAttribute("focusAreas", this.parts.focusAreaOptions(agreement.getId()));
		model.addAttribute("clauses", this.parts.clauseOptions(agreement.getId()));
		model.addAttribute("roles",
				this.people.roles().stream().map(role -> SelectOption.of(role.id(), role.label())).toList());
		return "agreement/delegation-form";
	}

}
