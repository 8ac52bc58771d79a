package no.avtaleportal.agreement;

import java.util.Arrays;

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
 * Administrators create and edit agreements, with their parties, and extend them. What hangs on an
 * agreement has its own controller ({@link ClauseController}, {@link FocusAreaController},
 * {@link CommitmentController}, {@link DelegationController}). Every form carries the version it
 * was opened at; a save over someone else's change shows the form again ({@code web.StaleEdit}).
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AgreementEditController {

	private final AgreementRepository agreements;

	private final AgreementPartyRepository parties;

	private final AgreementExtensionRepository extensions;

	private final People people;

	AgreementEditController(AgreementRepository agreements, AgreementPartyRepository parties,
			AgreementExtensionRepository extensions, People people) {
		this.agreements = agreements;
		this.parties = parties;
		this.extensions = extensions;
		this.people = people;
	}

	// ---- the agreement

	@GetMapping("/agreements/new")
	String newAgreement(Model model) {
		return agreementForm(model.addAttribute("form", AgreementForm.empty()), null);
	}

	@PostMapping("/agreements/new")
	@Transactional
	String createAgreement(@Valid @ModelAttribute("form") AgreementForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		checkAgreement(form, null, result);
		if (form.getFirstPartyId() == null) {
			result.rejectValue("firstPartyId", "agreement.error.partyRequired");
		}
		if (form.getSecondPartyId() == null) {
			result.rejectValue("secondPartyId", "agreement.error.partyRequired");
		}
		else if (form.getSecondPartyId().equals(form.getFirstPartyId())) {
			result.rejectValue("secondPartyId", "agreement.error.samePartyTwice");
		}
		if (result.hasErrors()) {
			return agreementForm(model, null);
		}
		Agreement agreement = new Agreement(null, form.getTitle(), form.getKind(), form.getStartDate(), form.getTermMonths());
		form.applyTo(agreement, predecessor(form));
		this.agreements.save(agreement);
		savePartyOf(agreement, form.getFirstPartyId(), form.getFirstSignatory(), 1);
		savePartyOf(agreement, form.getSecondPartyId(), form.getSecondSignatory(), 2);
		redirect.addFlashAttribute(Flash.MESSAGE, "agreement.saved");
		return "redirect:/agreements/" + agreement.getId();
	}

	@GetMapping("/agreements/{id}/edit")
	String editAgreement(@PathVariable long id, Model model) {
		Agreement agreement = agreement(id);
		return agreementForm(model.addAttribute("form", AgreementForm.from(agreement)), agreement);
	}

	@PostMapping("/agreements/{id}/edit")
	@Transactional
	String updateAgreement(@PathVariable long id, @Valid @ModelAttribute("form") AgreementForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Agreement agreement = agreement(id);
		StaleEdit.check(agreement.getVersion(), form, AgreementForm.from(agreement), result, model);
		checkAgreement(form, agreement, result);
		if (result.hasErrors()) {
			return agreementForm(model, agreement);
		}
		form.applyTo(agreement, predecessor(form));
		this.agreements.save(agreement);
		redirect.addFlashAttribute(Flash.MESSAGE, "agreement.saved");
		return "redirect:/agreements/" + id;
	}

	private void checkAgreement(AgreementForm form, Agreement agreement, BindingResult result) {
		if (form.getEvaluationFrom() != null && form.getEvaluationTo() != null
				&& form.getEvaluationTo().isBefore(form.getEvaluationFrom())) {
			result.rejectValue("evaluationTo", "agreement.error.endBeforeStart");
		}
		if ((form.getEvaluationFrom() == null) != (form.getEvaluationTo() == null)) {
			result.rejectValue((form.getEvaluationFrom() == null) ? "evaluationFrom" : "evaluationTo",
					"agreement.error.evaluationBothDates");
		}
		if (form.getPredecessorId() != null) {
			if (agreement != null && form.getPredecessorId().equals(agreement.getId())) {
				result.rejectValue("predecessorId", "agreement.error.ownPredecessor");
			}
			else if (this.agreements.findById(form.getPredecessorId()).isEmpty()) {
				result.rejectValue("predecessorId", "agreement.error.unknown");
			}
			else if (this.agreements.findSuccessor(form.getPredecessorId())
				.filter(successor -> agreement == null || !successor.getId().equals(agreement.getId()))
				.isPresent()) {
				result.rejectValue("predecessorId", "agreement.error.predecessorTaken");
			}
		}
	}

	private Agreement predecessor(AgreementForm form) {
		return (form.getPredecessorId() != null) ? this.agreements.findById(form.getPredecessorId()).orElseThrow() : null;
	}

	private void savePartyOf(Agreement agreement, long organisationId, String signatory, int position) {
		AgreementParty party = new AgreementParty(agreement, organisationId, position);
		party.describe(null, signatory, null);
		this.parties.save(party);
	}

	private String agreementForm(Model model, Agreement agreement) {
		model.addAttribute("agreement", agreement);
		model.addAttribute("kinds", Arrays.stream(AgreementKind.values()).map(SelectOption::of).toList());
		model.addAttribute("organisations", this.people.organisations()
			.stream()
			.map(organisation -> SelectOption.of(organisation.id(),
					organisation.name() + " (" + organisation.shortName() + ")"))
			.toList());
		model.addAttribute("otherAgreements", this.agreements.findAllByOrderByTitleAsc()
			.stream()
			.filter(other -> agreement == null || !other.getId().equals(agreement.getId()))
			.map(other -> SelectOption.of(other.getId(), other.getTitle()))
			.toList());
		return "agreement/form";
	}

	// ---- extensions

	@GetMapping("/agreements/{id}/extensions/new")
	String newExtension(@PathVariable long id, Model model) {
		model.addAttribute("form", new ExtensionForm());
		model.addAttribute("agreement", agreement(id));
		return "agreement/extension-form";
	}

	@PostMapping("/agreements/{id}/extensions/new")
	@Transactional
	String createExtension(@PathVariable long id, @Valid @ModelAttribute("form") ExtensionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Agreement agreement = agreement(id);
		if (!result.hasErrors()) {
			try {
				this.extensions.save(form.applyTo(agreement));
			}
			catch (ExtensionNotAllowedException ex) {
				result.reject(ExtensionNotAllowedException.MESSAGE_KEY);
			}
		}
		if (result.hasErrors()) {
			model.addAttribute("agreement", agreement);
			return "agreement/extension-form";
		}
		redirect.addFlashAttribute(Flash.MESSAGE, "agreement.extension.saved");
		return "redirect:/agreements/" + id;
	}

	// ---- look-ups

	private Agreement agreement(long id) {
		return this.agreements.findWhole(id).orElseThrow(() -> new NotFoundException("agreement " + id));
	}

}
