package no.avtaleportal.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.support.PersonFields;
import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Who may do what with activities, each role against an activity its own party leads, one the
 * other party leads, and one the other party leads where the user contributes; every action is
 * also tried as a forged POST. Refused actions answer 403 and change nothing.
 */
@PortalTest
@Transactional
class ActivityPermissionTests {

	private static final List<String> ALL = List.of("read", "editForm", "edit", "report", "changeStatus", "addDeliverable");

	private static final List<String> READ = List.of("read");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ActivityRepository activities;

	private ActivityFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new ActivityFixtures(this.jdbc, this.activities);
	}

	/** user → which of (own party's, other party's, other party's where they contribute) activity they may do what to. */
	private static final Map<String, List<List<String>>> MATRIX = Map.of(
			"admin", List.of(ALL, ALL, ALL),
			"prorektor", List.of(ALL, ALL, ALL),
			"avdelingsdirektor", List.of(ALL, ALL, ALL),
			"sekretaer", List.of(ALL, ALL, ALL),
			"ntnu", List.of(ALL, READ, ALL),
			"nho", List.of(ALL, READ, ALL),
			"leser", List.of(READ, READ, READ));

	@Test
	void eachRoleMayDoWhatTheRulesSayAndNothingMore() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Map.Entry<String, List<List<String>>> entry : MATRIX.entrySet()) {
			String user = entry.getKey();
			MockHttpSession session = SignIn.as(this.mvc, user);
			String own = "nho".equals(user) || "leser".equals(user) || "avdelingsdirektor".equals(user) ? "NHO" : "NTNU";
			String other = own.equals("NTNU") ? "NHO" : "NTNU";
			long someone = this.fixtures.personOf(own.equals("NTNU") ? "avdelingsdirektor" : "prorektor");
			List<Activity> targets = List.of(this.fixtures.activity("Egen", own, someone),
					this.fixtures.activity("Andres", other, someone), contributedBy(user, other, someone));
			for (int i = 0; i < targets.size(); i++) {
				for (String action : ALL) {
					Activity activity = targets.get(i);
					boolean allowed = entry.getValue().get(i).contains(action);
					int status = this.mvc.perform(request(action, activity).session(session)).andReturn().getResponse().getStatus();
					boolean wasAllowed = status == 200 || status == 302;
					if (allowed != wasAllowed || (!allowed && status != 403)) {
						wrong.add(user + " " + action + " activity " + i + ": " + status);
					}
				}
			}
			int create = this.mvc.perform(newActivity().session(session)).andReturn().getResponse().getStatus();
			int createForm = this.mvc.perform(get("/activities/new").session(session)).andReturn().getResponse().getStatus();
			boolean mayCreate = !"leser".equals(user);
			if (mayCreate != (create == 302) || mayCreate != (createForm == 200)) {
				wrong.add(user + " create: " + create + "/" + createForm);
			}
			// the focus area's page offers a new activity under it to those who may make one
			String focusArea = this.mvc.perform(get(focusAreaPage()).session(session))
				.andReturn()
				.getResponse()
				.getContentAsString();
			if (mayCreate != focusArea.contains("/activities/new?area=")) {
				wrong.add(user + " offered a new activity on the focus area's page: " + !mayCreate);
			}
		}
		assertThat(wrong).isEmpty();
	}

	private String focusAreaPage() {
		return "/agreements/" + this.jdbc.sql("select id from agreement where import_key = 'ntnu-nho-2023'")
			.query(Long.class)
			.single() + "/focus-areas/A";
	}

	@Test
	void aForgedPostToTheOtherPartysActivityChangesNothing() throws Exception {
		MockHttpSession session = SignIn.as(this.mvc, "nho");
		Activity activity = this.fixtures.activity("NTNUs egen", "NTNU", this.fixtures.personOf("prorektor"));
		activity.addDeliverable("NTNUs leveranse", null);
		activity = this.activities.saveAndFlush(activity);
		for (String action : List.of("edit", "report", "changeStatus", "addDeliverable", "markDelivered",
				"removeDeliverable")) {
			assertThat(this.mvc.perform(request(action, activity).session(session)).andReturn().getResponse().getStatus())
				.as(action)
				.isEqualTo(403);
		}
		this.activities.flush();
		Activity after = this.activities.findById(activity.getId()).orElseThrow();
		assertThat(after.getTitle()).isEqualTo("NTNUs egen");
		assertThat(after.getStatus()).isEqualTo(ActivityStatus.PLANNED);
		assertThat(after.getCurrentLight()).isNull();
		assertThat(after.getDeliverables()).extracting(Deliverable::getTitle, Deliverable::isDone)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("NTNUs leveranse", false));
	}

	@Test
	void activitiesOfAnAgreementTheUserIsNoPartyToAreNotFound() throws Exception {
		// an organisation outside the agreement: its reader cannot see the NTNU–NHO activities at all
		long organisation = this.jdbc.sql("""
				insert into organisation (name, short_name, org_number, created_by, created_at, last_modified_by, last_modified_at)
				values ('Utenforstående AS', 'UTE', '123456785', 'test', now(), 'test', now()) returning id""")
			.query(Long.class)
			.single();
		this.jdbc.sql("update user_account set organisation_id = :organisation where username = 'leser'")
			.param("organisation", organisation)
			.update();
		Activity activity = this.fixtures.activity("Intern", "NTNU", this.fixtures.personOf("prorektor"));
		MockHttpSession session = SignIn.as(this.mvc, "leser");
		assertThat(this.mvc.perform(get("/activities/{id}", activity.getId()).session(session))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(this.mvc.perform(get("/activities").session(session)).andReturn().getResponse().getContentAsString())
			.doesNotContain("Intern");
	}

	private Activity contributedBy(String username, String lead, long responsible) {
		Activity activity = this.fixtures.activity("Bidrar", lead, responsible);
		Long person = this.jdbc.sql("select person_id from user_account where username = :u")
			.param("u", username)
			.query((rs, row) -> rs.getObject(1, Long.class))
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(null);
		if (person != null) {
			activity.describe(activity.getTitle(), activity.getDescription(), activity.getFocusAreaId(), null, activity.getLeadOrganisationId(),
					activity.getResponsiblePersonId(), List.of(person), activity.getStartDate(), activity.getDueDate(), "", "");
			return this.activities.saveAndFlush(activity);
		}
		return activity;
	}

	private MockHttpServletRequestBuilder request(String action, Activity activity) {
		this.activities.flush();
		long id = activity.getId();
		return switch (action) {
			case "read" -> get("/activities/{id}", id);
			case "editForm" -> get("/activities/{id}/edit", id);
			case "edit" -> post("/activities/{id}/edit", id).with(csrf())
				.param("title", "Endret")
				.param("focusAreaId", String.valueOf(activity.getFocusAreaId()))
				.param("lead", String.valueOf(activity.getLeadOrganisationId()))
				.param("responsiblePerson", PersonFields.text(this.jdbc, activity.getResponsiblePersonId()))
				.param("contributors", activity.getContributorIds()
					.stream()
					.map(person -> PersonFields.text(this.jdbc, person))
					.collect(Collectors.joining("\n")))
				.param("version", String.valueOf(activity.getVersion()));
			case "report" -> post("/activities/{id}/updates", id).with(csrf())
				.param("writtenOn", LocalDate.now().minusDays(1).toString())
				.param("light", "RED")
				.param("text", "Forfalsket");
			case "changeStatus" -> post("/activities/{id}/status", id).with(csrf())
				.param("target", "ON_HOLD")
				.param("version", String.valueOf(activity.getVersion()));
			case "addDeliverable" -> post("/activities/{id}/deliverables", id).with(csrf())
				.param("title", "Forfalsket leveranse");
			case "markDelivered" -> post("/activities/{id}/deliverables/0/done", id).with(csrf())
				.param("version", String.valueOf(activity.getVersion()));
			case "removeDeliverable" -> post("/activities/{id}/deliverables/0/remove", id).with(csrf())
				.param("version", String.valueOf(activity.getVersion()));
			default -> throw new IllegalArgumentException(action);
		};
	}

	private MockHttpServletRequestBuilder newActivity() {
		return post("/activities/new").with(csrf())
			.param("title", "Ny")
			.param("focusAreaId", String.valueOf(this.fixtures.focusArea("B")))
			.param("lead", "JOINT")
			.param("responsiblePerson", PersonFields.textOf(this.jdbc, "ntnu"));
	}

}
