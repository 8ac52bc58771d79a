package no.avtaleportal.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.avtaleportal.web.BarChart.Count;

import static org.assertj.core.api.Assertions.assertThat;

class BarChartTests {

	@Test
	void partsFollowEachOtherInProportionToTheirCounts() {
		BarChart chart = BarChart.of(List.of(new Count("green", "green", 3), new Count("yellow", "yellow", 0),
				new Count("red", "red", 1)));
		assertThat(chart.total()).isEqualTo(4);
		assertThat(chart.parts()).extracting(BarChart.Part::x).containsExactly("0.00%", "75.00%", "75.00%");
		assertThat(chart.parts()).extracting(BarChart.Part::w).containsExactly("75.00%", "0.00%", "25.00%");
	}

	@Test
	void widthsAreRoundedToTwoDecimalsInPercent() {
		BarChart chart = BarChart.of(List.of(new Count("a", "a", 1), new Count("b", "b", 2), new Count("c", "c", 4000)));
		assertThat(chart.parts()).extracting(BarChart.Part::w).containsExactly("0.02%", "0.05%", "99.93%");
		assertThat(chart.parts()).extracting(BarChart.Part::x).containsExactly("0.00%", "0.02%", "0.07%");
		BarChart thirds = BarChart.of(List.of(new Count("a", "a", 1), new Count("b", "b", 2)));
		assertThat(thirds.parts()).extracting(BarChart.Part::w).containsExactly("33.33%", "66.67%");
	}

	@Test
	void anEmptyChartHasNoWidthAndKeepsItsLegend() {
		BarChart chart = BarChart.of(List.of(new Count("green", "green", 0)));
		assertThat(chart.total()).isZero();
		assertThat(chart.parts()).singleElement().satisfies(part -> assertThat(part.w()).isEqualTo("0.00%"));
	}

}
