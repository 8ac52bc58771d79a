package no.avtaleportal.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.avtaleportal.search.Search.Facet;
import no.avtaleportal.search.Search.Results;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The facets of a search in the order the page lists them, whatever order PostgreSQL counted them
 * in: focus areas by label, and two of the same label (agreements with the same focus areas) by
 * id, so that the list does not change from one search to the next.
 */
class SearchResultsTests {

	@Test
	void focusAreasOfTheSameLabelAreListedByIdAndTheTotalsAreRead() {
		List<Facet> counted = List.of(new Facet("focusArea", "12", "A: Kunnskapsdeling", 4),
				new Facet("focusArea", "7", "A: Kunnskapsdeling", 2), new Facet("focusArea", "3", "B: Kunstig intelligens", 9),
				new Facet("year", "2024", "2024", 6), new Facet("year", "2025", "2025", 9), new Facet("total", null, null, 15));

		Results results = Results.of(List.of(), counted, 15, 0);

		assertThat(results.facets().get("focusArea")).extracting(Facet::value).containsExactly("7", "12", "3");
		assertThat(results.facets().get("year")).extracting(Facet::value).containsExactly("2025", "2024");
		assertThat(results.totalUnfiltered()).isEqualTo(15);
		assertThat(results.total()).as("no results on the page: nothing to page through").isZero();
	}

}
