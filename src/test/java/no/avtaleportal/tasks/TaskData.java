package no.avtaleportal.tasks;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Meetings, agenda items and action items written straight into the database for the tasks'
 * tests, marked so that {@link #removeAll()} takes them away again.
 */
final class TaskData {

	static final String MARK = "tasks-test-";

	private final JdbcClient jdbc;

	TaskData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long steeringGroup() {
		return this.jdbc.sql("""
				select g.id from steering_group g join agreement a on a.id = g.agreement_id where a.import_key = 'ntnu-nho-2023'""")
			.query(Long.class)
			.single();
	}

	/** A meeting of the NTNU–NHO steering group on the day at 10.00, with its minutes in the status. */
	long meeting(LocalDate day, String status, String minutesStatus) {
		Timestamp at = Timestamp.from(day.atTime(10, 0).atZone(ZoneId.of("Europe/Oslo")).toInstant());
		long id = this.jdbc.sql("""
				insert into meeting (steering_group_id, starts_at, duration_minutes, status, minutes_status, calendar_uid,
				    created_by, created_at, last_modified_by, last_modified_at)
				values (:group, :at, 60, :status, :minutes, :uid, 'test', now(), 'test', now()) returning id""")
			.param("group", steeringGroup())
			.param("at", at)
			.param("status", status)
			.param("minutes", minutesStatus)
			.param("uid", MARK + UUID.randomUUID())
			.query(Long.class)
			.single();
		if (!"DRAFT".equals(minutesStatus)) {
			this.jdbc.sql("""
					insert into minutes_event (meeting_id, kind, actor_username, actor_name, occurred_at)
					values (:id, 'SUBMITTED', 'sekretaer', 'Ingrid Berg', :at)""")
				.param("id", id)
				.param("at", at)
				.update();
		}
		return id;
	}

	/** An action item of the meeting, owned by the account's person, due on the day. */
	long actionItem(long meetingId, String ownerUsername, String text, LocalDate due) {
		long item = this.jdbc.sql("""
				insert into agenda_item (meeting_id, position, title) values (:id, 1, 'Oppfølging') returning id""")
			.param("id", meetingId)
			.query(Long.class)
			.single();
		return this.jdbc.sql("""
				insert into action_item (meeting_id, agenda_item_id, text, owner_name, owner_person_id, due_date)
				select :meeting, :item, :text, u.display_name, u.person_id, :due from user_account u where u.username = :owner
				returning id""")
			.param("meeting", meetingId)
			.param("item", item)
			.param("text", text)
			.param("owner", ownerUsername)
			.param("due", due)
			.query(Long.class)
			.single();
	}

	/** An open activity under focus area A of the NTNU–NHO agreement that the account's person is responsible for. */
	long activity(String title, String responsibleUsername) {
		return this.jdbc.sql("""
				insert into activity (title, focus_area_id, lead_organisation_id, responsible_person_id, status, start_date,
				    created_by, created_at, last_modified_by, last_modified_at)
				select :title, f.id, u.organisation_id, u.person_id, 'IN_PROGRESS', date '2025-01-01', 'test', now(), 'test', now()
				from user_account u, focus_area f join agreement a on a.id = f.agreement_id
				where u.username = :username and a.import_key = 'ntnu-nho-2023' and f.code = 'A' returning id""")
			.param("title", MARK + title)
			.param("username", responsibleUsername)
			.query(Long.class)
			.single();
	}

	/** A mail that failed with the reason, as the outbox keeps it; remove it with {@link #removeDelivery}. */
	long failedDelivery(String subject, String recipient, String reason) {
		return this.jdbc.sql("""
				insert into notification_delivery (kind, recipient, language, subject, text_body, html_body, status, reason,
				    attempts, created_at, last_attempt_at)
				values ('MINUTES_SUBMITTED', :recipient, 'nb', :subject, 'tekst', '<p>tekst</p>', 'FAILED', :reason, 1, now(), now())
				returning id""")
			.param("recipient", recipient)
			.param("subject", subject)
			.param("reason", reason)
			.query(Long.class)
			.single();
	}

	void removeDelivery(long id) {
		this.jdbc.sql("delete from notification_delivery where id = :id").param("id", id).update();
	}

	long version(long meetingId) {
		return this.jdbc.sql("select version from meeting where id = :id").param("id", meetingId).query(Long.class).single();
	}

	void removeAll() {
		this.jdbc.sql("delete from meeting where calendar_uid like :mark").param("mark", MARK + "%").update();
		this.jdbc.sql("""
				delete from status_round where id in (select round_id from status_round_activity a
				join activity t on t.id = a.activity_id where t.title like :mark)""").param("mark", MARK + "%").update();
		this.jdbc.sql("delete from activity where title like :mark").param("mark", MARK + "%").update();
	}

}
