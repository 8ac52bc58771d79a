package no.avtaleportal.activity;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the activity tests share: the ids of the NTNU–NHO agreement's
 * focus areas, commitments, organisations and demo people.
 */
final class ActivityFixtures {

	private final JdbcClient jdbc;

	private final ActivityRepository activities;

	ActivityFixtures(JdbcClient jdbc, ActivityRepository activities) {
		this.jdbc = jdbc;
		this.activities = activities;
	}

	long focusArea(String code) {
		return this.jdbc.sql("""
				select f.id from focus_area f join agreement a on a.id = f.agreement_id
				where a.import_key = 'ntnu-nho-2023' and f.code = :code""").param("code", code).query(Long.class).single();
	}

	List<Long> commitments(String code) {
		return this.jdbc.sql("select id from commitment where focus_area_id = :area order by position")
			.param("area", focusArea(code))
			.query(Long.class)
			.list();
	}

	long organisation(String shortName) {
		return this.jdbc.sql("select id from organisation where short_name = :name").param("name", shortName)
			.query(Long.class)
			.single();
	}

	long personOf(String username) {
		return this.jdbc.sql("select person_id from user_account where username = :username").param("username", username)
			.query(Long.class)
			.single();
	}

	/** An activity led by the party, with the responsible person given, saved. */
	Activity activity(String title, String leadShortName, long responsiblePersonId) {
		Activity activity = new Activity(title, focusArea("A"), responsiblePersonId);
		activity.describe(title, "Beskrivelse av " + title, focusArea("A"), null,
				(leadShortName != null) ? organisation(leadShortName) : null, responsiblePersonId, List.of(),
				LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 30), "", "");
		return this.activities.saveAndFlush(activity);
	}

}
