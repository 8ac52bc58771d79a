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
 * compound words: "livslang" finds "livslanglæring"), or when, for each word, it holds that word
 * or a word similar to it (small typos, only for words of four letters or more); in every case no
 * excluded word may be in it.
 * <p>
 * The similar words are not found by comparing the query with every record's text (pg_trgm's word
 * similarity over 20,000 status updates took 130 ms and more, issue 15) but by {@link SimilarWords}
 * in the list of the words that occur in the records; they are then searched like typed words,
 * stemmed, on the records' full-text indexes. So every arm of {@link #matches} is a lookup in the
 * same GIN index, whatever the number of records.
 * <p>
 * The tsqueries are made once per statement, in {@link #QUERIES} ({@link #queries()}), which the
 * conditions and the ranking read. Written as {@code to_tsquery('norwegian', :parameter)} in each
 * condition, PostgreSQL's generic plan for the prepared statement (the one it keeps after five
 * runs) parsed the query again for every row it checked or ranked: 270 ms against 66 ms for a
 * word in 20,000 status updates (issue 15).
 */
public final class SearchTerms {

	/** The parameters every part gets: {@code :search_fts}, {@code :search_prefix}, {@code :search_similar}, {@code :search_exclude}, {@code :search_admin}, {@code :search_org}. */
	public static final List<String> PARAMETERS = List.of("search_fts", "search_prefix", "search_similar",
			"search_exclude", "search_admin", "search_org");

	/**
	 * The name of the one-row table of the query's tsqueries that {@link #matches}, {@link #rank}
	 * and {@link #highlight} read: the statement defines it first, as {@link #queries()}.
	 */
	public static final String QUERIES = "search_query";

	/** The longest query read; the rest is ignored. */
	public static final int MAX_LENGTH = 200;

	private static final Pattern TOKEN = Pattern.compile("(-?)\"([^\"]*)\"?|(-?)(\\S+)");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private final String text;

	private final List<String> words;

	private final List<String> excluded;

	private final boolean phrases;

	private final Map<String, List<String>> similarWords;

	private SearchTerms(String text, List<String> words, List<String> excluded, boolean phrases,
			Map<String, List<String>> similarWords) {
		this.text = text;
		this.words = words;
		this.excluded = excluded;
		this.phrases = phrases;
		this.similarWords = similarWords;
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
		return new SearchTerms(text, List.copyOf(words), List.copyOf(excluded), phrases, Map.of());
	}

	/**
	 * These terms with the words found similar to each of {@link #wordsToCompare()} (by
	 * {@link SimilarWords}); a word that is not a plain word (letters and digits) is left out.
	 */
	SearchTerms withSimilarWords(Map<String, List<String>> similar) {
		Map<String, List<String>> plain = new LinkedHashMap<>();
		similar.forEach((word, others) -> plain.put(word,
				others.stream().filter(other -> WORD.matcher(other).matches() && !other.equals(word)).toList()));
		return new SearchTerms(this.text, this.words, this.excluded, this.phrases, Map.copyOf(plain));
	}

	/** The words to look up similar words for: those of four letters or more, none in a query with phrases. */
	List<String> wordsToCompare() {
		if (this.phrases) {
			return List.of();
		}
		return this.words.stream().filter(word -> word.length() >= 4).distinct().toList();
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
	 * The common table expression (for a {@code with} list) named {@link #QUERIES}: one row with
	 * the tsqueries this query needs, made from {@link #PARAMETERS} once per statement:
	 * {@code fts_query} (the whole query, as a web search engine reads it), {@code prefix_query},
	 * {@code similar_query} and {@code exclude_query} (each only when {@link #prefix()},
	 * {@link #similar()}, {@link #exclude()} is not null). A statement that uses {@link #matches}
	 * must define it.
	 */
	public String queries() {
		List<String> columns = new ArrayList<>();
		columns.add("websearch_to_tsquery('norwegian', :search_fts) as fts_query");
		if (prefix() != null) {
			columns.add("to_tsquery('norwegian', :search_prefix) as prefix_query");
		}
		if (similar() != null) {
			columns.add("to_tsquery('norwegian', :search_similar) as similar_query");
		}
		if (exclude() != null) {
			columns.add("to_tsquery('norwegian', :search_exclude) as exclude_query");
		}
		return QUERIES + " as materialized (select " + String.join(", ", columns) + ")";
	}

	/** One of the tsqueries of {@link #queries()}, as a scalar subquery (run once, an InitPlan). */
	private static String query(String column) {
		return "(select " + column + " from " + QUERIES + ")";
	}

	/**
	 * The SQL condition that a record with the tsvector {@code vector} (written as the expression
	 * of its GIN index, best a stored column) matches. Only the arms this query needs are written,
	 * so that each is an index condition on that one index. It reads {@link #QUERIES}, which the
	 * statement must define ({@link #queries()}).
	 */
	public String matches(String vector) {
		return found(vector) + excluding(vector);
	}

	/**
	 * The SQL that leaves out a record with an excluded word in the tsvector {@code vector}: empty
	 * when the query excludes none, else a condition that starts with {@code and}.
	 */
	public String excluding(String vector) {
		return (exclude() != null) ? " and not (" + vector + " @@ " + query("exclude_query") + ")" : "";
	}

	private String found(String vector) {
		List<String> arms = new ArrayList<>();
		arms.add(vector + " @@ " + query("fts_query"));
		if (prefix() != null) {
			arms.add(vector + " @@ " + query("prefix_query"));
		}
		if (similar() != null) {
			arms.add(vector + " @@ " + query("similar_query"));
		}
		return "(" + String.join(" or ", arms) + ")";
	}

	/** How well a matched row (its {@code vec} column) fits, best highest; a typo's match counts as a prefix's. */
	String rank() {
		String rank = "ts_rank(vec, " + query("fts_query") + ") * 2";
		if (prefix() != null) {
			rank += " + ts_rank(vec, " + query("prefix_query") + ")";
		}
		if (similar() != null) {
			rank += " + ts_rank(vec, " + query("similar_query") + ")";
		}
		return rank;
	}

	/** The query whose words the excerpt marks (the similar words too). */
	String highlight() {
		String query = query("fts_query");
		if (prefix() != null) {
			query += " || " + query("prefix_query");
		}
		if (similar() != null) {
			query += " || " + query("similar_query");
		}
		return "(" + query + ")";
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

	/**
	 * Each word as a prefix or one of the words similar to it, all required: {@code (kunstg:* |
	 * kunstig) & (intelligens:*)}; null when no word has a similar word (then {@link #prefix()}
	 * says the same).
	 */
	String similar() {
		if (this.similarWords.values().stream().allMatch(List::isEmpty)) {
			return null;
		}
		List<String> groups = new ArrayList<>();
		for (String word : this.words) {
			List<String> alternatives = new ArrayList<>(List.of(word + ":*"));
			alternatives.addAll(this.similarWords.getOrDefault(word, List.of()));
			groups.add((alternatives.size() == 1) ? alternatives.get(0) : "(" + String.join(" | ", alternatives) + ")");
		}
		return String.join(" & ", groups);
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
