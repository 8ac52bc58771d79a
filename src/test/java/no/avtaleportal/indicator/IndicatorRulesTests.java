package no.avtaleportal.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An indicator's own rules: dates, units and direction; its status on a day; its chart.
 */
class IndicatorRulesTests {

	private static final LocalDate BASELINE_ON = LocalDate.of(2024, 1, 1);

	private static final LocalDate TARGET_ON = LocalDate.of(2026, 1, 1);

	private static Indicator courses() {
		Indicator indicator = new Indicator(1L);
		indicator.describe("EVU-kurs", Unit.COUNT, Direction.HIGHER, BigDecimal.valueOf(2), BASELINE_ON,
				BigDecimal.valueOf(12), TARGET_ON, null, "NTNU EVU-statistikk", Frequency.HALF_YEARLY);
		return indicator;
	}

	private static void record(Indicator indicator, String on, int value) {
		indicator.record(LocalDate.parse(on), BigDecimal.valueOf(value), "", null, null, "Kari Nordmann",
				LocalDate.of(2030, 1, 1));
	}

	private static IndicatorRuleException broken(Runnable change) {
		return org.junit.jupiter.api.Assertions.assertThrows(IndicatorRuleException.class, change::run);
	}

	@Test
	void theTargetDateComesAfterTheBaselineDate() {
		IndicatorRuleException ex = broken(() -> new Indicator(1L).describe("x", Unit.COUNT, Direction.HIGHER,
				BigDecimal.ONE, BASELINE_ON, BigDecimal.TEN, BASELINE_ON, null, "s", Frequency.YEARLY));
		assertThat(ex.getField()).isEqualTo("targetOn");
		assertThat(ex.getMessageKey()).isEqualTo("indicator.targetOn.afterBaseline");
	}

	@Test
	void theTargetIsBetterThanTheBaselineInTheIndicatorsDirection() {
		assertThat(broken(() -> new Indicator(1L).describe("x", Unit.COUNT, Direction.HIGHER, BigDecimal.TEN,
				BASELINE_ON, BigDecimal.ONE, TARGET_ON, null, "s", Frequency.YEARLY)).getMessageKey())
			.isEqualTo("indicator.target.direction.HIGHER");
		assertThat(broken(() -> new Indicator(1L).describe("x", Unit.PERCENT, Direction.LOWER, BigDecimal.ONE,
				BASELINE_ON, BigDecimal.TEN, TARGET_ON, null, "s", Frequency.YEARLY)).getMessageKey())
			.isEqualTo("indicator.target.direction.LOWER");
		Indicator lower = new Indicator(1L);
		lower.describe("Frafall", Unit.PERCENT, Direction.LOWER, BigDecimal.valueOf(30), BASELINE_ON,
				BigDecimal.valueOf(12.5), TARGET_ON, null, "s", Frequency.YEARLY);
		assertThat(lower.getTarget()).isEqualByComparingTo("12.5");
	}

	@Test
	void valuesFitTheUnit() {
		assertThat(Unit.COUNT.problemWith(new BigDecimal("2.5"))).isEqualTo("indicator.value.whole");
		assertThat(Unit.PERSONS.problemWith(new BigDecimal("-1"))).isEqualTo("indicator.value.negative");
		assertThat(Unit.PERCENT.problemWith(new BigDecimal("100.5"))).isEqualTo("indicator.value.percent");
		assertThat(Unit.PERCENT.problemWith(new BigDecimal("99.5"))).isNull();
		assertThat(Unit.COUNT.problemWith(new BigDecimal("3.00"))).isNull();
		Indicator indicator = courses();
		assertThat(broken(() -> record(indicator, "2024-06-01", -3)).getField()).isEqualTo("value");
	}

	@Test
	void aValueIsMeasuredBetweenTheBaselineAndToday() {
		Indicator indicator = courses();
		assertThat(broken(() -> record(indicator, "2023-12-31", 3)).getMessageKey())
			.isEqualTo("indicator.measuredOn.beforeBaseline");
		assertThat(broken(() -> indicator.record(LocalDate.of(2024, 6, 2), BigDecimal.ONE, "", null, null, "Kari",
				LocalDate.of(2024, 6, 1))).getMessageKey()).isEqualTo("indicator.measuredOn.future");
	}

	@Test
	void theStatusSaysInWordsWhereTheIndicatorStandsOnADay() {
		Indicator indicator = courses();
		assertThat(indicator.statusOn(LocalDate.of(2024, 3, 1))).isEqualTo(IndicatorStatus.NO_RECENT_VALUE);
		// a year in, the straight line says 7; 8 is on track, 5 behind
		record(indicator, "2025-01-01", 8);
		assertThat(indicator.statusOn(LocalDate.of(2025, 2, 1))).isEqualTo(IndicatorStatus.ON_TRACK);
		record(indicator, "2025-02-01", 5);
		assertThat(indicator.statusOn(LocalDate.of(2025, 3, 1))).isEqualTo(IndicatorStatus.BEHIND);
		// as of a past day, only what was measured by then counts
		assertThat(indicator.statusOn(LocalDate.of(2025, 1, 20))).isEqualTo(IndicatorStatus.ON_TRACK);
		// half-yearly: a value older than a year is no longer recent
		assertThat(indicator.statusOn(LocalDate.of(2026, 2, 2))).isEqualTo(IndicatorStatus.NO_RECENT_VALUE);
		record(indicator, "2025-09-01", 12);
		assertThat(indicator.statusOn(LocalDate.of(2027, 1, 1))).isEqualTo(IndicatorStatus.REACHED);
	}

	@Test
	void theChartDrawsTheBaselineTheValuesAndTheTarget() {
		Indicator indicator = courses();
		record(indicator, "2025-01-01", 8);
		IndicatorChart chart = IndicatorChart.of(indicator, LocalDate.of(2025, 6, 1));
		// the time axis runs from the baseline (x 8) to the target date (x 292); 2 is the bottom (y 112), 12 the top (y 8)
		assertThat(chart.values()).isEqualTo("8.0,112.0 150.2,49.6");
		assertThat(chart.targetY()).isEqualTo("8.0");
		assertThat(chart.path()).containsExactly("8.0", "112.0", "292.0", "8.0");
		assertThat(chart.dots()).hasSize(1);
		assertThat(IndicatorChart.of(indicator, LocalDate.of(2024, 12, 31)).dots()).isEmpty();
	}

	@Test
	void theViewShowsTheValuesMeasuredByItsDay() {
		Indicator indicator = courses();
		record(indicator, "2024-07-01", 4);
		record(indicator, "2025-01-01", 8);
		org.springframework.test.util.ReflectionTestUtils.setField(indicator, "id", 1L);
		IndicatorView view = IndicatorView.of(indicator, "NTNU", LocalDate.of(2024, 12, 1));
		assertThat(view.values()).hasSize(1);
		assertThat(view.latest().valueText()).isEqualTo("4");
		assertThat(view.baselineText()).isEqualTo("2");
		assertThat(IndicatorView.number(new BigDecimal("100.00"))).isEqualTo("100");
		record(indicator, "2025-02-01", 150);
		assertThatExceptionOfType(IndicatorRuleException.class)
			.isThrownBy(() -> indicator.describe("x", Unit.PERCENT, Direction.HIGHER, BigDecimal.ONE, BASELINE_ON,
					BigDecimal.TEN, TARGET_ON, null, "s", Frequency.YEARLY))
			.withMessage("indicator.unit.measurements");
	}

}
