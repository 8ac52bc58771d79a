package no.avtaleportal.evaluation;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Lets the agreement's pages show where its evaluation stands and link to it
 * ({@code ${evaluations.summaryOf(agreement)}}) without the agreement module knowing this one.
 */
@ControllerAdvice(basePackages = "no.avtaleportal.agreement")
class EvaluationAdvice {

	private final Evaluations evaluations;

	EvaluationAdvice(Evaluations evaluations) {
		this.evaluations = evaluations;
	}

	@ModelAttribute("evaluations")
	Evaluations evaluations() {
		return this.evaluations;
	}

}
