package no.avtaleportal.evaluation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import no.avtaleportal.support.SignIn;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Drives the evaluation of the NTNU–NHO agreement through the portal's pages as the demo users
 * do. It starts from the agreement as it was before any evaluation (the example evaluation and
 * its extension set aside, so the term ends 19.11.2025) and puts everything back afterwards
 * ({@link #restore()}): the example evaluation and extension as they were, the extensions,
 * ending and successor a test's decision made undone, carried-over activities back where they were.
 */
final class EvaluationFixture {

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	final long agreementId;

	private final Map<String, List<Map<String, Object>>> saved = new LinkedHashMap<>();

	private final long agreementVersion;

	private final List<Long> meetingsBefore;

	private final List<Object[]> activitiesBefore;

	EvaluationFixture(MockMvc mvc, JdbcClient jdbc) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.agreementId = jdbc.sql("select id from agreement where import_key = 'ntnu-nho-2023'").query(Long.class).single();
		for (Map.Entry<String, String> table : TABLES.entrySet()) {
			this.saved.put(table.getKey(), jdbc.sql("select * from " + table.getKey() + " where " + table.getValue())
				.param("id", this.agreementId)
				.query()
				.listOfRows());
		}
		this.meetingsBefore = jdbc.sql("select id from meeting").query(Long.class).list();
		this.activitiesBefore = jdbc.sql("select id, focus_area_id, commitment_id from activity")
			.query((rs, row) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class) })
			.list();
		this.agreementVersion = jdbc.sql("select version from agreement where id = :id")
			.param("id", this.agreementId)
			.query(Long.class)
			.single();
		removeEvaluation();
	}

	/** The tables set aside, parents first, each with the rows that belong to the agreement. */
	private static final Map<String, String> TABLES = new LinkedHashMap<>();

	static {
		TABLES.put("evaluation", "agreement_id = :id");
		TABLES.put("evaluation_assessment", "evaluation_id in (select id from evaluation where agreement_id = :id)");
		TABLES.put("evaluation_rating", "assessment_id in (select a.id from evaluation_assessment a join evaluation e on e.id = a.evaluation_id where e.agreement_id = :id)");
		TABLES.put("agreement_extension", "agreement_id = :id");
	}

	/** Puts the agreement back as it was before the test. */
	void restore() {
		List<Long> successors = this.jdbc.sql("select id from agreement where predecessor_id = :id")
			.param("id", this.agreementId)
			.query(Long.class)
			.list();
		removeEvaluation();
		for (Object[] activity : this.activitiesBefore) {
			this.jdbc.sql("update activity set focus_area_id = :area, commitment_id = :commitment where id = :id")
				.param("area", activity[1])
				.param("commitment", activity[2])
				.param("id", activity[0])
				.update();
		}
		for (Long successor : successors) {
			for (String sql : List.of(
					"delete from steering_group where agreement_id = :id",
					"delete from delegation where agreement_id = :id",
					"delete from commitment where focus_area_id in (select id from focus_area where agreement_id = :id)",
					"delete from focus_area where agreement_id = :id",
					"delete from agreement_party where agreement_id = :id",
					"delete from clause where agreement_id = :id",
					"delete from agreement where id = :id")) {
				this.jdbc.sql(sql).param("id", successor).update();
			}
		}
		this.jdbc.sql("update agreement set terminated_on = null, version = :version where id = :id")
			.param("version", this.agreementVersion)
			.param("id", this.agreementId)
			.update();
		this.jdbc.sql("delete from meeting where id not in (:before)").param("before", this.meetingsBefore).update();
		for (Map.Entry<String, List<Map<String, Object>>> table : this.saved.entrySet()) {
			for (Map<String, Object> row : table.getValue()) {
				this.jdbc.sql("insert into %s (%s) values (%s)".formatted(table.getKey(), String.join(", ", row.keySet()),
						row.keySet().stream().map(column -> ":" + column).collect(Collectors.joining(", "))))
					.params(row)
					.update();
			}
		}
	}

	private void removeEvaluation() {
		this.jdbc.sql("delete from evaluation_rating where assessment_id in (select a.id from evaluation_assessment a join evaluation e on e.id = a.evaluation_id where e.agreement_id = :id)")
			.param("id", this.agreementId)
			.update();
		this.jdbc.sql("delete from evaluation_assessment where evaluation_id in (select id from evaluation where agreement_id = :id)")
			.param("id", this.agreementId)
			.update();
		this.jdbc.sql("delete from evaluation where agreement_id = :id").param("id", this.agreementId).update();
		this.jdbc.sql("delete from agreement_extension where agreement_id = :id").param("id", this.agreementId).update();
	}

	MockHttpSession signIn(String username) throws Exception {
		return SignIn.as(this.mvc, username);
	}

	String url(String path) {
		return "/agreements/" + this.agreementId + "/evaluation" + path;
	}

	long evaluationVersion() {
		return this.jdbc.sql("select coalesce(max(version), 0) from evaluation where agreement_id = :id")
			.param("id", this.agreementId)
			.query(Long.class)
			.single();
	}

	String evaluationStatus() {
		return this.jdbc.sql("select status from evaluation where agreement_id = :id")
			.param("id", this.agreementId)
			.query(String.class)
			.optional()
			.orElse("NONE");
	}

	List<Long> focusAreaIds() {
		return this.jdbc.sql("select id from focus_area where agreement_id = :id order by code")
			.param("id", this.agreementId)
			.query(Long.class)
			.list();
	}

	/** Writes the user's party's assessment: every focus area rated, as a draft or submitted. */
	ResultActions assess(String username, int rating, String worked, boolean submit) throws Exception {
		MockHttpSession session = signIn(username);
		long version = this.jdbc.sql("""
				select coalesce(max(a.version), 0) from evaluation_assessment a join evaluation e on e.id = a.evaluation_id
				join user_account u on u.organisation_id = a.organisation_id
				where e.agreement_id = :id and u.username = :username""")
			.param("id", this.agreementId)
			.param("username", username)
			.query(Long.class)
			.single();
		MockHttpServletRequestBuilder request = post(url("/assessment")).session(session)
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("recommendation", "EXTEND")
			.param("summary", "Samarbeidet bør fortsette.");
		List<Long> areas = focusAreaIds();
		for (int i = 0; i < areas.size(); i++) {
			request.param("ratings[" + i + "].focusAreaId", String.valueOf(areas.get(i)))
				.param("ratings[" + i + "].rating", String.valueOf(rating))
				.param("ratings[" + i + "].worked", worked)
				.param("ratings[" + i + "].didNotWork", "Lite")
				.param("ratings[" + i + "].toChange", "Mer");
		}
		if (submit) {
			request.param("submit", "true");
		}
		return this.mvc.perform(request);
	}

	/** A meeting of the agreement's steering group on the day, planned by the secretary, its minutes a draft. */
	long draftMeeting(MockHttpSession secretary, LocalDate day) throws Exception {
		long group = this.jdbc.sql("select id from steering_group where agreement_id = :id")
			.param("id", this.agreementId)
			.query(Long.class)
			.single();
		String location = this.mvc
			.perform(post("/meetings/new").session(secretary)
				.with(csrf())
				.param("steeringGroupId", String.valueOf(group))
				.param("date", day.toString())
				.param("time", "10:00")
				.param("durationMinutes", "120")
				.param("place", "Gløshaugen, Trondheim")
				.param("version", "0"))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	/** Proposes the decision into the meeting's draft minutes. */
	ResultActions propose(MockHttpSession session, long meetingId, String outcome, String... params) throws Exception {
		MockHttpServletRequestBuilder request = post(url("/decision")).session(session)
			.with(csrf())
			.param("version", String.valueOf(evaluationVersion()))
			.param("meetingId", String.valueOf(meetingId))
			.param("outcome", outcome);
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return this.mvc.perform(request);
	}

	/**
	 * A POST to the meeting's URL with its current version; marking it held ({@code /held}) at
	 * the meeting's start, by the portal's clock.
	 */
	ResultActions meeting(MockHttpSession session, long meetingId, String path) throws Exception {
		if ("/held".equals(path)) {
			java.time.Instant startsAt = this.jdbc.sql("select starts_at from meeting where id = :id")
				.param("id", meetingId)
				.query(java.time.OffsetDateTime.class)
				.single()
				.toInstant();
			return no.avtaleportal.support.TestClock.portal().at(startsAt, () -> postTo(session, meetingId, path));
		}
		return postTo(session, meetingId, path);
	}

	private ResultActions postTo(MockHttpSession session, long meetingId, String path) throws Exception {
		long version = this.jdbc.sql("select version from meeting where id = :id")
			.param("id", meetingId)
			.query(Long.class)
			.single();
		return this.mvc.perform(post("/meetings/" + meetingId + path).session(session)
			.with(csrf())
			.param("version", String.valueOf(version)));
	}

	/** Holds the meeting, submits its minutes and has both parties approve them. */
	void approveMinutes(MockHttpSession secretary, long meetingId) throws Exception {
		meeting(secretary, meetingId, "/held").andExpect(status().isFound());
		meeting(secretary, meetingId, "/submit").andExpect(status().isFound());
		meeting(signIn("prorektor"), meetingId, "/approve").andExpect(status().isFound());
		meeting(signIn("avdelingsdirektor"), meetingId, "/approve").andExpect(status().isFound());
	}

	LocalDate endDate() {
		return this.jdbc.sql("""
				select (a.start_date + make_interval(months => (a.term_months + coalesce(sum(e.months), 0))::int))::date - 1
				from agreement a left join agreement_extension e on e.agreement_id = a.id where a.id = :id
				group by a.id""")
			.param("id", this.agreementId)
			.query(LocalDate.class)
			.single();
	}

}
