package no.avtaleportal.support;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The large set's shape under one agreement, for the tests that show a page runs the same number
 * of statements whatever the volume: {@link #large} has 2,000 activities with 20,000 status
 * updates, 500 documents and 200 held meetings with published minutes, each with a case, its
 * decision and ten action items (2,000); {@link #quarter} a quarter and {@link #small} a hundredth
 * of it. Every record's title starts with {@value #WORD}, and {@link #remove} takes the set away
 * again.
 */
public final class LargeSet {

	/** The word every record of the set begins with (and the search finds them by). */
	public static final String WORD = "Skalaprøve";

	public static final int UPDATES_PER_ACTIVITY = 10;

	public static final int ACTION_ITEMS_PER_MEETING = 10;

	/** The day of the set's newest meeting. */
	private static final LocalDate LAST_MEETING = LocalDate.of(2026, 10, 1);

	private static final String[] STATUSES = { "PLANNED", "IN_PROGRESS", "ON_HOLD", "IN_PROGRESS" };

	private static final String[] LIGHTS = { "GREEN", "YELLOW", "RED" };

	private final JdbcTemplate jdbc;

	/** The number of activities, each with {@value #UPDATES_PER_ACTIVITY} status updates. */
	public final int activities;

	public final int documents;

	/** The number of meetings, each with a case, its decision and {@value #ACTION_ITEMS_PER_MEETING} action items. */
	public final int meetings;

	private LargeSet(JdbcTemplate jdbc, int activities, int documents, int meetings) {
		this.jdbc = jdbc;
		this.activities = activities;
		this.documents = documents;
		this.meetings = meetings;
	}

	/** The large set: 2,000 activities, 20,000 status updates, 500 documents, 200 meetings. */
	public static LargeSet large(JdbcTemplate jdbc) {
		return new LargeSet(jdbc, 2000, 500, 200);
	}

	/** The same shape a hundredth the size (at least one of each), to compare the large set with. */
	public static LargeSet small(JdbcTemplate jdbc) {
		return new LargeSet(jdbc, 20, 5, 2);
	}

	/**
	 * A quarter of the large set (500 activities, 125 documents, 50 meetings): enough to fill every
	 * page of every list, so that a page that shows more with the large set grows with the data.
	 */
	public static LargeSet quarter(JdbcTemplate jdbc) {
		return new LargeSet(jdbc, 500, 125, 50);
	}

	/** Only meetings, as many as asked, each with its case, decision and action items (and one activity and document). */
	public static LargeSet meetings(JdbcTemplate jdbc, int meetings) {
		return new LargeSet(jdbc, 1, 1, meetings);
	}

	/** The number of records of the set the search finds by {@link #WORD}: activities, documents, cases, decisions and action items. */
	public long searchable() {
		return this.activities + this.documents + 2L * this.meetings + (long) this.meetings * ACTION_ITEMS_PER_MEETING;
	}

	/** Inserts the set under the agreement. */
	public void insert(long agreement) {
		List<Long> areas = this.jdbc.queryForList("select id from focus_area where agreement_id = ? order by code", Long.class,
				agreement);
		List<Long> commitments = this.jdbc.queryForList(
				"select c.id from commitment c join focus_area f on f.id = c.focus_area_id where f.agreement_id = ?",
				Long.class, agreement);
		List<Long> organisations = this.jdbc.queryForList("select id from organisation order by id", Long.class);
		// the activities are the prorector's, the action items the NTNU contributor's: each has a long
		// list of tasks of one kind
		long responsible = this.jdbc.queryForObject("select person_id from user_account where username = 'prorektor'",
				Long.class);
		long person = this.jdbc.queryForObject("select person_id from user_account where username = 'ntnu'", Long.class);
		long group = this.jdbc.queryForObject("select id from steering_group where agreement_id = ?", Long.class, agreement);
		Timestamp now = Timestamp.from(Instant.now());
		LocalDate first = LocalDate.of(2023, 12, 1);

		List<Object[]> activities = new ArrayList<>();
		for (int i = 0; i < this.activities; i++) {
			Long lead = (i % 3 == 2) ? null : organisations.get(i % organisations.size());
			activities.add(new Object[] { WORD + " " + i, areas.get(i % areas.size()),
					commitments.get(i % commitments.size()), lead, responsible, STATUSES[i % STATUSES.length],
					Date.valueOf(first.plusDays(i % 700)), Date.valueOf(first.plusDays(i % 700 + 30 + i % 300)),
					LIGHTS[i % LIGHTS.length], Date.valueOf(first.plusDays(i % 700 + 90)), now, now });
		}
		this.jdbc.batchUpdate("""
				insert into activity (title, focus_area_id, commitment_id, lead_organisation_id, responsible_person_id, status,
				    start_date, due_date, current_light, last_update_on, created_by, created_at, last_modified_by, last_modified_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'test', ?, 'test', ?)""", activities);
		List<Long> ids = this.jdbc.queryForList("select id from activity where title like ?", Long.class, WORD + " %");
		assertThat(ids).hasSize(this.activities);

		List<Object[]> changes = new ArrayList<>();
		List<Object[]> updates = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			changes.add(new Object[] { ids.get(i), "IN_PROGRESS", Date.valueOf(first.plusDays(i % 700 + 10)), now });
			for (int u = 0; u < UPDATES_PER_ACTIVITY; u++) {
				updates.add(new Object[] { ids.get(i), Date.valueOf(first.plusDays(i % 700 + u * 9)),
						LIGHTS[(i + u) % LIGHTS.length], "Oppdatering " + u, now, now });
			}
		}
		this.jdbc.batchUpdate("insert into activity_status_change (activity_id, status, changed_on, changed_at) values (?, ?, ?, ?)",
				changes);
		this.jdbc.batchUpdate("""
				insert into status_update (activity_id, written_on, author_name, light, text, created_by, created_at,
				    last_modified_by, last_modified_at)
				values (?, ?, 'Per Johansen', ?, ?, 'test', ?, 'test', ?)""", updates);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from status_update u join activity a on a.id = u.activity_id where a.title like ?",
				Integer.class, WORD + " %")).isEqualTo(this.activities * UPDATES_PER_ACTIVITY);

		List<Object[]> documents = new ArrayList<>();
		for (int i = 0; i < this.documents; i++) {
			documents.add(new Object[] { agreement, WORD + " dokument " + i, organisations.get(i % organisations.size()),
					Date.valueOf(first.plusDays(i)), areas.get(i % areas.size()), "skalaprove-" + i + ".pdf", now, now });
		}
		this.jdbc.batchUpdate("""
				insert into document (agreement_id, title, author_organisation_id, document_date, focus_area_id, file_name,
				    content_type, size_bytes, created_by, created_at, last_modified_by, last_modified_at)
				values (?, ?, ?, ?, ?, ?, 'application/pdf', 1000, 'test', ?, 'test', ?)""", documents);

		List<Object[]> meetings = new ArrayList<>();
		// every fifth day up to the same last day whatever their number (from 10 January 2024 for the
		// large set), so that the newest meetings, which the lists show first, are the set's in every size
		Instant start = LAST_MEETING.minusDays((this.meetings - 1) * 5L).atStartOfDay(ZoneId.of("Europe/Oslo")).toInstant();
		for (int i = 0; i < this.meetings; i++) {
			meetings.add(new Object[] { group, Timestamp.from(start.plus(i * 5L, ChronoUnit.DAYS)), "skalaprove-" + i, now,
					now });
		}
		this.jdbc.batchUpdate("""
				insert into meeting (steering_group_id, starts_at, duration_minutes, status, minutes_status, calendar_uid,
				    created_by, created_at, last_modified_by, last_modified_at)
				values (?, ?, 60, 'HELD', 'PUBLISHED', ?, 'test', ?, 'test', ?)""", meetings);
		this.jdbc.update("""
				insert into agenda_item (meeting_id, position, title, case_number)
				select id, 1, ? || ' sak ' || substring(calendar_uid from 12), 'S' || substring(calendar_uid from 12)
				from meeting where calendar_uid like 'skalaprove-%'""",
				WORD);
		this.jdbc.update("""
				insert into decision (meeting_id, agenda_item_id, text, number)
				select i.meeting_id, i.id, ? || ' vedtak ' || substring(m.calendar_uid from 12), 'SKALA-' || i.case_number
				from agenda_item i join meeting m on m.id = i.meeting_id where m.calendar_uid like 'skalaprove-%'""", WORD);
		this.jdbc.update("""
				insert into action_item (meeting_id, agenda_item_id, text, owner_name, owner_person_id, due_date)
				select i.meeting_id, i.id, ? || ' oppgave ' || n, 'Per Johansen', ?, cast(m.starts_at as date) + 30
				from agenda_item i join meeting m on m.id = i.meeting_id, generate_series(1, ?) n
				where m.calendar_uid like 'skalaprove-%'""", WORD, person, ACTION_ITEMS_PER_MEETING);
	}

	/** Takes the set away again (the meetings take their cases, decisions and action items with them). */
	public void remove() {
		this.jdbc.update("delete from document where title like ?", WORD + " %");
		this.jdbc.update("delete from activity where title like ?", WORD + " %");
		this.jdbc.update("delete from meeting where calendar_uid like 'skalaprove-%'");
	}

}
