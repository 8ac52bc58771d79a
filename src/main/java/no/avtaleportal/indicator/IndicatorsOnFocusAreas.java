package no.avtaleportal.indicator;

import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.agreement.AgreementPageContribution;
import no.avtaleportal.agreement.Agreements.FocusAreaView;

/**
 * The indicators of a focus area's commitments, on the focus area's page
 * ({@code indicatorGroups}, shown by {@code templates/indicator/parts.html}).
 */
@Component
class IndicatorsOnFocusAreas implements AgreementPageContribution {

	private final Indicators indicators;

	IndicatorsOnFocusAreas(Indicators indicators) {
		this.indicators = indicators;
	}

	@Override
	public void toFocusAreaPage(FocusAreaView area, LocalDate day, SignedInUser user, Model model) {
		model.addAttribute("indicatorGroups", this.indicators.ofCommitments(area.commitments(), day));
	}

}
