package no.avtaleportal.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import no.avtaleportal.indicator.IndicatorView.Value;

/**
 * A small line chart of an indicator, drawn on the server as SVG (fragment
 * {@code indicator/parts :: chart}): the baseline as the first point, the measured values joined
 * by a line, the target as a dashed line across, and the straight path from baseline to target as
 * a dotted one. Coordinates are in the SVG's own units ({@link #WIDTH} × {@link #HEIGHT}). The
 * chart is a picture of the numbers the fragment writes beside it.
 *
 * @param values the line through the baseline and the values, as SVG points
 * @param dots the values' dots
 * @param targetY where the target line runs
 * @param path the dotted line from baseline to target ({@code x1 y1 x2 y2})
 * @param low the lowest value the chart shows
 * @param high the highest value the chart shows
 */
public record IndicatorChart(String values, List<Dot> dots, String targetY, List<String> path, BigDecimal low,
		BigDecimal high) {

	public static final int WIDTH = 300;

	public static final int HEIGHT = 120;

	private static final int PAD = 8;

	/**
	 * The chart of the baseline, target and the values measured on or before the day; the time axis
	 * runs from the baseline's date to the target's (or the last value's, when later).
	 */
	static IndicatorChart of(Indicator indicator, LocalDate day) {
		return of(indicator.row(), day);
	}

	/** As {@link #of(Indicator, LocalDate)}, of the indicator read as a row. */
	static IndicatorChart of(IndicatorRow indicator, LocalDate day) {
		List<Value> measured = indicator.until(day);
		LocalDate start = indicator.baselineOn();
		LocalDate end = indicator.targetOn();
		BigDecimal low = indicator.baseline().min(indicator.target());
		BigDecimal high = indicator.baseline().max(indicator.target());
		for (Value measurement : measured) {
			end = measurement.measuredOn().isAfter(end) ? measurement.measuredOn() : end;
			low = low.min(measurement.value());
			high = high.max(measurement.value());
		}
		Scale scale = new Scale(start.toEpochDay(), end.toEpochDay(), low.doubleValue(), high.doubleValue());
		List<String> points = new ArrayList<>();
		points.add(scale.x(start) + "," + scale.y(indicator.baseline()));
		List<Dot> dots = new ArrayList<>();
		for (Value measurement : measured) {
			String x = scale.x(measurement.measuredOn());
			String y = scale.y(measurement.value());
			points.add(x + "," + y);
			dots.add(new Dot(x, y));
		}
		return new IndicatorChart(String.join(" ", points), List.copyOf(dots), scale.y(indicator.target()),
				List.of(scale.x(start), scale.y(indicator.baseline()), scale.x(indicator.targetOn()),
						scale.y(indicator.target())),
				low, high);
	}

	/** A value's dot. */
	public record Dot(String x, String y) {
	}

	private record Scale(long from, long to, double low, double high) {

		String x(LocalDate day) {
			double share = (this.to > this.from) ? (double) (day.toEpochDay() - this.from) / (this.to - this.from) : 0;
			return format(PAD + share * (WIDTH - 2 * PAD));
		}

		String y(BigDecimal value) {
			double share = (this.high > this.low) ? (value.doubleValue() - this.low) / (this.high - this.low) : 0.5;
			return format(HEIGHT - PAD - share * (HEIGHT - 2 * PAD));
		}

		private static String format(double number) {
			return BigDecimal.valueOf(number).setScale(1, RoundingMode.HALF_UP).toPlainString();
		}

	}

}
