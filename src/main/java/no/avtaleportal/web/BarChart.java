package no.avtaleportal.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal stacked bar of counts, drawn on the server as SVG (see the fragment
 * {@code fragments/charts :: bar}) so it needs no JavaScript and prints as it shows. Each part
 * carries its words and count, which the fragment writes beside the bar: colour is never the only
 * carrier of meaning.
 *
 * @param parts the parts in order, each with its place on the bar
 * @param total the sum of the counts
 */
public record BarChart(List<Part> parts, long total) {

	/**
	 * A bar of the counts in order; parts with no count take no room but stay in the legend.
	 */
	public static BarChart of(List<Count> counts) {
		long total = counts.stream().mapToLong(Count::count).sum();
		List<Part> parts = new ArrayList<>();
		double offset = 0;
		for (Count count : counts) {
			double width = (total > 0) ? 100.0 * count.count() / total : 0;
			parts.add(new Part(count.labelKey(), count.style(), count.count(), offset, width));
			offset += width;
		}
		return new BarChart(List.copyOf(parts), total);
	}

	/**
	 * One count to draw.
	 *
	 * @param labelKey message key of its words
	 * @param style the CSS class suffix that gives it its colour ({@code chart-<style>})
	 * @param count how many
	 */
	public record Count(String labelKey, String style, long count) {
	}

	/**
	 * One drawn part, with its start and width in percent of the bar.
	 */
	public record Part(String labelKey, String style, long count, double offset, double width) {

		public String x() {
			return format(this.offset);
		}

		public String w() {
			return format(this.width);
		}

		/** In percent with two decimals ("37.50%"), without {@code String.format}'s formatter per call (issue 15). */
		private static String format(double percent) {
			return BigDecimal.valueOf(percent).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
		}

	}

}
