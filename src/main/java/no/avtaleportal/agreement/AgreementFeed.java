package no.avtaleportal.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.web.FeedPage;

/**
 * The agreements for the read API: a page of them with their parties, clauses, focus areas and
 * commitments, in five statements whatever their number. The caller says which agreements the
 * reader may see ({@link Agreements#visibleTo}).
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class AgreementFeed {

	private static final String CHANGED = """
			greatest(a.last_modified_at,
			  (select max(c.last_modified_at) from clause c where c.agreement_id = a.id),
			  (select max(f.last_modified_at) from focus_area f where f.agreement_id = a.id),
			  (select max(c.last_modified_at) from commitment c join focus_area f on f.id = c.focus_area_id where f.agreement_id = a.id))""";

	private final JdbcClient jdbc;

	AgreementFeed(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public FeedPage<AgreementItem> page(Collection<Long> visible, FeedPage.Request request) {
		if (visible.isEmpty()) {
			return new FeedPage<>(List.of(), 0);
		}
		FeedPage.Query query = new FeedPage.Query().always("a.id in (:visible)", "visible", visible)
			.where("a.id = :agreement", "agreement", request.agreement())
			.where("exists (select 1 from agreement_party p where p.agreement_id = a.id and p.organisation_id = :party)",
					"party", request.party())
			.where("exists (select 1 from focus_area f where f.agreement_id = a.id and f.id = :focusArea)", "focusArea",
					request.focusArea())
			.where(CHANGED + " > :since", "since", (request.changedSince() != null)
					? java.sql.Timestamp.from(request.changedSince()) : null);
		long total = this.jdbc.sql("select count(*) from agreement a where " + query.conditions())
			.params(query.parameters())
			.query(Long.class)
			.single();
		List<Object[]> rows = this.jdbc
			.sql("select a.id, a.title, a.kind, a.signed_on, a.start_date, a.term_months, " + CHANGED
					+ " from agreement a where " + query.conditions() + " order by a.id offset :offset limit :limit")
			.params(query.parameters())
			.param("offset", request.offset())
			.param("limit", request.limit())
			.query((rs, row) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getInt(6),
					rs.getTimestamp(7).toInstant() })
			.list();
		if (rows.isEmpty()) {
			return new FeedPage<>(List.of(), total);
		}
		List<Long> ids = rows.stream().map(row -> (Long) row[0]).toList();
		Map<Long, List<Long>> parties = this.jdbc
			.sql("select agreement_id, organisation_id from agreement_party where agreement_id in (:ids) order by id")
			.param("ids", ids)
			.query((rs, row) -> Map.entry(rs.getLong(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		Map<Long, List<ClauseItem>> clauses = this.jdbc
			.sql("select agreement_id, number, heading, body from clause where agreement_id in (:ids) order by position, id")
			.param("ids", ids)
			.query((rs, row) -> Map.entry(rs.getLong(1), new ClauseItem(rs.getString(2), rs.getString(3), rs.getString(4))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		List<Object[]> commitments = this.jdbc.sql("""
				select f.agreement_id, f.id, f.code, f.title, c.id, c.text, c.lead_organisation_id
				from focus_area f left join commitment c on c.focus_area_id = f.id
				where f.agreement_id in (:ids) order by f.code, f.id, c.position, c.id""")
			.param("ids", ids)
			.query((rs, row) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, Long.class), rs.getString(6), rs.getObject(7, Long.class) })
			.list();
		List<AgreementItem> items = rows.stream().map(row -> {
			long id = (Long) row[0];
			Map<Long, FocusAreaItem> areas = new java.util.LinkedHashMap<>();
			for (Object[] line : commitments) {
				if ((Long) line[0] != id) {
					continue;
				}
				FocusAreaItem area = areas.computeIfAbsent((Long) line[1],
						key -> new FocusAreaItem(key, (String) line[2], (String) line[3], new java.util.ArrayList<>()));
				if (line[4] != null) {
					area.commitments().add(new CommitmentItem((Long) line[4],
							area.code() + (area.commitments().size() + 1), (String) line[5], (Long) line[6]));
				}
			}
			return new AgreementItem(id, (String) row[1], (String) row[2], (LocalDate) row[3], (LocalDate) row[4],
					(Integer) row[5], parties.getOrDefault(id, List.of()), clauses.getOrDefault(id, List.of()),
					List.copyOf(areas.values()), (Instant) row[6]);
		}).toList();
		return new FeedPage<>(items, total);
	}

	/** An agreement with its parties (organisation ids), clauses and focus areas; when it last changed. */
	public record AgreementItem(long id, String title, String kind, LocalDate signedOn, LocalDate startDate,
			int termMonths, List<Long> partyOrganisationIds, List<ClauseItem> clauses, List<FocusAreaItem> focusAreas,
			Instant changedAt) {
	}

	public record ClauseItem(String number, String heading, String text) {
	}

	public record FocusAreaItem(long id, String code, String title, List<CommitmentItem> commitments) {
	}

	/** A commitment: its number ("A1"), text and lead party ({@code null}: both). */
	public record CommitmentItem(long id, String number, String text, Long leadOrganisationId) {
	}

}
