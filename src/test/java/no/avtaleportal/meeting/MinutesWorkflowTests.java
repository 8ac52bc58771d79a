package no.avtaleportal.meeting;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The minutes from draft to published, and who may take each step: approval needs a member of
 * each party, drafts are a 404 for everyone outside the steering group, published minutes do not
 * change, and decisions are numbered when the second party approves.
 */
@PortalTest
class MinutesWorkflowTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Agreements agreements;

	private MeetingFixture fixture;

	@BeforeEach
	void fixture() {
		this.fixture = new MeetingFixture(this.mvc, this.jdbc, this.agreements);
	}

	@Test
	void minutesGoFromDraftThroughApprovalByBothPartiesToPublished() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long id = this.fixture.submitted(secretary, "2030-03-12", "Avtalen videreføres ut 2027.",
				"Sende statusrapport til NHO");
		assertThat(this.fixture.minutesStatus(id)).isEqualTo("SUBMITTED");

		// the secretary is not a member and cannot approve
		this.fixture.send(secretary, id, "/approve").andExpect(status().isForbidden());

		MockHttpSession prorektor = this.fixture.signIn("prorektor");
		this.fixture.send(prorektor, id, "/approve").andExpect(status().isFound());
		assertThat(this.fixture.minutesStatus(id)).isEqualTo("SUBMITTED");
		// the same member cannot approve twice
		this.fixture.send(prorektor, id, "/approve").andExpect(status().isConflict());
		assertThat(decisionNumbers(id)).containsOnlyNulls();

		MockHttpSession nho = this.fixture.signIn("avdelingsdirektor");
		this.fixture.send(nho, id, "/approve").andExpect(status().isFound());
		assertThat(this.fixture.minutesStatus(id)).isEqualTo("APPROVED");
		assertThat(decisionNumbers(id)).singleElement().asString().matches("SG-2030-\\d\\d");

		// approved is not yet published: readers still get 404
		MockHttpSession reader = this.fixture.signIn("leser");
		this.mvc.perform(get("/meetings/" + id).session(reader)).andExpect(status().isNotFound());

		this.fixture.send(secretary, id, "/publish").andExpect(status().isFound());
		assertThat(this.fixture.minutesStatus(id)).isEqualTo("PUBLISHED");
		this.mvc.perform(get("/meetings/" + id).session(reader))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Avtalen videreføres ut 2027.")))
			.andExpect(content().string(containsString(decisionNumbers(id).get(0))))
			.andExpect(content().string(not(containsString("Legg til kommentar"))));

		List<String> kinds = this.jdbc
			.sql("select kind || ':' || actor_username from minutes_event where meeting_id = :id order by id")
			.param("id", id)
			.query(String.class)
			.list();
		assertThat(kinds).containsExactly("SUBMITTED:sekretaer", "APPROVED:prorektor", "APPROVED:avdelingsdirektor",
				"PUBLISHED:sekretaer");
	}

	@Test
	void twoApprovalsFromOneOartyDoNotApprove() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long id = this.fixture.submitted(secretary, "2030-04-02", "Vedtak som venter", "Noe å gjøre");
		this.fixture.send(this.fixture.signIn("prorektor"), id, "/approve").andExpect(status().isFound());
		// each party approves once: a second NTNU member meets the conflict page
		this.fixture.send(this.fixture.signIn(this.fixture.anotherNtnuMember()), id, "/approve")
			.andExpect(status().isConflict());
		assertThat(this.fixture.minutesStatus(id)).isEqualTo("SUBMITTED");
		assertThat(decisionNumbers(id)).containsOnlyNulls();
	}

	@Test
	void aDraftIsNotFoundForReadersAndContributorsEvenByUrl() throws Exception {
		long id = this.fixture.plan(this.fixture.signIn("sekretaer"), "2030-05-05");
		for (String username : List.of("leser", "ntnu", "nho")) {
			MockHttpSession session = this.fixture.signIn(username);
			this.mvc.perform(get("/meetings/" + id).session(session).accept(MediaType.TEXT_HTML))
				.andExpect(status().isNotFound());
			this.mvc.perform(get("/meetings/" + id + "/meeting.ics").session(session)).andExpect(status().isNotFound());
			this.mvc.perform(get("/meetings/" + id + "/minutes.pdf").session(session)).andExpect(status().isNotFound());
			// changes are refused before the meeting is looked at: the same 403 as for a meeting that does not exist
			this.fixture.send(session, id, "/agenda/new", "title", "Forfalsket sak").andExpect(status().isForbidden());
			this.mvc.perform(post("/meetings/" + Long.MAX_VALUE + "/agenda/new").session(session).with(csrf())
				.param("title", "Forfalsket sak").param("version", "0")).andExpect(status().isForbidden());
			this.mvc.perform(get("/meetings").session(session))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("/meetings/" + id + "\""))));
		}
		this.mvc.perform(get("/meetings/" + id).session(this.fixture.signIn("prorektor"))).andExpect(status().isOk());
	}

	@Test
	void publishedMinutesRejectEditsAndReadersCannotForgeSteps() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long id = this.fixture.submitted(secretary, "2030-06-10", "Publisert vedtak", "Publisert oppgave");
		// locked while awaiting approval
		this.fixture.send(secretary, id, "/agenda/new", "title", "For sent").andExpect(status().isConflict());
		this.fixture.send(this.fixture.signIn("prorektor"), id, "/approve").andExpect(status().isFound());
		this.fixture.send(this.fixture.signIn("avdelingsdirektor"), id, "/approve").andExpect(status().isFound());
		this.fixture.send(secretary, id, "/publish").andExpect(status().isFound());
		long item = this.fixture.lastAgendaItem(id);

		this.fixture.send(secretary, id, "/agenda/new", "title", "Etter publisering").andExpect(status().isConflict());
		this.fixture.send(secretary, id, "/agenda/" + item + "/edit", "title", "Endret").andExpect(status().isConflict());
		this.fixture.send(secretary, id, "/agenda/" + item + "/decisions/new", "text", "Nytt").andExpect(status().isConflict());
		this.fixture.send(secretary, id, "/return").andExpect(status().isConflict());
		assertThat(this.jdbc.sql("select count(*) from agenda_item where meeting_id = :id").param("id", id)
			.query(Long.class).single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select title from agenda_item where id = :id").param("id", item)
			.query(String.class).single()).isEqualTo("Status for innsatsområde A");

		MockHttpSession reader = this.fixture.signIn("leser");
		this.fixture.send(reader, id, "/addenda", "text", "Forfalsket", "reason", "Test").andExpect(status().isForbidden());
		this.fixture.send(reader, id, "/archive-reference", "reference", "2030/1").andExpect(status().isForbidden());
		this.fixture.send(reader, id, "/approve").andExpect(status().isForbidden());

		// a correction is an addendum with a reason
		this.fixture.send(secretary, id, "/addenda", "text", "Fristen er 1. mars, ikke 1. februar.", "reason",
				"Skrivefeil i referatet").andExpect(status().isFound());
		this.mvc.perform(get("/meetings/" + id).session(reader))
			.andExpect(content().string(containsString("Fristen er 1. mars, ikke 1. februar.")))
			.andExpect(content().string(containsString("Skrivefeil i referatet")));
	}

	@Test
	void onlyTheSteeringGroupPublishesAndOnlyApprovedMinutes() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long id = this.fixture.submitted(secretary, "2030-08-01", "Vedtak", "Oppgave");
		this.fixture.send(secretary, id, "/publish").andExpect(status().isConflict());
		this.fixture.send(this.fixture.signIn("prorektor"), id, "/approve").andExpect(status().isFound());
		this.fixture.send(this.fixture.signIn("avdelingsdirektor"), id, "/approve").andExpect(status().isFound());
		for (String outsider : List.of("ntnu", "leser", "admin")) {
			this.fixture.send(this.fixture.signIn(outsider), id, "/publish").andExpect(status().isForbidden());
		}
		assertThat(this.fixture.minutesStatus(id)).isEqualTo("APPROVED");
		this.fixture.send(this.fixture.signIn("prorektor"), id, "/publish").andExpect(status().isFound());
		assertThat(this.fixture.minutesStatus(id)).isEqualTo("PUBLISHED");
		// a held meeting is not moved or cancelled
		this.fixture.send(secretary, id, "/cancel", "text", "For sent").andExpect(status().isConflict());
	}

	@Test
	void returnedMinutesNeedFreshApprovals() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long id = this.fixture.submitted(secretary, "2030-07-01", "Vedtak", "Oppgave");
		this.fixture.send(this.fixture.signIn("prorektor"), id, "/approve").andExpect(status().isFound());
		this.fixture.send(secretary, id, "/return").andExpect(status().isFound());
		assertThat(this.fixture.minutesStatus(id)).isEqualTo("DRAFT");
		this.fixture.send(secretary, id, "/submit").andExpect(status().isFound());
		this.fixture.send(this.fixture.signIn("avdelingsdirektor"), id, "/approve").andExpect(status().isFound());
		assertThat(this.fixture.minutesStatus(id)).isEqualTo("SUBMITTED");
	}

	@Test
	void decisionsAreNumberedPerYearInAgendaOrderWhenTheSecondPartyApproves() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long id = this.fixture.plan(secretary, "2031-02-03");
		long first = this.fixture.addItem(secretary, id, "Første sak");
		long second = this.fixture.addItem(secretary, id, "Andre sak");
		this.fixture.send(secretary, id, "/agenda/" + second + "/decisions/new", "text", "B").andExpect(status().isFound());
		this.fixture.send(secretary, id, "/agenda/" + first + "/decisions/new", "text", "A").andExpect(status().isFound());
		this.fixture.send(secretary, id, "/held").andExpect(status().isFound());
		this.fixture.send(secretary, id, "/submit").andExpect(status().isFound());
		int before = this.jdbc.sql("select coalesce(max(last_number), 0) from decision_counter where year = 2031")
			.query(Integer.class)
			.single();
		this.fixture.send(this.fixture.signIn("prorektor"), id, "/approve").andExpect(status().isFound());
		this.fixture.send(this.fixture.signIn("avdelingsdirektor"), id, "/approve").andExpect(status().isFound());
		List<String> numbered = this.jdbc
			.sql("select text || '=' || number from decision where meeting_id = :id order by number")
			.param("id", id)
			.query(String.class)
			.list();
		assertThat(numbered).containsExactly("A=SG-2031-%02d".formatted(before + 1), "B=SG-2031-%02d".formatted(before + 2));
	}

	@Test
	void approvalsAtTheSameMomentNeverShareADecisionNumber() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		MockHttpSession prorektor = this.fixture.signIn("prorektor");
		List<Long> ids = new java.util.ArrayList<>();
		for (String date : List.of("2035-03-01", "2035-04-01", "2035-05-01")) {
			long id = this.fixture.submitted(secretary, date, "Vedtak " + date, "Oppgave " + date);
			this.fixture.send(prorektor, id, "/approve").andExpect(status().isFound());
			ids.add(id);
		}
		MockHttpSession director = this.fixture.signIn("avdelingsdirektor");
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(ids.size());
		try {
			List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
			for (long id : ids) {
				long version = this.fixture.version(id);
				results.add(pool.submit(() -> this.mvc
					.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/meetings/" + id + "/approve")
						.session(director)
						.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
						.param("version", String.valueOf(version)))
					.andReturn()
					.getResponse()
					.getStatus()));
			}
			for (java.util.concurrent.Future<Integer> result : results) {
				assertThat(result.get()).isEqualTo(302);
			}
		}
		finally {
			pool.shutdown();
		}
		List<String> numbers = this.jdbc.sql("select number from decision where meeting_id in (:ids)")
			.param("ids", ids)
			.query(String.class)
			.list();
		assertThat(numbers).hasSize(3).doesNotHaveDuplicates().allMatch(number -> number.startsWith("SG-2035-"));
	}

	@Test
	void openActionItemsCarryOverToLaterMeetingsUntilDone() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		String task = "Kartlegge kompetansebehov hos medlemsbedrifter " + java.util.UUID.randomUUID();
		long earlier = this.fixture.submitted(secretary, "2029-01-15", "Vedtak", task);
		long later = this.fixture.plan(secretary, "2029-03-15");
		// not agreed until the minutes are approved
		this.mvc.perform(get("/meetings/" + later).session(secretary))
			.andExpect(content().string(not(containsString(task))));
		this.fixture.send(this.fixture.signIn("prorektor"), earlier, "/approve").andExpect(status().isFound());
		this.fixture.send(this.fixture.signIn("avdelingsdirektor"), earlier, "/approve").andExpect(status().isFound());
		this.fixture.send(secretary, earlier, "/publish").andExpect(status().isFound());
		this.mvc.perform(get("/meetings/" + later).session(secretary))
			.andExpect(content().string(containsString(task)))
			.andExpect(content().string(containsString("Forfalt")));

		long action = this.jdbc.sql("select id from action_item where meeting_id = :id").param("id", earlier)
			.query(Long.class).single();
		// someone who neither owns it nor sits in the steering group may not close it
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/meetings/" + earlier + "/actions/" + action + "/done")
			.session(this.fixture.signIn("leser"))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("text", "Forsøk"))
			.andExpect(status().isForbidden());
		// the owner (the secretary) closes it with a comment; an empty comment is refused with input kept
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/meetings/" + earlier + "/actions/" + action + "/done")
			.session(secretary)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("text", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Fyll ut feltet.")));
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/meetings/" + earlier + "/actions/" + action + "/done")
			.session(secretary)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("text", "Undersøkelsen er sendt ut"))
			.andExpect(status().isFound());
		this.mvc.perform(get("/meetings/" + later).session(secretary))
			.andExpect(content().string(not(containsString(task))));
	}

	private List<String> decisionNumbers(long meetingId) {
		return this.jdbc.sql("select number from decision where meeting_id = :id order by id")
			.param("id", meetingId)
			.query(String.class)
			.list();
	}

}
