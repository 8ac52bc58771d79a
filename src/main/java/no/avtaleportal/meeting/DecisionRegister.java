package no.avtaleportal.meeting;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.search.SearchTerms;
import no.avtaleportal.search.SimilarWords;
import no.avtaleportal.web.BadInputException;
import no.avtaleportal.web.Formats;
import no.avtaleportal.web.NotFoundException;
import no.avtaleportal.web.SelectOption;

/**
 * The decision register as a working tool: the numbered decisions the user may see (of approved
 * and published minutes for the steering group's members and secretary, of published minutes for
 * everyone else who sees the group), searched and filtered, each with the action items of its
 * case and its follow-up. A page of the register, its exact count and the choices of the filters
 * come from one statement, whatever the number of decisions.
 */
@Component
class DecisionRegister {

	/**
	 * Decisions per page: 25, as the other lists. Each row holds the decision's action items and,
	 * for the steering group, a form to set its follow-up; 50 rows made the largest page of the
	 * portal (85 KB) and the costliest to render (issue 15).
	 */
	static final int PAGE_SIZE = 25;

	/**
	 * The most meetings the meeting filter lists: the newest of those in the chosen agreement and
	 * year (and the chosen meeting), so that the page does not grow with every meeting ever held.
	 */
	static final int MEETING_OPTIONS = 30;

	private static final String STATUS = """
			coalesce(fu.status, case when coalesce(cardinality(x.texts), 0) = 0 then 'TO_FOLLOW_UP'
			                         when x.open = 0 then 'DONE' else 'IN_PROGRESS' end)""";

	private final SteeringGroupAccess access;

	private final SimilarWords similarWords;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	DecisionRegister(SteeringGroupAccess access, SimilarWords similarWords, NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.access = access;
		this.similarWords = similarWords;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** One page of the decisions that meet the criteria, newest meeting first. */
	@Transactional(readOnly = true)
	Page page(SignedInUser user, Criteria criteria, int page) {
		int current = Math.min(Math.max(page, 0), 1_000_000);
		return query(user, criteria, PAGE_SIZE, current * PAGE_SIZE, current);
	}

	/** Every decision that meets the criteria (for the CSV file and the PDF register). */
	@Transactional(readOnly = true)
	Page all(SignedInUser user, Criteria criteria) {
		return query(user, criteria, Integer.MAX_VALUE, 0, 0);
	}

	private Page query(SignedInUser user, Criteria criteria, int limit, int offset, int page) {
		List<Membership> memberships = this.access.memberships(user);
		List<Long> insider = ids(memberships.stream().filter(Membership::isInsider).toList());
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("insider", insider);
		parameters.put("reader", ids(memberships));
		parameters.put("agreement", criteria.agreement());
		parameters.put("year", criteria.year());
		parameters.put("focusArea", criteria.focusArea());
		parameters.put("meeting", criteria.meeting());
		parameters.put("status", (criteria.status() != null) ? criteria.status().name() : null);
		parameters.put("limit", limit);
		parameters.put("meetingOptions", MEETING_OPTIONS + 1);
		parameters.put("offset", offset);
		SearchTerms terms = SearchTerms.parse(criteria.q());
		String words = "true";
		String queries = "";
		if (!terms.isEmpty()) {
			terms = this.similarWords.lookUp(terms);
			parameters.putAll(terms.parameters(false, null));
			words = terms.matches("to_tsvector('norwegian', d.text)");
			queries = terms.queries() + ",\n";
		}
		List<Row> rows = new ArrayList<>();
		Map<Long, LocalDate> meetings = new LinkedHashMap<>();
		Map<Long, SelectOption> focusAreas = new LinkedHashMap<>();
		long[] total = { 0 };
		this.jdbc.query("""
				with %svisible as (
				  select d.id, d.number, d.text, m.id as meeting_id, m.starts_at, m.minutes_status, m.steering_group_id,
				         i.id as item_id, i.case_number, i.title as item_title, i.position,
				         g.agreement_id, g.agreement_title, i.focus_area_id, f.focus_area_label,
				         cast(extract(year from m.starts_at at time zone 'Europe/Oslo') as integer) as year,
				         fu.version as follow_up_version, %s as status,
				         x.texts, x.owners, x.dues, x.done
				  from decision d
				  join meeting m on m.id = d.meeting_id
				  join agenda_item i on i.id = d.agenda_item_id
				  join %s s on s.steering_group_id = m.steering_group_id
				  join %s g on g.agreement_id = s.agreement_id
				  left join %s f on f.focus_area_id = i.focus_area_id
				  left join decision_follow_up fu on fu.decision_id = d.id
				  left join lateral (
				    select array_agg(a.text order by a.due_date, a.id) as texts,
				           array_agg(a.owner_name order by a.due_date, a.id) as owners,
				           array_agg(a.due_date - date '1970-01-01' order by a.due_date, a.id) as dues,
				           array_agg(a.done_at is not null order by a.due_date, a.id) as done,
				           count(*) filter (where a.done_at is null) as open
				    from action_item a where a.agenda_item_id = i.id) x on true
				  where d.number is not null
				    and ((m.steering_group_id in (:insider) and m.minutes_status in ('APPROVED', 'PUBLISHED'))
				         or (m.steering_group_id in (:reader) and m.minutes_status = 'PUBLISHED'))),
				chosen as (
				  select * from visible d
				  where (cast(:agreement as bigint) is null or agreement_id = cast(:agreement as bigint))
				    and (cast(:year as integer) is null or year = cast(:year as integer))
				    and (cast(:focusArea as bigint) is null or focus_area_id = cast(:focusArea as bigint))
				    and (cast(:meeting as bigint) is null or meeting_id = cast(:meeting as bigint))
				    and (cast(:status as text) is null or status = cast(:status as text))
				    and %s),
				page as (
				  select 'ROW' as row_kind, chosen.*, count(*) over () as total from chosen
				  order by starts_at desc, position desc, id desc
				  limit :limit offset :offset)
				select * from page
				union all
				select * from (select * from (select distinct on (meeting_id) 'MEETING' as row_kind, visible.*, cast(0 as bigint) as total
				                              from visible
				                              where ((cast(:agreement as bigint) is null or agreement_id = cast(:agreement as bigint))
				                                     and (cast(:year as integer) is null or year = cast(:year as integer)))
				                                 or meeting_id = cast(:meeting as bigint)
				                              order by meeting_id) m
				               order by meeting_id = cast(:meeting as bigint) desc nulls last, starts_at desc
				               limit :meetingOptions) meetings
				union all
				select * from (select distinct on (focus_area_id) 'FOCUS_AREA' as row_kind, visible.*, cast(0 as bigint) as total
				               from visible where focus_area_id is not null order by focus_area_id) focus_areas""".formatted(queries, STATUS,
				Agreements.selectSteeringGroups(), Agreements.selectAgreements(), Agreements.selectFocusAreas(), words),
				parameters, (ResultSet row) -> {
			switch (row.getString("row_kind")) {
				case "MEETING" -> meetings.put(row.getLong("meeting_id"),
						row.getObject("starts_at", OffsetDateTime.class).atZoneSameInstant(Meeting.OSLO).toLocalDate());
				case "FOCUS_AREA" -> focusAreas.put(row.getLong("focus_area_id"),
						SelectOption.of(row.getLong("focus_area_id"),
								Agreements.FocusAreaView.labelWithAgreement(row.getString("focus_area_label"), row.getString("agreement_title"))));
				default -> {
					total[0] = row.getLong("total");
					rows.add(row(row, insider));
				}
			}
		});
		rows.sort(Comparator.comparing(Row::startsAt).thenComparing(Row::position).thenComparing(Row::id).reversed());
		// the meetings newest first, each named by its day ("12.03.2025"), formatted once here rather than per option on the page;
		// one more than the filter lists was read to tell whether there are more (the chosen meeting is always among them)
		boolean moreMeetings = meetings.size() > MEETING_OPTIONS;
		Long left = moreMeetings ? oldestOtherThan(meetings, criteria.meeting()) : null;
		List<SelectOption> meetingOptions = meetings.entrySet()
			.stream()
			.filter(meeting -> !meeting.getKey().equals(left))
			.sorted(Map.Entry.<Long, LocalDate>comparingByValue().reversed())
			.map(meeting -> SelectOption.of(meeting.getKey(), Formats.date(meeting.getValue())))
			.toList();
		List<SelectOption> focusAreaOptions = focusAreas.values()
			.stream()
			.sorted(Comparator.comparing(SelectOption::label))
			.toList();
		List<SelectOption> agreementOptions = memberships.stream()
			.map(membership -> SelectOption.of(membership.group().agreementId(), membership.group().agreementTitle()))
			.distinct()
			.toList();
		int thisYear = LocalDate.now(this.clock).getYear();
		List<Integer> years = new ArrayList<>();
		int first = memberships.stream()
			.map(membership -> membership.group().agreementStart().getYear())
			.min(Integer::compare)
			.orElse(thisYear);
		for (int year = thisYear; year >= first; year--) {
			years.add(year);
		}
		return new Page(rows, total[0], page, agreementOptions, years, focusAreaOptions, meetingOptions, moreMeetings);
	}

	/** The id of the oldest of the meetings, the chosen one aside. */
	private static Long oldestOtherThan(Map<Long, LocalDate> meetings, Long chosen) {
		return meetings.entrySet()
			.stream()
			.filter(meeting -> !meeting.getKey().equals(chosen))
			.min(Map.Entry.<Long, LocalDate>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
			.orElseThrow()
			.getKey();
	}

	private static Row row(ResultSet row, List<Long> insider) throws SQLException {
		List<Action> actions = new ArrayList<>();
		String[] texts = strings(row.getArray("texts"));
		String[] owners = strings(row.getArray("owners"));
		Object[] dues = objects(row.getArray("dues"));
		Object[] done = objects(row.getArray("done"));
		for (int i = 0; i < texts.length; i++) {
			// the days due as days since 1970: the driver makes each element of an array of dates through a Calendar
			actions.add(new Action(texts[i], owners[i], LocalDate.ofEpochDay(((Number) dues[i]).longValue()),
					(Boolean) done[i]));
		}
		ZonedDateTime startsAt = row.getObject("starts_at", OffsetDateTime.class).atZoneSameInstant(Meeting.OSLO);
		long groupId = row.getLong("steering_group_id");
		Long version = (Long) row.getObject("follow_up_version");
		return new Row(row.getLong("id"), row.getString("number"), row.getString("text"), row.getLong("meeting_id"),
				startsAt, MinutesStatus.valueOf(row.getString("minutes_status")), row.getLong("item_id"),
				row.getString("case_number"), row.getString("item_title"), row.getInt("position"),
				row.getString("agreement_title"), row.getString("focus_area_label"), row.getInt("year"),
				FollowUp.valueOf(row.getString("status")), version, insider.contains(groupId), actions);
	}

	private static String[] strings(Array array) throws SQLException {
		return (array == null) ? new String[0] : (String[]) array.getArray();
	}

	private static Object[] objects(Array array) throws SQLException {
		return (array == null) ? new Object[0] : (Object[]) array.getArray();
	}

	private static List<Long> ids(List<Membership> memberships) {
		List<Long> ids = memberships.stream().map(membership -> membership.group().id()).toList();
		return ids.isEmpty() ? List.of(-1L) : ids;
	}

	/**
	 * Records how the decision is followed up, by a member or the secretary of its steering group;
	 * {@code version} is the follow-up's version the form was opened at, null when it had none.
	 * @throws NotFoundException when the user may not see the decision
	 * @throws OptimisticLockingFailureException when someone else changed it since
	 */
	@Transactional
	void followUp(SignedInUser user, long decisionId, FollowUp status, Long version) {
		List<Map<String, Object>> found = this.jdbc.queryForList("""
				select m.steering_group_id, m.minutes_status from decision d join meeting m on m.id = d.meeting_id
				where d.id = :id and d.number is not null""", Map.of("id", decisionId));
		if (found.isEmpty()) {
			throw new NotFoundException("decision " + decisionId);
		}
		long groupId = ((Number) found.get(0).get("steering_group_id")).longValue();
		String minutes = (String) found.get(0).get("minutes_status");
		Membership membership = this.access.membership(user, groupId);
		if (!membership.isInsider() && !"PUBLISHED".equals(minutes)) {
			throw new NotFoundException("decision " + decisionId);
		}
		if (!membership.isInsider() || !("PUBLISHED".equals(minutes) || "APPROVED".equals(minutes))) {
			throw new org.springframework.security.access.AccessDeniedException("not of the steering group");
		}
		if (status == null) {
			throw new BadInputException("no follow-up for decision " + decisionId);
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", decisionId);
		parameters.put("status", status.name());
		parameters.put("version", version);
		parameters.put("who", user.getUsername());
		parameters.put("at", OffsetDateTime.now(this.clock));
		int changed = (version == null) ? this.jdbc.update("""
				insert into decision_follow_up (decision_id, status, created_by, created_at, last_modified_by, last_modified_at)
				values (:id, :status, :who, :at, :who, :at) on conflict (decision_id) do nothing""", parameters)
				: this.jdbc.update("""
						update decision_follow_up set status = :status, version = version + 1, last_modified_by = :who,
						       last_modified_at = :at
						where decision_id = :id and version = :version""", parameters);
		if (changed == 0) {
			throw new ObjectOptimisticLockingFailureException(FollowUp.class, decisionId);
		}
	}

	/** What the register is narrowed to; each null when not. */
	public record Criteria(String q, Long agreement, Integer year, Long focusArea, Long meeting, FollowUp status) {

		/** The words searched for without surrounding spaces, {@code null} when there are none. */
		public Criteria {
			q = (q == null || q.isBlank()) ? null : q.strip();
		}

		public boolean isEmpty() {
			return this.q == null && this.agreement == null && this.year == null
					&& this.focusArea == null && this.meeting == null && this.status == null;
		}

	}

	/** One decision in the register, with its case, its action items and its follow-up. */
	public record Row(long id, String number, String text, long meetingId, ZonedDateTime startsAt, MinutesStatus minutesStatus,
			long agendaItemId, String caseNumber, String agendaTitle, int position, String agreementTitle,
			String focusAreaLabel, int year, FollowUp followUp, Long followUpVersion, boolean editable,
			List<Action> actions) {

		public boolean isPublished() {
			return this.minutesStatus == MinutesStatus.PUBLISHED;
		}

		public long actionsDone() {
			return this.actions.stream().filter(Action::done).count();
		}

	}

	/** An action item of the decision's case and whether it is done. */
	public record Action(String text, String ownerName, LocalDate dueDate, boolean done) {
	}

	/**
	 * A page of the register, the exact number of decisions that meet the criteria, and the filters'
	 * choices; {@code moreMeetings} when the meeting filter lists only the newest
	 * {@link #MEETING_OPTIONS} of the meetings there are.
	 */
	public record Page(List<Row> rows, long total, int page, List<SelectOption> agreements, List<Integer> years,
			List<SelectOption> focusAreas, List<SelectOption> meetings, boolean moreMeetings) {

		public boolean hasEarlier() {
			return (long) (this.page + 1) * PAGE_SIZE < this.total;
		}

		public boolean hasLater() {
			return this.page > 0;
		}

	}

}
