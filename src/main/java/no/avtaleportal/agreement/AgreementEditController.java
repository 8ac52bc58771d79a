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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.avtaleportal.people.People.OrganisationView;
import no.avtaleportal.people.People;
import no.avtaleportal.web.SelectOption;
import no.avtaleportal.web.NotFoundException;
import no.avtaleportal.web.StaleEdit;
import no.avtaleportal.web.Flash;

/**
 * Administrators create and edit agreements and what hangs on them: clauses, focus areas,
 * commitments, delegations and extensions. Every form carries the version it was opened at; a
 * save over someone else's change is refused with the conflict page.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AgreementEditController {

	static final String FLASH = Flash.MESSAGE;

	private final AgreementRepository agreements;

	private final AgreementPartyRepository parties;

	private final ClauseRepository clauses;

	private final FocusAreaRepository focusAreas;

	private final CommitmentRepository commitments;

	private final DelegationRepository delegations;

	private final AgreementExtensionRepository extensions;

	private final People people;

	AgreementEditController(AgreementRepository agreements, AgreementPartyRepository parties, ClauseRepository clauses,
			FocusAreaRepository focusAreas, CommitmentRepository commitments, DelegationRepository delegations,
			AgreementExtensionRepository extensions, People people) {
		this.agreements = agreements;
		this.parties = parties;
		this.clauses = clauses;
		this.focusAreas = focusAreas;
		this.commitments = commitments;
		this.delegations = delegations;
		this.extensions = extensions;
		this.people = people;
	}

	// ---- the agreement

	@GetMapping("/agreements/new")
	String newAgreement(Model model) {
		AgreementForm form = new AgreementForm();
		form.setKind(AgreementKind.COLLABORATION_AGREEMENT);
		form.setTermMonths(24);
		return agreementForm(model.addAttribute("form", form), null);
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
		redirect.addFlashAttribute(FLASH, "agreement.saved");
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
		redirect.addFlashAttribute(FLASH, "agreement.saved");
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
		if (!agreement.isExtensionAllowed()) {
			result.reject("agreement.error.extensionNotAllowed");
		}
		if (result.hasErrors()) {
			model.addAttribute("agreement", agreement);
			return "agreement/extension-form";
		}
		this.extensions.save(new AgreementExtension(agreement, form.getMonths(), form.getDecidedOn(), form.getNote()));
		redirect.addFlashAttribute(FLASH, "agreement.extension.saved");
		return "redirect:/agreements/" + id;
	}

	// ---- clauses

	@GetMapping("/agreements/{id}/clauses/new")
	String newClause(@PathVariable long id, Model model) {
		model.addAttribute("form", ClauseForm.empty());
		return clauseForm(model, agreement(id), null);
	}

	@PostMapping("/agreements/{id}/clauses/new")
	@Transactional
	String createClause(@PathVariable long id, @Valid @ModelAttribute("form") ClauseForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Agreement agreement = agreement(id);
		if (form.getNumber() != null && this.clauses.existsByAgreementIdAndNumber(id, form.getNumber().strip())) {
			result.rejectValue("number", "agreement.error.clauseNumberTaken");
		}
		if (result.hasErrors()) {
			return clauseForm(model, agreement, null);
		}
		Clause clause = new Clause(agreement, form.getNumber(), form.getHeading(), form.getBody(), form.getLevel(),
				this.clauses.lastPosition(id) + 1);
		this.clauses.save(clause);
		redirect.addFlashAttribute(FLASH, "agreement.clause.saved");
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
		clause.rewrite(form.getNumber(), form.getHeading(), form.getBody(), form.getLevel());
		this.clauses.save(clause);
		redirect.addFlashAttribute(FLASH, "agreement.clause.saved");
		return "redirect:/agreements/" + id + "#clause-" + clause.getNumber();
	}

	private String clauseForm(Model model, Agreement agreement, Clause clause) {
		model.addAttribute("agreement", agreement);
		model.addAttribute("clause", clause);
		return "agreement/clause-form";
	}

	// ---- focus areas

	@GetMapping("/agreements/{id}/focus-areas/new")
	String newFocusArea(@PathVariable long id, Model model) {
		model.addAttribute("form", new FocusAreaForm());
		return focusAreaForm(model, agreement(id), null);
	}

	@PostMapping("/agreements/{id}/focus-areas/new")
	@Transactional
	String createFocusArea(@PathVariable long id, @Valid @ModelAttribute("form") FocusAreaForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Agreement agreement = agreement(id);
		if (form.getCode() != null && this.focusAreas.existsByAgreementIdAndCode(id, form.getCode().strip())) {
			result.rejectValue("code", "agreement.error.focusAreaCodeTaken");
		}
		Clause clause = clauseOf(id, form.getClauseId(), "clauseId", result);
		if (result.hasErrors()) {
			return focusAreaForm(model, agreement, null);
		}
		FocusArea area = this.focusAreas
			.save(new FocusArea(agreement, form.getCode(), form.getTitle(), form.getDescription(), clause));
		redirect.addFlashAttribute(FLASH, "agreement.focusArea.saved");
		return "redirect:/agreements/" + id + "/focus-areas/" + area.getCode();
	}

	@GetMapping("/agreements/{id}/focus-areas/{code}/edit")
	String editFocusArea(@PathVariable long id, @PathVariable String code, Model model) {
		FocusArea area = focusArea(id, code);
		model.addAttribute("form", FocusAreaForm.from(area));
		return focusAreaForm(model, area.getAgreement(), area);
	}

	@PostMapping("/agreements/{id}/focus-areas/{code}/edit")
	@Transactional
	String updateFocusArea(@PathVariable long id, @PathVariable String code,
			@Valid @ModelAttribute("form") FocusAreaForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		FocusArea area = focusArea(id, code);
		StaleEdit.check(area.getVersion(), form, FocusAreaForm.from(area), result, model);
		if (form.getCode() != null
				&& this.focusAreas.existsByAgreementIdAndCodeAndIdNot(id, form.getCode().strip(), area.getId())) {
			result.rejectValue("code", "agreement.error.focusAreaCodeTaken");
		}
		Clause clause = clauseOf(id, form.getClauseId(), "clauseId", result);
		if (result.hasErrors()) {
			return focusAreaForm(model, area.getAgreement(), area);
		}
		area.update(form.getCode(), form.getTitle(), form.getDescription(), clause);
		this.focusAreas.save(area);
		redirect.addFlashAttribute(FLASH, "agreement.focusArea.saved");
		return "redirect:/agreements/" + id + "/focus-areas/" + area.getCode();
	}

	private String focusAreaForm(Model model, Agreement agreement, FocusArea area) {
		model.addAttribute("agreement", agreement);
		model.addAttribute("area", area);
		model.addAttribute("clauses", clauseOptions(agreement.getId()));
		return "agreement/focus-area-form";
	}

	// ---- commitments

	@GetMapping("/agreements/{id}/commitments/new")
	String newCommitment(@PathVariable long id, @RequestParam(name = "area", required = false) String code, Model model) {
		Agreement agreement = agreement(id);
		CommitmentForm form = new CommitmentForm();
		if (code != null) {
			FocusArea area = focusArea(id, code);
			form.setFocusAreaId(area.getId());
			form.setClauseId(area.getClause().getId());
		}
		model.addAttribute("form", form);
		return commitmentForm(model, agreement, null);
	}

	@PostMapping("/agreements/{id}/commitments/new")
	@Transactional
	String createCommitment(@PathVariable long id, @Valid @ModelAttribute("form") CommitmentForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Agreement agreement = agreement(id);
		FocusArea area = focusAreaOf(id, form.getFocusAreaId(), result);
		Clause clause = clauseOf(id, form.getClauseId(), "clauseId", result);
		checkLead(id, form, result);
		if (result.hasErrors()) {
			return commitmentForm(model, agreement, null);
		}
		this.commitments.save(new Commitment(area, clause, form.getText(), form.getLeadOrganisationId(),
				form.getResponsibilityNote(), this.commitments.lastPosition(area.getId()) + 1));
		redirect.addFlashAttribute(FLASH, "agreement.commitment.saved");
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
		FocusArea area = focusAreaOf(id, form.getFocusAreaId(), result);
		Clause clause = clauseOf(id, form.getClauseId(), "clauseId", result);
		checkLead(id, form, result);
		if (result.hasErrors()) {
			return commitmentForm(model, commitment.getFocusArea().getAgreement(), commitment);
		}
		commitment.reword(form.getText(), clause, form.getLeadOrganisationId(), form.getResponsibilityNote());
		commitment.moveTo(area);
		this.commitments.save(commitment);
		redirect.addFlashAttribute(FLASH, "agreement.commitment.saved");
		return "redirect:/agreements/" + id + "/focus-areas/" + area.getCode();
	}

	private void checkLead(long agreementId, CommitmentForm form, BindingResult result) {
		if (form.getLeadOrganisationId() != null && partyOrganisations(agreementId).stream()
			.noneMatch(organisation -> form.getLeadOrganisationId().equals(organisation.id()))) {
			result.rejectValue("leadOrganisationId", "agreement.error.leadNotParty");
		}
	}

	private String commitmentForm(Model model, Agreement agreement, Commitment commitment) {
		model.addAttribute("agreement", agreement);
		model.addAttribute("commitment", commitment);
		model.addAttribute("focusAreas", focusAreaOptions(agreement.getId()));
		model.addAttribute("clauses", clauseOptions(agreement.getId()));
		model.addAttribute("parties", partyOrganisations(agreement.getId()).stream()
			.map(organisation -> SelectOption.of(organisation.id(), organisation.shortName()))
			.toList());
		return "agreement/commitment-form";
	}

	private List<OrganisationView> partyOrganisations(long agreementId) {
		List<AgreementParty> partyList = this.parties.findOfAgreements(List.of(agreementId));
		var organisations = this.people.organisations(partyList.stream().map(AgreementParty::getOrganisationId).toList());
		return partyList.stream().map(party -> organisations.get(party.getOrganisationId())).toList();
	}

	// ---- delegations

	@GetMapping("/agreements/{id}/delegations/new")
	String newDelegation(@PathVariable long id, Model model) {
		Agreement agreement = agreement(id);
		DelegationForm form = new DelegationForm();
		form.setValidFrom(agreement.getStartDate());
		model.addAttribute("form", form);
		return delegationForm(model, agreement, null);
	}

	@PostMapping("/agreements/{id}/delegations/new")
	@Transactional
	String createDelegation(@PathVariable long id, @Valid @ModelAttribute("form") DelegationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Agreement agreement = agreement(id);
		Delegation delegation = new Delegation(agreement, this.delegations.lastPosition(id) + 1);
		return saveDelegation(agreement, delegation, form, result, model, redirect);
	}

	@GetMapping("/agreements/{id}/delegations/{delegationId}/edit")
	String editDelegation(@PathVariable long id, @PathVariable long delegationId, Model model) {
		Delegation delegation = delegation(id, delegationId);
		model.addAttribute("form", DelegationForm.from(delegation));
		// the whole agreement: the form states its term, which counts the extensions
		return delegationForm(model, agreement(id), delegation);
	}

	@PostMapping("/agreements/{id}/delegations/{delegationId}/edit")
	@Transactional
	String updateDelegation(@PathVariable long id, @PathVariable long delegationId,
			@Valid @ModelAttribute("form") DelegationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Delegation delegation = delegation(id, delegationId);
		StaleEdit.check(delegation.getVersion(), form, DelegationForm.from(delegation), result, model);
		return saveDelegation(agreement(id), delegation, form, result, model, redirect);
	}

	private String saveDelegation(Agreement agreement, Delegation delegation, DelegationForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		long id = agreement.getId();
		FocusArea area = null;
		if (form.getScope() == DelegationScope.FOCUS_AREA) {
			area = focusAreaOf(id, form.getFocusAreaId(), result);
		}
		else if (form.getFocusAreaId() != null) {
			result.rejectValue("focusAreaId", "agreement.error.focusAreaOnlyForScope");
		}
		Clause clause = clauseOf(id, form.getClauseId(), "clauseId", result);
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
		delegation.delegate(form.getScope(), area, form.getRoleId(), form.getDelegatedFromRoleId(), form.getValidFrom(),
				form.getValidTo(), clause, form.getNote());
		this.delegations.save(delegation);
		redirect.addFlashAttribute(FLASH, "agreement.delegation.saved");
		return "redirect:/agreements/" + id + "/responsibilities";
	}

	private String delegationForm(Model model, Agreement agreement, Delegation delegation) {
		model.addAttribute("agreement", agreement);
		model.addAttribute("delegation", delegation);
		model.addAttribute("scopes", Arrays.stream(DelegationScope.values()).map(SelectOption::of).toList());
		model.addAttribute("focusAreas", focusAreaOptions(agreement.getId()));
		model.addAttribute("clauses", clauseOptions(agreement.getId()));
		model.addAttribute("roles",
				this.people.roles().stream().map(role -> SelectOption.of(role.id(), role.label())).toList());
		return "agreement/delegation-form";
	}

	private List<SelectOption> clauseOptions(long agreementId) {
		return this.clauses.findOfAgreement(agreementId)
			.stream()
			.map(clause -> SelectOption.of(clause.getId(), clause.getNumber() + ". " + clause.getHeading()))
			.toList();
	}

	private List<SelectOption> focusAreaOptions(long agreementId) {
		return this.focusAreas.findOfAgreement(agreementId)
			.stream()
			.map(area -> SelectOption.of(area.getId(), area.getCode() + ": " + area.getTitle()))
			.toList();
	}

	// ---- look-ups

	private Agreement agreement(long id) {
		return this.agreements.findWhole(id).orElseThrow(() -> new NotFoundException("agreement " + id));
	}

	private Clause clause(long agreementId, long id) {
		return this.clauses.findInAgreement(agreementId, id).orElseThrow(() -> new NotFoundException("clause " + id));
	}

	private FocusArea focusArea(long agreementId, String code) {
		return this.focusAreas.findByCode(agreementId, code).orElseThrow(() -> new NotFoundException("focus area " + code));
	}

	private Commitment commitment(long agreementId, long id) {
		return this.commitments.findInAgreement(agreementId, id)
			.orElseThrow(() -> new NotFoundException("commitment " + id));
	}

	private Delegation delegation(long agreementId, long id) {
		return this.delegations.findInAgreement(agreementId, id)
			.orElseThrow(() -> new NotFoundException("delegation " + id));
	}

	/** The clause of this agreement the form names, or a rejected field. */
	private Clause clauseOf(long agreementId, Long clauseId, String field, BindingResult result) {
		if (clauseId == null) {
			return null;
		}
		return this.clauses.findInAgreement(agreementId, clauseId).orElseGet(() -> {
			result.rejectValue(field, "agreement.error.unknown");
			return null;
		});
	}

	private FocusArea focusAreaOf(long agreementId, Long focusAreaId, BindingResult result) {
		FocusArea area = (focusAreaId == null) ? null
				: this.focusAreas.findOfAgreement(agreementId)
					.stream()
					.filter(candidate -> candidate.getId().equals(focusAreaId))
					.findFirst()
					.orElse(null);
		if (area == null && !result.hasFieldErrors("focusAreaId")) {
			result.rejectValue("focusAreaId", (focusAreaId == null) ? "NotNull" : "agreement.error.unknown");
		}
		return area;
	}

}
