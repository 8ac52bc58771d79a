package no.avtaleportal.indicator;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.agreement.FocusAreaSection;

/**
 * The indicators of a focus area's commitments, on the focus area's page.
 */
@Component
class IndicatorsOnFocusAreas implements FocusAreaSection {

	private final Indicators indicators;

	IndicatorsOnFocusAreas(Indicators indicators) {
		this.indicators = indicators;
	}

	@Override
	public Part of(long focusAreaId, SignedInUser user, LocalDate day) {
		return new Part("indicator/parts", this.indicators.ofFocusArea(focusAreaId, user, day));
	}

}
