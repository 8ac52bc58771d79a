package no.avtaleportal.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import no.avtaleportal.indicator.IndicatorView.Value;

/**
 * An indicator as read for a page: its definition and every value measured, oldest first. Whether
 * read as a row in SQL or from the {@link Indicator} entity ({@link Indicator#row}), its status on a
 * day follows the one rule here.
 */
record IndicatorRow(long id, long commitmentId, String name, Unit unit, Direction direction, BigDecimal baseline,
		LocalDate baselineOn, BigDecimal target, LocalDate targetOn, Long responsibleOrganisationId, String source,
		Frequency frequency, boolean example, List<Value> measurements) {

	/** The values measured on or before the day, oldest first. */
	List<Value> until(LocalDate day) {
		return this.measurements.stream().filter(value -> !value.measuredOn().isAfter(day)).toList();
	}

	/**
	 * The status on the day: reached when the latest value meets the target; no recent value when
	 * there is none or it is older than two measuring periods; else on track when the latest value
	 * is at least as good as the straight line from baseline to target says for its day, behind
	 * when it is not.
	 */
	IndicatorStatus statusOn(LocalDate day) {
		List<Value> until = until(day);
		if (until.isEmpty()) {
			return IndicatorStatus.NO_RECENT_VALUE;
		}
		Value latest = until.get(until.size() - 1);
		if (this.direction.atLeastAsGood(latest.value(), this.target)) {
			return IndicatorStatus.REACHED;
		}
		if (!this.frequency.recent(latest.measuredOn(), day)) {
			return IndicatorStatus.NO_RECENT_VALUE;
		}
		return this.direction.atLeastAsGood(latest.value(), expectedOn(latest.measuredOn()))
				? IndicatorStatus.ON_TRACK : IndicatorStatus.BEHIND;
	}

	/** The value the straight line from baseline to target says for the day (the target after its date). */
	BigDecimal expectedOn(LocalDate day) {
		if (!day.isBefore(this.targetOn)) {
			return this.target;
		}
		double share = (double) (day.toEpochDay() - this.baselineOn.toEpochDay())
				/ (this.targetOn.toEpochDay() - this.baselineOn.toEpochDay());
		return this.baseline.add(this.target.subtract(this.baseline).multiply(BigDecimal.valueOf(Math.max(0, share))));
	}

}
