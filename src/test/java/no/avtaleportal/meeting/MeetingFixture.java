package no.avtaleportal.meeting;

import java.util.UUID;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.support.SignIn;
import no.avtaleportal.support.TestClock;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Drives meetings through the portal's own pages as the demo users do: signed in through the
 * login form, with CSRF tokens, at the version the page was opened at.
 */
final class MeetingFixture implements BeforeEachCallback, AfterEachCallback {

	private MockMvc mvc;

	private JdbcClient jdbc;

	private long steeringGroupId;

	/** Registered with {@code @RegisterExtension}: takes what it needs from the test's Spring context. */
	@Override
	public void beforeEach(ExtensionContext context) {
		ApplicationContext spring = SpringExtension.getApplicationContext(context);
		this.mvc = spring.getBean(MockMvc.class);
		this.jdbc = spring.getBean(JdbcClient.class);
		this.steeringGroupId = spring.getBean(Agreements.class).steeringGroups().get(0).id();
	}

	/** Ends what {@link #anotherNtnuMember()} made the members hold, after every test. */
	@Override
	public void afterEach(ExtensionContext context) {
		removeExtraMembers();
	}

	long steeringGroupId() {
		return this.steeringGroupId;
	}

	MockHttpSession signIn(String username) throws Exception {
		return SignIn.as(this.mvc, username);
	}

	/**
	 * A second NTNU member of the steering group: an account with the role STEERING_GROUP whose
	 * person holds the NTNU member role of the group from today on; password {@code demo}.
	 */
	String anotherNtnuMember() {
		String username = ntnuAccount("STEERING_GROUP");
		this.jdbc.sql("""
				insert into person (name, organisation_id, example, created_by, created_at, last_modified_by, last_modified_at)
				select display_name, organisation_id, true, 'test', now(), 'test', now() from user_account where username = :username""")
			.param("username", username)
			.update();
		this.jdbc.sql("""
				update user_account set person_id = (select max(id) from person where name = display_name)
				where username = :username""")
			.param("username", username)
			.update();
		this.jdbc.sql("""
				insert into role_assignment (role_id, person_id, valid_from, example, created_by, created_at, last_modified_by, last_modified_at)
				select r.id, u.person_id, current_date - 1, true, 'test', now(), 'test', now()
				from user_account u, org_role r where u.username = :username and r.import_key = 'ntnu-prorektor-nyskaping'""")
			.param("username", username)
			.update();
		return username;
	}

	/**
	 * Ends what {@link #anotherNtnuMember()} made the members hold, so that other tests find the
	 * steering group as the demo data has it. Call after each test that made one.
	 */
	void removeExtraMembers() {
		this.jdbc.sql("""
				delete from role_assignment where person_id in (select person_id from user_account
				where username like 'ntnu-steering_group-%' and person_id is not null)""")
			.update();
	}

	/**
	 * An NTNU account with the account role, linked to no person and so holding no role of a
	 * steering group; password {@code demo}.
	 */
	String ntnuAccount(String role) {
		String username = "ntnu-" + role.toLowerCase(java.util.Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.sql("""
				insert into user_account (username, display_name, password_hash, organisation_id)
				select :username, :name, password_hash, organisation_id from user_account where username = 'prorektor'""")
			.param("username", username)
			.param("name", "Annen NTNU-representant " + username.substring(username.length() - 8))
			.update();
		this.jdbc.sql("""
				insert into user_account_role (account_id, role)
				select id, :role from user_account where username = :username""")
			.param("username", username)
			.param("role", role)
			.update();
		return username;
	}

	/** Plans a meeting of the NTNU–NHO steering group as the user and returns its id. */
	long plan(MockHttpSession session, String date) throws Exception {
		return plan(session, this.steeringGroupId, date);
	}

	/** Plans a meeting of the steering group as the user and returns its id. */
	long plan(MockHttpSession session, long steeringGroupId, String date) throws Exception {
		String location = this.mvc
			.perform(post("/meetings/new").session(session)
				.with(csrf())
				.param("steeringGroupId", String.valueOf(steeringGroupId))
				.param("date", date)
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

	long version(long meetingId) {
		return this.jdbc.sql("select version from meeting where id = :id").param("id", meetingId).query(Long.class).single();
	}

	String minutesStatus(long meetingId) {
		return this.jdbc.sql("select minutes_status from meeting where id = :id")
			.param("id", meetingId)
			.query(String.class)
			.single();
	}

	long lastAgendaItem(long meetingId) {
		return this.jdbc.sql("select max(id) from agenda_item where meeting_id = :id")
			.param("id", meetingId)
			.query(Long.class)
			.single();
	}

	long attendee(long meetingId, String name) {
		return this.jdbc.sql("select id from attendee where meeting_id = :id and name = :name")
			.param("id", meetingId)
			.param("name", name)
			.query(Long.class)
			.single();
	}

	/**
	 * A POST to the meeting's URL with the meeting's current version. Marking a meeting held
	 * ({@code /held}) is sent at the meeting's start, by the portal's clock: a meeting is held only
	 * once it has started.
	 */
	ResultActions send(MockHttpSession session, long meetingId, String path, String... params) throws Exception {
		if ("/held".equals(path)) {
			return TestClock.portal().at(startsAt(meetingId), () -> postTo(session, meetingId, path, params));
		}
		return postTo(session, meetingId, path, params);
	}

	java.time.Instant startsAt(long meetingId) {
		return this.jdbc.sql("select starts_at from meeting where id = :id")
			.param("id", meetingId)
			.query(java.time.OffsetDateTime.class)
			.single()
			.toInstant();
	}

	private ResultActions postTo(MockHttpSession session, long meetingId, String path, String... params) throws Exception {
		return sendAt(session, meetingId, version(meetingId), path, params);
	}

	/** A POST to the meeting's URL from a page opened at the version (an older one: a stale form). */
	ResultActions sendAt(MockHttpSession session, long meetingId, long version, String path, String... params)
			throws Exception {
		MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/meetings/" + meetingId + path)
			.session(session)
			.with(csrf())
			.param("version", String.valueOf(version));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return this.mvc.perform(request);
	}

	long addItem(MockHttpSession session, long meetingId, String title) throws Exception {
		send(session, meetingId, "/agenda/new", "title", title, "presenter", "Kari Nordmann", "plannedMinutes", "20")
			.andExpect(status().isFound());
		return lastAgendaItem(meetingId);
	}

	/**
	 * A held meeting with an item, a decision and an action item owned by the secretary, sent for
	 * approval.
	 */
	long submitted(MockHttpSession secretary, String date, String decision, String action) throws Exception {
		long id = plan(secretary, date);
		long item = addItem(secretary, id, "Status for innsatsområde A");
		send(secretary, id, "/agenda/" + item + "/decisions/new", "text", decision).andExpect(status().isFound());
		send(secretary, id, "/agenda/" + item + "/actions/new", "text", action, "owner",
				"Ingrid Berg", "dueDate", "2020-01-31")
			.andExpect(status().isFound());
		send(secretary, id, "/held").andExpect(status().isFound());
		send(secretary, id, "/submit").andExpect(status().isFound());
		return id;
	}

}
