package no.avtaleportal.evaluation;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import no.avtaleportal.agreement.AgreementPageContribution;
import no.avtaleportal.agreement.AgreementView;

/**
 * Where the agreement's evaluation stands, with a link to it, on the agreement's page
 * ({@code evaluationSummary}, for an agreement with an evaluation period).
 */
@Component
class EvaluationOnAgreementPages implements AgreementPageContribution {

	private final Evaluations evaluations;

	EvaluationOnAgreementPages(Evaluations evaluations) {
		this.evaluations = evaluations;
	}

	@Override
	public void toAgreementPage(AgreementView agreement, Model model) {
		if (agreement.evaluationFrom() != null) {
			model.addAttribute("evaluationSummary", this.evaluations.summaryOf(agreement));
		}
	}

}
