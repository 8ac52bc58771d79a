package no.avtaleportal.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.avtaleportal.people.People;

/**
 * Finds activities for the list, the search and the export: one statement for a page (with the
 * total count) whatever the number of activities, narrowed to the focus areas given (those the
 * user may see, of the agreement chosen). The count is a subquery that PostgreSQL runs once, from
 * the indexes alone; a window ({@code count(*) over ()}) kept every matching row, all its columns,
 * to count them before the page's 25 could be picked: three quarters of the statement's time on
 * the benchmark's 2,000 activities (issue 15).
 * Words are matched with PostgreSQL full-text search in its {@code norwegian} configuration, so
 * "kompetansebehov" also finds "kompetansebehovet".
 */
@Component
class ActivityList {

	static final int PAGE_SIZE = 25;

	private final JdbcClient jdbc;

	private final People people;

	ActivityList(JdbcClient jdbc, People people) {
		this.jdbc = jdbc;
		this.people = people;
	}

	/** A page of the list and how many activities match in all. */
	public record Page(List<ActivityRow> rows, long total, int number) {

		public int pages() {
			return (int) Math.max(1, (this.total + PAGE_SIZE - 1) / PAGE_SIZE);
		}

	}

	Page page(ActivityFilter filter, Collection<Long> visibleAreaIds, Long personId, LocalDate today) {
		List<Long> total = new ArrayList<>(1);
		List<ActivityRow> rows = query(filter, visibleAreaIds, personId, today,
				" limit " + PAGE_SIZE + " offset " + ((long) filter.pageNumber() * PAGE_SIZE), total);
		return new Page(rows, total.isEmpty() ? 0 : total.get(0), filter.pageNumber());
	}

	/** Every matching activity, for the export. */
	List<ActivityRow> all(ActivityFilter filter, Collection<Long> visibleAreaIds, Long personId, LocalDate today) {
		return query(filter, visibleAreaIds, personId, today, "", null);
	}

	/**
	 * The matching activities after the limit; and into {@code total}, unless it is {@code null},
	 * how many match in all.
	 */
	private List<ActivityRow> query(ActivityFilter filter, Collection<Long> visibleAreaIds, Long personId,
			LocalDate today, String limit, List<Long> total) {
		if (visibleAreaIds.isEmpty()) {
			return List.of();
		}
		StringBuilder where = new StringBuilder("a.focus_area_id in (:areas)");
		Map<String, Object> values = new HashMap<>();
		values.put("areas", visibleAreaIds);
		String q = filter.query();
		if (q != null) {
			where.append(" and a.search_vector @@ websearch_to_tsquery('norwegian', :q)");
			values.put("q", q);
		}
		if (filter.area() != null) {
			where.append(" and a.focus_area_id = :area");
			values.put("area", filter.area());
		}
		if (filter.commitment() != null) {
			where.append(" and a.commitment_id = :commitment");
			values.put("commitment", filter.commitment());
		}
		if (ActivityFilter.JOINT.equals(filter.lead())) {
			where.append(" and a.lead_organisation_id is null");
		}
		else if (filter.lead() != null && filter.lead().matches("\\d{1,18}")) {
			where.append(" and a.lead_organisation_id = :lead");
			values.put("lead", Long.valueOf(filter.lead()));
		}
		if (filter.status() != null) {
			where.append(" and a.status = :status");
			values.put("status", filter.status().name());
		}
		if (filter.light() != null) {
			where.append(" and a.current_light = :light");
			values.put("light", filter.light().name());
		}
		if (filter.responsibleName() != null) {
			List<Long> responsible = this.people.personIdsNamed(filter.responsibleName());
			if (responsible.isEmpty()) {
				return List.of();
			}
			where.append(" and a.responsible_person_id in (:responsible)");
			values.put("responsible", responsible);
		}
		if (filter.isOverdue()) {
			where.append(" and a.due_date < :today and a.status not in ('COMPLETED', 'CANCELLED')");
			values.put("today", today);
		}
		if (filter.isMine()) {
			where.append("""
					 and (a.responsible_person_id = :me
					      or exists (select 1 from activity_contributor c where c.activity_id = a.id and c.person_id = :me))""");
			values.put("me", (personId != null) ? personId : -1L);
		}
		StringBuilder sql = new StringBuilder("""
				select a.id, a.title, a.focus_area_id, a.commitment_id, a.lead_organisation_id, a.responsible_person_id,
				       a.status, a.start_date, a.due_date, a.current_light, a.last_update_on, a.example""");
		if (total != null) {
			sql.append(",\n       (select count(*) from activity a where ").append(where).append(") as total");
		}
		sql.append("\nfrom activity a\nwhere ").append(where);
		sql.append(switch (filter.sortKey()) {
			case "title" -> " order by lower(a.title), a.id";
			case "status" -> " order by a.status, a.due_date nulls last, a.id";
			case "updated" -> " order by a.last_update_on desc nulls last, a.id";
			default -> (q != null) ? " order by ts_rank(a.search_vector, websearch_to_tsquery('norwegian', :q)) desc, a.id"
					: " order by a.due_date nulls last, a.id";
		});
		sql.append(limit);
		return this.jdbc.sql(sql.toString()).params(values).query((rs, row) -> {
			if (total != null && row == 0) {
				total.add(rs.getLong("total"));
			}
			return new ActivityRow(rs.getLong("id"), rs.getString("title"), rs.getLong("focus_area_id"),
					rs.getObject("commitment_id", Long.class), rs.getObject("lead_organisation_id", Long.class),
					rs.getLong("responsible_person_id"), ActivityStatus.valueOf(rs.getString("status")),
					rs.getObject("start_date", LocalDate.class), rs.getObject("due_date", LocalDate.class),
					(rs.getString("current_light") != null) ? Light.valueOf(rs.getString("current_light")) : null,
					rs.getObject("last_update_on", LocalDate.class), rs.getBoolean("example"));
		}).list();
	}

}
