package no.avtaleportal.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds, for each word typed, the words of the portal's texts that are like it ("kunstg" and
 * "kunstlig" are like "kunstig", "oppdatering" is a part of "statusoppdatering"), so that a search
 * can look for those too ({@link SearchTerms#similar()}).
 * <p>
 * They come from {@code search_word}, the words that occur in what the search covers, which
 * triggers keep (V195): a few thousand words, however many records hold them, where comparing
 * the query with every record's text took 130 ms and more on 20,000 status updates (issue 15).
 * Every word is compared, not only those the full-text search does not know: a known word has
 * near forms and compounds worth finding ("oppdatering" in "statusoppdatering"), and the lookup
 * costs a millisecond. Words at least half alike by pg_trgm's word similarity count, as before
 * ("kunstlig" and "kunstig" are 0.56 alike, pg_trgm's default would ask 0.6), the closest ten per
 * word, so that a short common word does not make a query of hundreds of words.
 * <p>
 * One statement, run for every query that has words (also when none is long enough to compare),
 * so that a search runs the same statements whatever was typed.
 */
@Component
public class SimilarWords {

	/** The least word similarity of a word to count as alike. */
	static final double SIMILARITY = 0.5;

	/** The most similar words used for one word typed. */
	static final int PER_WORD = 10;

	private final NamedParameterJdbcTemplate jdbc;

	SimilarWords(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The terms with the words similar to theirs, looked up in one statement. */
	public SearchTerms lookUp(SearchTerms terms) {
		Map<String, List<String>> similar = new LinkedHashMap<>();
		for (String word : terms.wordsToCompare()) {
			similar.put(word, new ArrayList<>());
		}
		this.jdbc.query("""
				select typed.word as typed, alike.word as alike
				from unnest(string_to_array(cast(:words as text), ' ')) typed (word)
				cross join lateral (
				  select w.word from search_word w order by typed.word <<-> w.word limit :per_word) alike
				where typed.word <<-> alike.word <= 1 - cast(:similarity as float8)
				order by typed.word, typed.word <<-> alike.word, alike.word""",
				Map.of("words", String.join(" ", similar.keySet()), "per_word", PER_WORD, "similarity", SIMILARITY),
				(row) -> {
					List<String> alike = similar.get(row.getString("typed"));
					if (alike != null) {
						alike.add(row.getString("alike"));
					}
				});
		return terms.withSimilarWords(similar);
	}

}
