package no.avtaleportal.evaluation;

import jakarta.validation.Valid;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.web.BadInputException;
import no.avtaleportal.web.Flash;
import no.avtaleportal.web.StaleEdit;

/**
 * The user's party's assessment of the agreement per focus area: saved as a draft, or submitted
 * once every focus area is rated and a recommendation chosen. Written by members and the secretary
 * of the steering group for their own party, until it is submitted or the evaluation is treated.
 */
@Controller
class AssessmentController {

	private final Evaluations evaluations;

	AssessmentController(Evaluations evaluations) {
		this.evaluations = evaluations;
	}

	@GetMapping("/agreements/{id}/evaluation/assessment")
	String assessment(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		EvaluationPage page = writer(id, user);
		if (!page.mayAssess()) {
			// submitted by a colleague, or the evaluation treated: the page that shows it, and why
			redirect.addFlashAttribute(Flash.ERROR,
					page.frozen() ? "evaluation.assessment.closed" : "evaluation.assessment.alreadySubmitted");
			return "redirect:/agreements/" + id + "/evaluation";
		}
		return assessmentPage(model, page, AssessmentForm.of(page.focusAreaIds(), page.own()));
	}

	@PostMapping("/agreements/{id}/evaluation/assessment")
	String saveAssessment(@PathVariable long id, @Valid @ModelAttribute("form") AssessmentForm form,
			BindingResult result, @RequestParam(name = "submit", required = false) String submit,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		EvaluationPage page = writer(id, user);
		if (form.getRatings().stream().anyMatch(row -> !page.focusAreaIds().contains(row.getFocusAreaId()))) {
			throw new BadInputException("a rating of a focus area outside agreement " + id);
		}
		if (!page.mayAssess()) {
			// submitted or treated since the form was opened: the form back with what was typed, not saved
			String why = page.frozen() ? "evaluation.error.assessmentClosed" : "evaluation.error.assessmentSubmitted";
			StaleEdit.closed(why, AssessmentForm.of(page.focusAreaIds(), page.own()), result, model);
			return assessmentPage(model, page, form);
		}
		boolean submitting = submit != null;
		if (submitting) {
			if (form.getRecommendation() == null) {
				result.rejectValue("recommendation", "evaluation.error.recommendation");
			}
			for (int i = 0; i < form.getRatings().size(); i++) {
				if (form.getRatings().get(i).getRating() == null) {
					result.rejectValue("ratings[" + i + "].rating", "evaluation.error.rating");
				}
			}
		}
		if (form.getRatings().size() != page.focusAreaIds().size()) {
			result.reject("evaluation.error.focusAreas");
		}
		// someone of the party saved it since the form was opened: the form back with what was typed
		Assessment saved = page.own();
		StaleEdit.check((saved != null) ? saved.getVersion() : 0, form,
				AssessmentForm.of(page.focusAreaIds(), saved), result, model);
		if (result.hasErrors()) {
			return assessmentPage(model, page, form);
		}
		this.evaluations.saveAssessment(id, user, form, submitting);
		redirect.addFlashAttribute(EvaluationController.FLASH,
				submitting ? "evaluation.assessment.submitted" : "evaluation.assessment.saved");
		return "redirect:/agreements/" + id + "/evaluation";
	}

	/**
	 * The evaluation page, if the user writes their party's assessment ({@link EvaluationPage#writesForParty}).
	 * @throws AccessDeniedException when they do not
	 */
	private EvaluationPage writer(long id, SignedInUser user) {
		EvaluationPage page = this.evaluations.page(id, user);
		if (!page.writesForParty()) {
			throw new AccessDeniedException("not this user's assessment to write");
		}
		return page;
	}

	private String assessmentPage(Model model, EvaluationPage page, AssessmentForm form) {
		model.addAttribute("page", page);
		model.addAttribute("agreement", page.overview().agreement());
		model.addAttribute("form", form);
		return "evaluation/assessment-form";
	}

}
