package no.avtaleportal.meeting;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.web.FeedPage;

/**
 * Meetings and decisions for the read API: only those whose minutes are published, for anyone
 * (minutes reach readers outside the steering group only once published), of the steering groups
 * of the agreements the reader sees; in three statements whatever their number.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class MeetingFeed {

	private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	private final JdbcClient jdbc;

	MeetingFeed(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private static FeedPage.Query query(Collection<Long> groups, FeedPage.Request request) {
		return new FeedPage.Query().always("m.steering_group_id in (:groups)", "groups", groups)
			.always("m.minutes_status = :published", "published", MinutesStatus.PUBLISHED.name())
			.where("m.last_modified_at > :since", "since",
					(request.changedSince() != null) ? Timestamp.from(request.changedSince()) : null)
			.where("exists (select 1 from agenda_item f where f.meeting_id = m.id and (f.focus_area_id = :focusArea"
					+ " or f.commitment_id in (select c.commitment_id from " + Agreements.selectCommitments()
					+ " c where c.focus_area_id = :focusArea)))",
					"focusArea", request.focusArea());
	}

	/** {@code groups}: the steering groups of the agreements the reader sees (and asked for). */
	public FeedPage<MeetingItem> meetings(Collection<Long> groups, FeedPage.Request request) {
		if (groups.isEmpty()) {
			return new FeedPage<>(List.of(), 0);
		}
		FeedPage.Query query = query(groups, request);
		long total = this.jdbc.sql("select count(*) from meeting m where " + query.conditions())
			.params(query.parameters())
			.query(Long.class)
			.single();
		List<Object[]> rows = this.jdbc.sql("""
				select m.id, m.steering_group_id, m.starts_at, m.place, m.status, m.last_modified_at
				from meeting m where %s order by m.starts_at, m.id offset :offset limit :limit""".formatted(query.conditions()))
			.params(query.parameters())
			.param("offset", request.offset())
			.param("limit", request.limit())
			.query((rs, row) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant(),
					rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant() })
			.list();
		if (rows.isEmpty()) {
			return new FeedPage<>(List.of(), total);
		}
		Map<Long, List<ItemLine>> items = this.jdbc.sql("""
				select a.meeting_id, a.case_number, a.title, a.focus_area_id, a.commitment_id,
				  (select string_agg(d.text, E'\\n\\n' order by d.id) from decision d where d.agenda_item_id = a.id)
				from agenda_item a where a.meeting_id in (:ids) order by a.position, a.id""")
			.param("ids", rows.stream().map(row -> row[0]).toList())
			.query((rs, row) -> Map.entry(rs.getLong(1), new ItemLine(rs.getString(2), rs.getString(3),
					rs.getObject(4, Long.class), rs.getObject(5, Long.class), rs.getString(6))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return new FeedPage<>(rows.stream()
			.map(row -> new MeetingItem((Long) row[0], (Long) row[1], ((Instant) row[2]).atZone(OSLO).toOffsetDateTime(),
					(String) row[3], MeetingStatus.valueOf((String) row[4]), items.getOrDefault((Long) row[0], List.of()),
					(Instant) row[5]))
			.toList(), total);
	}

	/** The decisions of published minutes, in meeting order. */
	public FeedPage<DecisionItem> decisions(Collection<Long> groups, FeedPage.Request request) {
		if (groups.isEmpty()) {
			return new FeedPage<>(List.of(), 0);
		}
		FeedPage.Query query = query(groups, request);
		String from = "from decision d join meeting m on m.id = d.meeting_id join agenda_item a on a.id = d.agenda_item_id where ";
		long total = this.jdbc.sql("select count(*) " + from + query.conditions())
			.params(query.parameters())
			.query(Long.class)
			.single();
		List<DecisionItem> decisions = this.jdbc
			.sql("select d.id, coalesce(d.number, a.case_number), d.text, m.id, m.starts_at, a.title, a.focus_area_id, "
					+ "a.commitment_id, m.last_modified_at " + from + query.conditions()
					+ " order by m.starts_at, m.id, a.position, d.id offset :offset limit :limit")
			.params(query.parameters())
			.param("offset", request.offset())
			.param("limit", request.limit())
			.query((rs, row) -> new DecisionItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
					rs.getTimestamp(5).toInstant().atZone(OSLO).toLocalDate(), rs.getString(6),
					rs.getObject(7, Long.class), rs.getObject(8, Long.class), rs.getTimestamp(9).toInstant()))
			.list();
		return new FeedPage<>(decisions, total);
	}

	/** A meeting with published minutes: when, where, held or not, and its agenda with the decisions. */
	public record MeetingItem(long id, long steeringGroupId, java.time.OffsetDateTime startsAt, String place,
			MeetingStatus status, List<ItemLine> agenda, Instant changedAt) {
	}

	/** An agenda item: its case number, title, what it concerns and its decisions' text. */
	public record ItemLine(String caseNumber, String title, Long focusAreaId, Long commitmentId, String decisions) {
	}

	/** A decision: its number, text, meeting and the case it was made under. */
	public record DecisionItem(long id, String number, String text, long meetingId, LocalDate meetingDay,
			String caseTitle, Long focusAreaId, Long commitmentId, Instant changedAt) {
	}

}
