package no.avtaleportal.search;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import no.avtaleportal.account.Role;
import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.search.SearchSource.Kind;
import no.avtaleportal.search.SearchSource.Part;

/**
 * Runs a search over every module's {@link SearchSource}: the parts joined with {@code union all}
 * into one statement that gives a page of results and the counts per kind, agreement, focus area,
 * party and year and of the results the filters leave (exact), whatever the number of records. The excerpt is made by
 * {@code ts_headline} with marks that cannot occur in text, escaped for HTML and only then turned
 * into {@code <mark>}. Before it, one statement looks up the words similar to those typed
 * ({@link SimilarWords}), so that every part matches on its full-text index alone.
 * <p>
 * The hits are found and ranked once ({@code ranked}, materialized without their tsvectors); the
 * page and the counts are both read from them. As two statements, PostgreSQL found and ranked
 * every hit twice: the second statement cost as much as the first (issue 15).
 * The statement is written for the plan PostgreSQL keeps for a prepared statement after five
 * runs, made without the values (the generic plan; planning the union for every search costs as
 * much as running it): the tsqueries are made once, in the first common table expression
 * ({@link SearchTerms#queries()}), and only the filters that are set are written (issue 15).
 */
@Service
public class Search {

	/** Results per page. */
	public static final int PAGE_SIZE = 20;

	private static final String START = "\u0002";

	private static final String STOP = "\u0003";

	private final List<SearchSource> sources;

	private final SimilarWords similarWords;

	private final NamedParameterJdbcTemplate jdbc;

	Search(List<SearchSource> sources, SimilarWords similarWords, NamedParameterJdbcTemplate jdbc) {
		this.sources = sources;
		this.similarWords = similarWords;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Results search(SignedInUser user, SearchTerms typed, Filter filter, int page) {
		if (typed.isEmpty()) {
			return Results.NONE;
		}
		SearchTerms terms = this.similarWords.lookUp(typed);
		Map<String, Object> parameters = new HashMap<>(
				terms.parameters(user.hasRole(Role.ADMIN), user.getOrganisationId()));
		List<String> selects = new ArrayList<>();
		for (SearchSource source : this.sources) {
			for (Part part : source.parts(user, terms)) {
				selects.add("select " + SearchSource.COLUMNS + " from (" + part.sql() + ") p" + selects.size());
				parameters.putAll(part.parameters());
			}
		}
		String chosen = chosen(filter, parameters);
		int current = Math.min(Math.max(page, 0), 10_000);
		parameters.put("page_size", PAGE_SIZE);
		parameters.put("page_offset", current * PAGE_SIZE);
		parameters.put("headline_options", "StartSel=" + START + ", StopSel=" + STOP
				+ ", MaxWords=35, MinWords=15, ShortWord=2, MaxFragments=2, FragmentDelimiter=\" … \"");
		List<Result> results = new ArrayList<>();
		List<Facet> facets = new ArrayList<>();
		long[] foundChosen = { 0 };
		this.jdbc.query("""
				with %s,
				hit as (%s),
				ranked as materialized (
				  select kind, id, agreement_id, agreement_title, focus_area_id, focus_area_label, party_id, party_name,
				         year, title, body, url, %s as rank
				  from hit),
				page as (
				  select * from ranked where %s
				  order by rank desc, year desc nulls last, kind, id
				  limit :page_size offset :page_offset)
				select 'RESULT' as row_kind, kind, id, agreement_id, agreement_title, focus_area_id, focus_area_label,
				       party_id, party_name, year, title, url, rank,
				       ts_headline('norwegian', left(body, 50000), %s, :headline_options) as excerpt,
				       cast(null as integer) as no_kind, cast(null as integer) as no_agreement,
				       cast(null as integer) as no_focus_area, cast(null as integer) as no_party,
				       cast(null as integer) as no_year, cast(null as bigint) as found, cast(null as bigint) as found_chosen
				from page
				union all
				select 'FACET', kind, null, agreement_id, min(agreement_title), focus_area_id,
				       min(focus_area_label) || ' – ' || min(agreement_title),
				       party_id, min(party_name), year, null, null, null, null,
				       grouping(kind), grouping(agreement_id), grouping(focus_area_id), grouping(party_id), grouping(year),
				       count(*), count(*) filter (where %s)
				from ranked
				group by grouping sets ((kind), (agreement_id), (focus_area_id), (party_id), (year), ())
				order by rank desc nulls last, year desc nulls last, kind, id""".formatted(terms.queries(),
				String.join("\nunion all\n", selects), terms.rank(), chosen, terms.highlight(), chosen),
				parameters, (ResultSet row) -> {
					if (row.getString("row_kind").equals("RESULT")) {
						results.add(new Result(Kind.valueOf(row.getString("kind")), row.getLong("id"),
								row.getString("agreement_title"), row.getString("focus_area_label"),
								row.getString("party_name"), (Integer) row.getObject("year"), row.getString("title"),
								excerpt(row.getString("excerpt")), row.getString("url")));
					}
					else {
						Facet facet = facet(row);
						if (facet.name().equals("total")) {
							foundChosen[0] = row.getLong("found_chosen");
						}
						facets.add(facet);
					}
				});
		return Results.of(results, facets, foundChosen[0], current);
	}

	/**
	 * The condition of the filters that are set (with their parameters), else {@code true}. Only those
	 * are written: PostgreSQL's generic plan cannot tell that a {@code :filter is null or ...} holds
	 * for every row, guessed that the agreements, focus areas and parties it joins came to one row,
	 * and so went from them to every status update and checked each one's text (100 ms for a
	 * search the GIN indexes answer in 2, issue 15).
	 */
	private static String chosen(Filter filter, Map<String, Object> parameters) {
		List<String> conditions = new ArrayList<>();
		narrow(conditions, parameters, "kind", "text", filter.kind());
		narrow(conditions, parameters, "agreement_id", "bigint", filter.agreement());
		narrow(conditions, parameters, "focus_area_id", "bigint", filter.focusArea());
		narrow(conditions, parameters, "party_id", "bigint", filter.party());
		narrow(conditions, parameters, "year", "integer", filter.year());
		return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
	}

	/** Adds the condition that the column has the value, as parameter {@code filter_<column>}, when it is set. */
	private static void narrow(List<String> conditions, Map<String, Object> parameters, String column, String type,
			Object value) {
		if (value != null) {
			conditions.add(column + " = cast(:filter_" + column + " as " + type + ")");
			parameters.put("filter_" + column, value);
		}
	}

	private static Facet facet(java.sql.ResultSet row) throws java.sql.SQLException {
		long found = row.getLong("found");
		if (row.getInt("no_kind") == 0) {
			return new Facet("kind", row.getString("kind"), row.getString("kind"), found);
		}
		if (row.getInt("no_agreement") == 0) {
			return new Facet("agreement", row.getString("agreement_id"), row.getString("agreement_title"), found);
		}
		if (row.getInt("no_focus_area") == 0) {
			return new Facet("focusArea", row.getString("focus_area_id"), row.getString("focus_area_label"), found);
		}
		if (row.getInt("no_party") == 0) {
			return new Facet("party", row.getString("party_id"), row.getString("party_name"), found);
		}
		if (row.getInt("no_year") == 0) {
			return new Facet("year", row.getString("year"), row.getString("year"), found);
		}
		return new Facet("total", null, null, found);
	}

	/** The excerpt as safe HTML: the text escaped, then the marks of {@code ts_headline} made {@code <mark>}. */
	static String excerpt(String headline) {
		if (headline == null) {
			return "";
		}
		String escaped = HtmlUtils.htmlEscape(headline.replaceAll("\\s+", " ").strip(), "UTF-8");
		return escaped.replace(START, "<mark>").replace(STOP, "</mark>");
	}

	/** What the results are narrowed to; each null when not. */
	public record Filter(String kind, Long agreement, Long focusArea, Long party, Integer year) {

		public Filter {
			if (kind != null) {
				kind = Kind.valueOf(kind).name();
			}
		}

		public boolean isEmpty() {
			return this.kind == null && this.agreement == null && this.focusArea == null && this.party == null
					&& this.year == null;
		}

	}

	/** One record found. */
	public record Result(Kind kind, long id, String agreementTitle, String focusAreaLabel, String partyName,
			Integer year, String title, String excerptHtml, String url) {
	}

	/** A value of one facet (kind, agreement, focus area, party, year) and how many records have it. */
	public record Facet(String name, String value, String label, long found) {
	}

	/** A page of results, how many there are in all (exact) and the facets of the whole query. */
	public record Results(List<Result> results, long total, long totalUnfiltered, int page,
			Map<String, List<Facet>> facets) {

		static final Results NONE = new Results(List.of(), 0, 0, 0, Map.of());

		static Results of(List<Result> results, List<Facet> facets, long chosen, int page) {
			Map<String, List<Facet>> byName = new LinkedHashMap<>();
			long all = 0;
			for (Facet facet : facets) {
				if (facet.name().equals("total")) {
					all = facet.found();
				}
				else if (facet.value() != null) {
					byName.computeIfAbsent(facet.name(), name -> new ArrayList<>()).add(facet);
				}
			}
			byName.computeIfPresent("kind", (name, list) -> list.stream()
				.sorted(Comparator.comparing(facet -> Kind.valueOf(facet.value())))
				.toList());
			byName.computeIfPresent("year", (name, list) -> list.stream()
				.sorted(Comparator.comparing(Facet::value).reversed())
				.toList());
			byName.computeIfPresent("agreement", (name, list) -> sortedByLabel(list));
			byName.computeIfPresent("focusArea", (name, list) -> sortedByLabel(list));
			byName.computeIfPresent("party", (name, list) -> sortedByLabel(list));
			long total = results.isEmpty() ? 0 : chosen;
			return new Results(results, total, all, page, byName);
		}

		/** By label, and those of the same label (focus areas of two agreements of the same title) by id. */
		private static List<Facet> sortedByLabel(List<Facet> facets) {
			return facets.stream()
				.sorted(Comparator.comparing(Facet::label, Comparator.nullsLast(String::compareTo))
					.thenComparingLong(facet -> Long.parseLong(facet.value())))
				.toList();
		}

		public boolean hasLater() {
			return (long) (this.page + 1) * PAGE_SIZE < this.total;
		}

		public boolean hasEarlier() {
			return this.page > 0;
		}

	}

}
