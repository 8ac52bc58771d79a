package no.avtaleportal.indicator;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.web.Flash;
import no.avtaleportal.web.NotFoundException;
import no.avtaleportal.web.StaleEdit;

/**
 * Recording an indicator's measurements (from its page) and correcting one. Each action checks on
 * the server who may take it (see {@link IndicatorPermissions}); an indicator of an agreement the
 * user does not see is a 404.
 */
@Controller
class MeasurementController {

	private final IndicatorRepository indicators;

	private final IndicatorPages pages;

	MeasurementController(IndicatorRepository indicators, IndicatorPages pages) {
		this.indicators = indicators;
		this.pages = pages;
	}

	@PostMapping("/indicators/{id}/measurements")
	@Transactional
	String record(@PathVariable long id, @Valid @ModelAttribute("measurementForm") MeasurementForm form,
			BindingResult result, @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		Indicator indicator = this.pages.visible(id, user, model);
		IndicatorPermissions.check(IndicatorPermissions.mayRecord(user, indicator), "indicator " + id);
		this.pages.checkDocument(model, indicator, form, result);
		if (!result.hasErrors()) {
			try {
				indicator.record(form.getMeasuredOn(), form.getValue(), form.getComment(), form.getDocumentId(),
						user.getPersonId(), user.getDisplayName(), this.pages.today());
			}
			catch (IndicatorRuleException ex) {
				result.rejectValue(ex.getField(), ex.getMessageKey());
			}
		}
		if (result.hasErrors()) {
			return this.pages.show(indicator, user, model);
		}
		this.indicators.save(indicator);
		redirect.addFlashAttribute(Flash.MESSAGE, "indicator.measurement.saved");
		return "redirect:/indicators/" + id;
	}

	@GetMapping("/indicators/{id}/measurements/{measurementId}/edit")
	String correctForm(@PathVariable long id, @PathVariable long measurementId,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		Indicator indicator = this.pages.visible(id, user, model);
		IndicatorPermissions.check(IndicatorPermissions.mayCorrect(user), "indicator " + id);
		Measurement measurement = measurement(indicator, measurementId);
		model.addAttribute("form", MeasurementForm.from(measurement));
		return correctPage(indicator, measurement, model);
	}

	@PostMapping("/indicators/{id}/measurements/{measurementId}/edit")
	@Transactional
	String correct(@PathVariable long id, @PathVariable long measurementId,
			@Valid @ModelAttribute("form") MeasurementForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		Indicator indicator = this.pages.visible(id, user, model);
		IndicatorPermissions.check(IndicatorPermissions.mayCorrect(user), "indicator " + id);
		Measurement measurement = measurement(indicator, measurementId);
		StaleEdit.check(measurement.getVersion(), form, MeasurementForm.from(measurement), result, model);
		this.pages.checkDocument(model, indicator, form, result);
		if (!result.hasErrors()) {
			try {
				indicator.correct(measurement, form.getMeasuredOn(), form.getValue(), form.getComment(),
						form.getDocumentId(), this.pages.today());
			}
			catch (IndicatorRuleException ex) {
				result.rejectValue(ex.getField(), ex.getMessageKey());
			}
		}
		if (result.hasErrors()) {
			return correctPage(indicator, measurement, model);
		}
		this.indicators.save(indicator);
		redirect.addFlashAttribute(Flash.MESSAGE, "indicator.measurement.corrected");
		return "redirect:/indicators/" + id;
	}

	private String correctPage(Indicator indicator, Measurement measurement, Model model) {
		model.addAttribute("indicator", indicator);
		model.addAttribute("measurement", measurement);
		model.addAttribute("documentOptions", this.pages.documentOptions(model, indicator));
		return "indicator/measurement-form";
	}

	private static Measurement measurement(Indicator indicator, long measurementId) {
		return indicator.measurement(measurementId)
			.orElseThrow(() -> new NotFoundException("measurement " + measurementId));
	}

}
