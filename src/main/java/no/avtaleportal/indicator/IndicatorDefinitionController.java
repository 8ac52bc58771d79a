package no.avtaleportal.indicator;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.agreement.Agreements.FocusAreaView;
import no.avtaleportal.people.People;
import no.avtaleportal.web.Flash;
import no.avtaleportal.web.SelectOption;
import no.avtaleportal.web.StaleEdit;

/**
 * Defining an indicator and changing its definition: name, unit, direction, baseline, target,
 * the responsible party, source and frequency. Who may is the security rule of
 * {@link IndicatorController#indicatorAccess()}; an indicator the user does not see is a 404.
 */
@Controller
class IndicatorDefinitionController {

	private final IndicatorRepository indicators;

	private final IndicatorPages pages;

	private final Agreements agreements;

	private final People people;

	IndicatorDefinitionController(IndicatorRepository indicators, IndicatorPages pages, Agreements agreements,
			People people) {
		this.indicators = indicators;
		this.pages = pages;
		this.agreements = agreements;
		this.people = people;
	}

	@GetMapping("/indicators/new")
	String create(@RequestParam(name = "commitment", required = false) Long commitmentId,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("form", IndicatorForm.newFor(commitmentId, this.pages.today()));
		return form(model, user, null);
	}

	@PostMapping("/indicators/new")
	@Transactional
	String create(@Valid @ModelAttribute("form") IndicatorForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		if (form.getCommitmentId() == null) {
			result.rejectValue("commitmentId", "NotNull");
		}
		Indicator indicator = (form.getCommitmentId() != null) ? new Indicator(form.getCommitmentId()) : null;
		if (!save(indicator, form, result, user)) {
			return form(model, user, null);
		}
		redirect.addFlashAttribute(Flash.MESSAGE, "indicator.saved");
		return "redirect:/indicators/" + indicator.getId();
	}

	@GetMapping("/indicators/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		Indicator indicator = this.pages.visible(id, user, model);
		model.addAttribute("form", IndicatorForm.from(indicator));
		return form(model, user, indicator);
	}

	@PostMapping("/indicators/{id}/edit")
	@Transactional
	String update(@PathVariable long id, @Valid @ModelAttribute("form") IndicatorForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		Indicator indicator = this.pages.visible(id, user, model);
		form.setCommitmentId(indicator.getCommitmentId());
		StaleEdit.check(indicator.getVersion(), form, IndicatorForm.from(indicator), result, model);
		if (!save(indicator, form, result, user)) {
			return form(model, user, indicator);
		}
		redirect.addFlashAttribute(Flash.MESSAGE, "indicator.saved");
		return "redirect:/indicators/" + id;
	}

	/** Checks the form against the indicator's rules and saves it; {@code false} when the form has errors. */
	private boolean save(Indicator indicator, IndicatorForm form, BindingResult result, SignedInUser user) {
		Optional<FocusAreaView> area = IndicatorPages.areaOf(this.agreements.focusAreasVisibleTo(user),
				form.getCommitmentId());
		if (form.getCommitmentId() != null && area.isEmpty()) {
			result.rejectValue("commitmentId", "indicator.error.unknown");
		}
		if (form.getResponsibleOrganisationId() != null && area.isPresent()
				&& !this.pages.parties(area.get().agreementId()).containsKey(form.getResponsibleOrganisationId())) {
			result.rejectValue("responsibleOrganisationId", "indicator.error.unknown");
		}
		if (result.hasErrors()) {
			return false;
		}
		try {
			form.applyTo(indicator);
		}
		catch (IndicatorRuleException ex) {
			result.rejectValue(ex.getField(), ex.getMessageKey());
			return false;
		}
		this.indicators.save(indicator);
		return true;
	}

	private String form(Model model, SignedInUser user, Indicator indicator) {
		List<FocusAreaView> areas = this.agreements.focusAreasVisibleTo(user);
		model.addAttribute("indicator", indicator);
		model.addAttribute("commitmentOptions", areas.stream()
			.flatMap(area -> area.commitments().stream().map(c -> SelectOption.of(c.id(), area.agreementTitle() + " – " + c.label())))
			.toList());
		model.addAttribute("partyOptions", this.people.organisations()
			.stream()
			.map(organisation -> SelectOption.of(organisation.id(), organisation.shortName()))
			.toList());
		model.addAttribute("units", Arrays.stream(Unit.values()).map(SelectOption::of).toList());
		model.addAttribute("directions", Arrays.stream(Direction.values()).map(SelectOption::of).toList());
		model.addAttribute("frequencies", Arrays.stream(Frequency.values()).map(SelectOption::of).toList());
		return "indicator/form";
	}

}
