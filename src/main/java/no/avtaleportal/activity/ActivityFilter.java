package no.avtaleportal.activity;

import java.util.List;
import java.util.Optional;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the activity list is narrowed to and sorted by, as the query string carries it. Every
 * field may be empty.
 *
 * @param q words to search for in titles, descriptions, tags and status updates
 * @param lead an organisation's id, or {@code JOINT} for activities the parties lead together
 * @param responsible a name or part of one: only activities of the persons responsible whose names match
 * @param mine only the signed-in person's activities (responsible or contributing)
 * @param sort {@code due} (the default), {@code title}, {@code status} or {@code updated}
 */
public record ActivityFilter(String q, Long agreement, Long area, Long commitment, String lead, ActivityStatus status,
		Light light, String responsible, Boolean overdue, Boolean mine, String sort, Integer page) {

	static final String JOINT = "JOINT";

	static ActivityFilter none() {
		return new ActivityFilter(null, null, null, null, null, null, null, null, null, null, null, null);
	}

	public String query() {
		return (this.q != null && !this.q.isBlank()) ? this.q.strip() : null;
	}

	/** The name asked for, without surrounding spaces, or {@code null}. */
	public String responsibleName() {
		return (this.responsible != null && !this.responsible.isBlank()) ? this.responsible.strip() : null;
	}

	public boolean isOverdue() {
		return Boolean.TRUE.equals(this.overdue);
	}

	public boolean isMine() {
		return Boolean.TRUE.equals(this.mine);
	}

	public int pageNumber() {
		return (this.page != null && this.page > 0) ? this.page : 0;
	}

	public String sortKey() {
		return (this.sort != null && List.of("title", "status", "updated").contains(this.sort)) ? this.sort : "due";
	}

	/** The query string of this filter on another page, for the pagination links. */
	String toQuery(Integer otherPage) {
		return UriComponentsBuilder.newInstance()
			.queryParamIfPresent("q", Optional.ofNullable(query()))
			.queryParamIfPresent("agreement", Optional.ofNullable(this.agreement))
			.queryParamIfPresent("area", Optional.ofNullable(this.area))
			.queryParamIfPresent("commitment", Optional.ofNullable(this.commitment))
			.queryParamIfPresent("lead", Optional.ofNullable((this.lead != null && !this.lead.isBlank()) ? this.lead : null))
			.queryParamIfPresent("status", Optional.ofNullable(this.status))
			.queryParamIfPresent("light", Optional.ofNullable(this.light))
			.queryParamIfPresent("responsible", Optional.ofNullable(responsibleName()))
			.queryParamIfPresent("overdue", Optional.ofNullable(isOverdue() ? true : null))
			.queryParamIfPresent("mine", Optional.ofNullable(isMine() ? true : null))
			.queryParamIfPresent("sort", Optional.ofNullable(this.sort))
			.queryParamIfPresent("page", Optional.ofNullable(otherPage))
			.encode()
			.build()
			.getQuery();
	}

}
