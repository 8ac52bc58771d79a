package no.avtaleportal.search;

import java.util.List;
import java.util.Map;

import no.avtaleportal.account.SignedInUser;

/**
 * What a module contributes to the search: one or more SQL selects over its own tables, each
 * giving the columns of {@link #COLUMNS} in that order, narrowed to what the user may see and to
 * what {@link SearchTerms#matches} accepts. The access rule is decided in the SQL, so that results,
 * excerpts and counts never hold anything else. Parameters named in a part are the part's own
 * (prefix them with the module's name); {@link SearchTerms#PARAMETERS} are given to every part.
 */
public interface SearchSource {

	/**
	 * The columns of every part: {@code kind} (a {@link Kind} name), {@code id}, {@code agreement_id},
	 * {@code agreement_title}, {@code focus_area_id}, {@code focus_area_label}, {@code party_id},
	 * {@code party_name}, {@code year}, {@code title}, {@code body} (the text to quote from),
	 * {@code url} (with the anchor of the exact place) and {@code vec} (the tsvector matched, best
	 * a stored column, so that ranking many hits does not make each one's tsvector again).
	 */
	String COLUMNS = "kind, id, agreement_id, agreement_title, focus_area_id, focus_area_label, party_id, party_name, "
			+ "year, title, body, url, vec";

	List<Part> parts(SignedInUser user, SearchTerms terms);

	/** One select of a source and its own parameters. */
	record Part(String sql, Map<String, Object> parameters) {

		public Part(String sql) {
			this(sql, Map.of());
		}

	}

	/** The kinds of records found, in the order the results page groups them. */
	enum Kind {

		AGREEMENT, CLAUSE, ACTIVITY, STATUS_UPDATE, DELIVERABLE, DOCUMENT, AGENDA_ITEM, DECISION, ACTION_ITEM

	}

}
