package no.avtaleportal.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import no.avtaleportal.indicator.Direction;
import no.avtaleportal.indicator.Frequency;
import no.avtaleportal.indicator.IndicatorStatus;
import no.avtaleportal.indicator.IndicatorView;
import no.avtaleportal.indicator.Unit;

/**
 * An outcome indicator as the API gives it: what it measures, its baseline and target, its status
 * today and its measurements, oldest first.
 */
record ApiIndicator(long id, long commitmentId, String name, Unit unit, Direction direction, BigDecimal baseline,
		LocalDate baselineOn, BigDecimal target, LocalDate targetOn, Long responsibleOrganisationId, String source,
		Frequency frequency, boolean example, IndicatorStatus status, List<Measurement> measurements) {

	static ApiIndicator of(IndicatorView view) {
		return new ApiIndicator(view.id(), view.commitmentId(), view.name(), view.unit(), view.direction(),
				view.baseline(), view.baselineOn(), view.target(), view.targetOn(), view.responsibleOrganisationId(),
				view.source(), view.frequency(), view.example(), view.status(),
				view.values()
					.stream()
					.map(value -> new Measurement(value.measuredOn(), value.value(), value.recordedBy(), value.comment(),
							value.documentId()))
					.toList());
	}

	/** A measured value with who recorded it, a comment and the id of the document that is its evidence. */
	record Measurement(LocalDate measuredOn, BigDecimal value, String recordedBy, String comment, Long documentId) {
	}

}
