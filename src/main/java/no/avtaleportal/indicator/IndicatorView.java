package no.avtaleportal.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An indicator as a page or another module shows it, as it stood on a day: what it measures, the
 * responsible party's short name ({@code null}: both), the values measured by then, the latest of
 * them, its status in words and its chart.
 */
public record IndicatorView(long id, long commitmentId, String name, Unit unit, Direction direction,
		BigDecimal baseline, LocalDate baselineOn, BigDecimal target, LocalDate targetOn, Long responsibleOrganisationId,
		String responsible, String source, Frequency frequency, boolean example, LocalDate day, List<Value> values,
		IndicatorStatus status, IndicatorChart chart) {

	static IndicatorView of(Indicator indicator, String responsible, LocalDate day) {
		return of(indicator.row(), responsible, day);
	}

	/** The indicator read as a row, as it stood on the day, with the responsible party's short name. */
	static IndicatorView of(IndicatorRow indicator, String responsible, LocalDate day) {
		return new IndicatorView(indicator.id(), indicator.commitmentId(), indicator.name(), indicator.unit(),
				indicator.direction(), indicator.baseline(), indicator.baselineOn(), indicator.target(),
				indicator.targetOn(), indicator.responsibleOrganisationId(), responsible, indicator.source(),
				indicator.frequency(), indicator.example(), day, indicator.until(day), indicator.statusOn(day),
				IndicatorChart.of(indicator, day));
	}

	/** A number as the pages show it: no trailing zeros, never in exponent form ("12", "12.5"). */
	public static String number(BigDecimal number) {
		return IndicatorForm.plain(number).toPlainString();
	}

	public String baselineText() {
		return number(this.baseline);
	}

	public String targetText() {
		return number(this.target);
	}

	/** The latest value measured by the day, or {@code null}. */
	public Value latest() {
		return this.values.isEmpty() ? null : this.values.get(this.values.size() - 1);
	}

	/** A measured value: its day, the value, who recorded it, the comment and the evidence (a document id). */
	public record Value(Long id, LocalDate measuredOn, BigDecimal value, String recordedBy, String comment,
			Long documentId) {

		static Value of(Measurement measurement) {
			return new Value(measurement.getId(), measurement.getMeasuredOn(), measurement.getValue(),
					measurement.getRecordedByName(), measurement.getComment(), measurement.getDocumentId());
		}

		public String valueText() {
			return number(this.value);
		}

	}

}
