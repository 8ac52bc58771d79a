package no.avtaleportal.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of records for a machine reader (the read API): the records, and how many match in
 * all. {@link Query} builds the SQL of such a page: the conditions, a count and the page itself.
 */
public record FeedPage<T>(List<T> items, long total) {

	public <R> FeedPage<R> map(java.util.function.Function<T, R> mapping) {
		return new FeedPage<>(this.items.stream().map(mapping).toList(), this.total);
	}

	/** Which records, from where, how many: the filters every feed takes. */
	public record Request(Long agreement, Long focusArea, Long party, Instant changedSince, int offset, int limit) {
	}

	/** The conditions of a feed's query and their parameters, joined with {@code and}. */
	public static final class Query {

		private final List<String> conditions = new ArrayList<>();

		private final Map<String, Object> parameters = new LinkedHashMap<>();

		public Query where(String condition, String name, Object value) {
			if (value != null) {
				this.conditions.add(condition);
				this.parameters.put(name, value);
			}
			return this;
		}

		public Query always(String condition, String name, Object value) {
			this.conditions.add(condition);
			this.parameters.put(name, value);
			return this;
		}

		public String conditions() {
			return this.conditions.isEmpty() ? "true" : String.join(" and ", this.conditions);
		}

		public Map<String, Object> parameters() {
			return this.parameters;
		}

	}

}
