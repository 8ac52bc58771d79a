package no.avtaleportal.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What someone typed into the search field, read as a web search engine reads it: words, "quoted
 * phrases" and -excluded words. A record matches when the Norwegian full-text search of the whole
 * query finds it (stems, phrases), when each word is the beginning of one of its words (parts of
 * compound words: "livslang" finds "livslanglæring"), or when its words are similar enough to the
 * record's (small typos, only for words of four letters or more); in every case no excluded word
 * may be in it.
 */
public final class SearchTerms {

	/** The parameters every part gets: {@code :search_fts}, {@code :search_prefix}, {@code :search_similar}, {@code :search_exclude}, {@code :search_admin}, {@code :search_org}. */
	public static final List<String> PARAMETERS = List.of("search_fts", "search_prefix", "search_similar",
			"search_exclude", "search_admin", "search_org");

	/**
	 * The statement to run in the transaction before a search: words at least half alike in their
	 * trigrams count as similar ("kunstlig" and "kunstig" are 0.56 alike), where pg_trgm's default
	 * asks for 0.6.
	 */
	public static final String SIMILARITY_THRESHOLD = "select set_config('pg_trgm.word_similarity_threshold', '0.5', true)";

	/** The longest query read; the rest is ignored. */
	public static final int MAX_LENGTH = 200;

	private static final Pattern TOKEN = Pattern.compile("(-?)\"([^\"]*)\"?|(-?)(\\S+)");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private final String text;

	private final List<String> words;

	private final List<String> excluded;

	private final boolean phrases;

	private SearchTerms(String text, List<String> words, List<String> excluded, boolean phrases) {
		this.text = text;
		this.words = words;
		this.excluded = excluded;
		this.phrases = phrases;
	}

	/** Reads a query; blank gives terms that match nothing ({@link #isEmpty()}). */
	public static SearchTerms parse(String query) {
		String text = (query == null) ? "" : Normalizer.normalize(query, Normalizer.Form.NFC).strip();
		if (text.length() > MAX_LENGTH) {
			text = text.substring(0, MAX_LENGTH);
		}
		List<String> words = new ArrayList<>();
		List<String> excluded = new ArrayList<>();
		boolean phrases = false;
		Matcher tokens = TOKEN.matcher(text);
		while (tokens.find()) {
			boolean quoted = tokens.group(2) != null;
			boolean minus = !(quoted ? tokens.group(1) : tokens.group(3)).isEmpty();
			String token = quoted ? tokens.group(2) : tokens.group(4);
			List<String> parts = wordsOf(token);
			if (minus) {
				excluded.addAll(parts);
			}
			else if (quoted) {
				phrases |= !parts.isEmpty();
			}
			else {
				words.addAll(parts);
			}
		}
		return new SearchTerms(text, List.copyOf(words), List.copyOf(excluded), phrases);
	}

	private static List<String> wordsOf(String token) {
		List<String> parts = new ArrayList<>();
		Matcher word = WORD.matcher(token.toLowerCase(Locale.ROOT));
		while (word.find()) {
			parts.add(word.group());
		}
		return parts;
	}

	/** The query as typed (at most {@link #MAX_LENGTH} characters). */
	public String text() {
		return this.text;
	}

	public boolean isEmpty() {
		return this.words.isEmpty() && !this.phrases;
	}

	/**
	 * The SQL condition that a record with the tsvector {@code vector} and the text {@code words}
	 * (both written as the expressions of its GIN indexes) matches. Only the arms this query needs
	 * are written, so that each is an index condition.
	 */
	public String matches(String vector, String words) {
		return found(vector, words) + excluding(vector);
	}

	/**
	 * The condition for a record whose text is in two places (a document's description and the
	 * text of its file), each with its own indexes; {@code together} is both tsvectors joined.
	 */
	public String matchesEither(String vector, String words, String otherVector, String otherWords, String together) {
		return "(" + found(vector, words) + " or " + found(otherVector, otherWords) + ")" + excluding(together);
	}

	private String excluding(String vector) {
		return (exclude() != null) ? " and not (" + vector + " @@ to_tsquery('norwegian', :search_exclude))" : "";
	}

	private String found(String vector, String words) {
		List<String> arms = new ArrayList<>();
		arms.add(vector + " @@ websearch_to_tsquery('norwegian', :search_fts)");
		if (prefix() != null) {
			arms.add(vector + " @@ to_tsquery('norwegian', :search_prefix)");
		}
		if (similar() != null) {
			arms.add(":search_similar <% (" + words + ")");
		}
		return "(" + String.join(" or ", arms) + ")";
	}

	/** How well a matched row (its {@code vec} and {@code words} columns) fits, best highest. */
	String rank() {
		String rank = "ts_rank(vec, websearch_to_tsquery('norwegian', :search_fts)) * 2";
		if (prefix() != null) {
			rank += " + ts_rank(vec, to_tsquery('norwegian', :search_prefix))";
		}
		if (similar() != null) {
			rank += " + word_similarity(:search_similar, words)";
		}
		return rank;
	}

	/** The query whose words the excerpt marks. */
	String highlight() {
		String query = "websearch_to_tsquery('norwegian', :search_fts)";
		return (prefix() != null) ? "(" + query + " || to_tsquery('norwegian', :search_prefix))" : query;
	}

	/** Every word as a prefix, all required: {@code livslang:* & læring:*}, or null without words. */
	String prefix() {
		if (this.words.isEmpty()) {
			return null;
		}
		String prefix = String.join(" & ", this.words.stream().map(word -> word + ":*").toList());
		return this.phrases ? prefix + " & (" + phraseQuery() + ")" : prefix;
	}

	private String phraseQuery() {
		List<String> phraseWords = new ArrayList<>();
		Matcher tokens = TOKEN.matcher(this.text);
		while (tokens.find()) {
			if (tokens.group(2) != null && tokens.group(1).isEmpty()) {
				List<String> parts = wordsOf(tokens.group(2));
				if (!parts.isEmpty()) {
					phraseWords.add(String.join(" <-> ", parts));
				}
			}
		}
		return String.join(" & ", phraseWords);
	}

	/** The words for similarity, when one of them is long enough for a typo to be told from another word. */
	String similar() {
		if (this.phrases || this.words.stream().noneMatch(word -> word.length() >= 4)) {
			return null;
		}
		return String.join(" ", this.words);
	}

	String exclude() {
		return this.excluded.isEmpty() ? null : String.join(" | ", this.excluded);
	}

	/** The values of {@link #PARAMETERS}: the query's and who searches (an administrator, of which organisation). */
	public Map<String, Object> parameters(boolean admin, Long organisationId) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("search_fts", this.text);
		parameters.put("search_prefix", prefix());
		parameters.put("search_similar", similar());
		parameters.put("search_exclude", exclude());
		parameters.put("search_admin", admin);
		parameters.put("search_org", organisationId);
		return parameters;
	}

}
