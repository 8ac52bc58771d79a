package no.avtaleportal.statusround;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An activity of the NTNU contributor that the status round tests answer for (so that the demo
 * activities keep their history), people of NTNU with an activity each, and the clean-up of what
 * the tests made.
 */
final class RoundData {

	static final String TITLE = "Statusrundeprøve";

	private final JdbcClient jdbc;

	RoundData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long agreement() {
		return this.jdbc.sql("select id from agreement where import_key = 'ntnu-nho-2023'").query(Long.class).single();
	}

	long focusArea(String code) {
		return this.jdbc.sql("select id from focus_area where agreement_id = :agreement and code = :code")
			.param("agreement", agreement())
			.param("code", code)
			.query(Long.class)
			.single();
	}

	/** An open activity under focus area A that the {@code ntnu} account's person is responsible for. */
	long activity(String suffix) {
		return this.jdbc.sql("""
				insert into activity (title, focus_area_id, lead_organisation_id, responsible_person_id, status, start_date,
				    created_by, created_at, last_modified_by, last_modified_at)
				select :title, :area, u.organisation_id, u.person_id, 'IN_PROGRESS', :start, 'test', now(), 'test', now()
				from user_account u where u.username = 'ntnu' returning id""")
			.param("title", TITLE + " " + suffix)
			.param("area", focusArea("A"))
			.param("start", LocalDate.of(2025, 1, 1))
			.query(Long.class)
			.single();
	}

	/** A person of NTNU, named {@value #TITLE} and the suffix, responsible for an open activity under focus area A. */
	long personWithActivity(String suffix) {
		long person = this.jdbc.sql("""
				insert into person (name, organisation_id, created_by, created_at, last_modified_by, last_modified_at)
				select :name, u.organisation_id, 'test', now(), 'test', now()
				from user_account u where u.username = 'ntnu' returning id""")
			.param("name", TITLE + " " + suffix)
			.query(Long.class)
			.single();
		long activity = activity(suffix);
		this.jdbc.sql("update activity set responsible_person_id = :person where id = :id")
			.param("person", person)
			.param("id", activity)
			.update();
		return activity;
	}

	/** A status update of the activity, saved a minute after the round opened: an answer to it. */
	void answer(long round, long activity) {
		this.jdbc.sql("""
				insert into status_update (activity_id, written_on, author_name, light, text, created_by, created_at,
				    last_modified_by, last_modified_at)
				select :activity, current_date, 'test', 'GREEN', 'Går etter planen.', 'test', r.opened_at + interval '1 minute',
				    'test', r.opened_at + interval '1 minute'
				from status_round r where r.id = :round""")
			.param("activity", activity)
			.param("round", round)
			.update();
	}

	void removeAll() {
		this.jdbc.sql("delete from status_round where agreement_id = :agreement").param("agreement", agreement()).update();
		this.jdbc.sql("delete from activity where title like :title").param("title", TITLE + "%").update();
		this.jdbc.sql("delete from person where name like :name").param("name", TITLE + "%").update();
	}

}
