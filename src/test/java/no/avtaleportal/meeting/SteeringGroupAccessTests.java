package no.avtaleportal.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SecondAgreement;
import no.avtaleportal.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Steering group rights follow the agreement and the party (issue 13, finding 1): a member is
 * who holds one of the group's member roles, the secretary who holds its secretary role, each
 * for the meeting's own agreement; minutes are approved by one member of each party of that
 * agreement. The account role only says what kind of work someone may do at all. Two agreements:
 * NTNU–NHO and NTNU–FIE ({@link SecondAgreement}).
 */
@PortalTest
class SteeringGroupAccessTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private SecondAgreement second;

	@RegisterExtension
	final MeetingFixture fixture = new MeetingFixture();

	@Test
	void aSteeringGroupMemberOfAnOrganisationThatIsNoPartyFindsNothingOfTheOtherAgreementsMeeting() throws Exception {
		long id = this.fixture.plan(this.fixture.signIn("prorektor"), this.second.steeringGroupId(), "2030-09-01");
		long item = this.fixture.addItem(this.fixture.signIn(SecondAgreement.SECRETARY), id, "Felles forskning");

		MockHttpSession outsider = this.fixture.signIn("avdelingsdirektor");
		for (String path : List.of("", "/history", "/attendance", "/meeting.ics", "/edit", "/agenda/new",
				"/agenda/" + item + "/decisions/new")) {
			this.mvc.perform(get("/meetings/" + id + path).session(outsider)).andExpect(status().isNotFound());
		}
		for (String path : List.of("/agenda/new", "/held", "/submit", "/approve", "/comments")) {
			this.fixture.send(outsider, id, path, "title", "Fra NHO", "text", "Fra NHO").andExpect(status().isNotFound());
		}
		assertThat(this.jdbc.sql("select status || ' ' || minutes_status from meeting where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("PLANNED DRAFT");
		assertThat(this.jdbc.sql("select count(*) from agenda_item where meeting_id = :id").param("id", id)
			.query(Long.class).single()).isEqualTo(1);
		this.mvc.perform(get("/meetings").session(outsider))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Samarbeidsavtale mellom NTNU og FIE"))));
	}

	@Test
	void theMinutesOfTheSecondAgreementAreApprovedByAMemberOfEachOfItsParties() throws Exception {
		MockHttpSession secretary = this.fixture.signIn(SecondAgreement.SECRETARY);
		long id = this.fixture.plan(secretary, this.second.steeringGroupId(), "2024-09-02");
		long item = this.fixture.addItem(secretary, id, "Felles forskning");
		this.fixture.send(secretary, id, "/agenda/" + item + "/decisions/new", "text", "Forskningen fortsetter.");
		this.fixture.send(secretary, id, "/held").andExpect(status().isFound());
		this.fixture.send(secretary, id, "/submit").andExpect(status().isFound());

		this.fixture.send(this.fixture.signIn("avdelingsdirektor"), id, "/approve").andExpect(status().isNotFound());
		this.fixture.send(this.fixture.signIn("sekretaer"), id, "/approve").andExpect(status().isNotFound());
		this.fixture.send(secretary, id, "/approve").andExpect(status().isForbidden());
		this.fixture.send(this.fixture.signIn("prorektor"), id, "/approve").andExpect(status().isFound());
		assertThat(this.fixture.minutesStatus(id)).isEqualTo("SUBMITTED");
		this.fixture.send(this.fixture.signIn(SecondAgreement.MEMBER), id, "/approve").andExpect(status().isFound());

		assertThat(this.fixture.minutesStatus(id)).isEqualTo("APPROVED");
		assertThat(approvals(id)).containsExactly("prorektor NTNU", "fie-styre FIE");
	}

	@Test
	void aMemberAndASecretaryOfAThirdOrganisationNeitherApproveNorReadTheNtnuNhoMinutes() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long submitted = this.fixture.submitted(secretary, "2030-10-01", "Et vedtak i utkast", "En oppgave");
		long draft = this.fixture.plan(secretary, "2030-10-15");

		MockHttpSession member = this.fixture.signIn(SecondAgreement.MEMBER);
		this.mvc.perform(get("/meetings/" + submitted).session(member)).andExpect(status().isNotFound());
		this.fixture.send(member, submitted, "/approve").andExpect(status().isNotFound());
		assertThat(approvals(submitted)).isEmpty();

		MockHttpSession otherSecretary = this.fixture.signIn(SecondAgreement.SECRETARY);
		this.mvc.perform(get("/meetings/" + draft).session(otherSecretary)).andExpect(status().isNotFound());
		this.mvc.perform(get("/meetings/" + draft + "/edit").session(otherSecretary)).andExpect(status().isNotFound());
		this.fixture.send(otherSecretary, draft, "/agenda/new", "title", "Innsmett").andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("select count(*) from agenda_item where meeting_id = :id").param("id", draft)
			.query(Long.class).single()).isZero();
	}

	@Test
	void theAccountRoleAloneMakesNobodyAMemberOrTheSecretary() throws Exception {
		long draft = this.fixture.plan(this.fixture.signIn("sekretaer"), "2030-11-03");
		for (String role : List.of("STEERING_GROUP", "SECRETARY")) {
			MockHttpSession session = this.fixture.signIn(this.fixture.ntnuAccount(role));
			this.mvc.perform(get("/meetings/" + draft).session(session)).andExpect(status().isNotFound());
			this.fixture.send(session, draft, "/held").andExpect(status().isNotFound());
			this.mvc.perform(get("/meetings/new").session(session)).andExpect(status().isForbidden());
		}
		// the secretary of NTNU–NHO reads the NTNU–FIE group's published minutes only, as NTNU does
		long other = this.fixture.plan(this.fixture.signIn("prorektor"), this.second.steeringGroupId(), "2030-11-04");
		this.mvc.perform(get("/meetings/" + other).session(this.fixture.signIn("sekretaer")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aMemberAndTheSecretaryAreSoOnlyWhileTheyHoldTheirRoles() throws Exception {
		long draft = this.fixture.plan(this.fixture.signIn("sekretaer"), "2030-12-02");
		LocalDate today = LocalDate.now(TestClock.portal());
		for (String username : List.of("prorektor", "sekretaer")) {
			MockHttpSession session = this.fixture.signIn(username);
			this.mvc.perform(get("/meetings/" + draft).session(session)).andExpect(status().isOk());
			String held = "select id, valid_from, valid_to from role_assignment"
					+ " where person_id = (select person_id from user_account where username = :username) order by id";
			List<Map<String, Object>> before = this.jdbc.sql(held).param("username", username).query().listOfRows();
			try {
				// the role ended yesterday: the draft is not theirs to see any more
				assign(username, today.minusYears(1), today.minusDays(1));
				this.mvc.perform(get("/meetings/" + draft).session(session)).andExpect(status().isNotFound());
				this.mvc.perform(get("/meetings/" + draft + "/history").session(session))
					.andExpect(status().isNotFound());
				// held again from tomorrow: not yet
				assign(username, today.plusDays(1), null);
				this.mvc.perform(get("/meetings/" + draft).session(session)).andExpect(status().isNotFound());
				// held until today: still
				assign(username, today.minusDays(30), today);
				this.mvc.perform(get("/meetings/" + draft).session(session)).andExpect(status().isOk());
				this.mvc.perform(get("/meetings/" + draft + "/history").session(session)).andExpect(status().isOk());
			}
			finally {
				before.forEach(row -> this.jdbc
					.sql("update role_assignment set valid_from = :from, valid_to = :to where id = :id")
					.param("from", row.get("valid_from"))
					.param("to", row.get("valid_to"), java.sql.Types.DATE)
					.param("id", row.get("id"))
					.update());
			}
			assertThat(this.jdbc.sql(held).param("username", username).query().listOfRows()).isEqualTo(before);
		}
	}

	/** Sets the dates of every role the user's person holds (the demo's: one each). */
	private void assign(String username, LocalDate from, LocalDate to) {
		this.jdbc.sql("""
				update role_assignment set valid_from = :from, valid_to = :to
				where person_id = (select person_id from user_account where username = :username)""")
			.param("from", from)
			.param("to", to, java.sql.Types.DATE)
			.param("username", username)
			.update();
	}

	@Test
	void oneApprovalPerPartyAndAnApprovalByANonPartyBreaksNeitherThePageNorTheRule() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long id = this.fixture.submitted(secretary, "2030-12-01", "Vedtak", "Oppgave");
		this.jdbc.sql("""
				insert into minutes_event (meeting_id, kind, actor_username, actor_name, organisation_id, occurred_at)
				values (:id, 'APPROVED', 'fie-styre', 'Frida Eksempel', (select id from organisation where short_name = 'FIE'), now())""")
			.param("id", id)
			.update();
		for (String username : List.of("sekretaer", "prorektor", "avdelingsdirektor")) {
			this.mvc.perform(get("/meetings/" + id).session(this.fixture.signIn(username))).andExpect(status().isOk());
		}
		this.fixture.send(this.fixture.signIn("prorektor"), id, "/approve").andExpect(status().isFound());
		this.fixture.send(this.fixture.signIn(this.fixture.anotherNtnuMember()), id, "/approve")
			.andExpect(status().isConflict());
		assertThat(this.fixture.minutesStatus(id)).isEqualTo("SUBMITTED");
		this.fixture.send(this.fixture.signIn("avdelingsdirektor"), id, "/approve").andExpect(status().isFound());
		assertThat(this.fixture.minutesStatus(id)).isEqualTo("APPROVED");
		this.mvc.perform(get("/meetings/" + id).session(secretary)).andExpect(status().isOk());
	}

	@Test
	void aPartysAssessmentOfTheEvaluationIsWrittenByItsPeopleInThatAgreementsSteeringGroup() throws Exception {
		String assessment = "/agreements/" + this.second.agreementId() + "/evaluation/assessment";
		// NTNU–NHO's secretary is no insider of NTNU–FIE, though NTNU is a party and her account may do such work
		this.mvc.perform(get(assessment).session(this.fixture.signIn("sekretaer"))).andExpect(status().isForbidden());
		this.mvc.perform(get(assessment).session(this.fixture.signIn("prorektor"))).andExpect(status().isOk());
		this.mvc.perform(get(assessment).session(this.fixture.signIn(SecondAgreement.SECRETARY)))
			.andExpect(status().isOk());
		this.mvc.perform(get(assessment).session(this.fixture.signIn("avdelingsdirektor")))
			.andExpect(status().isNotFound());
	}

	private List<String> approvals(long meetingId) {
		return this.jdbc.sql("""
				select e.actor_username || ' ' || o.short_name from minutes_event e join organisation o on o.id = e.organisation_id
				where e.meeting_id = :id and e.kind = 'APPROVED' order by e.id""")
			.param("id", meetingId)
			.query(String.class)
			.list();
	}

}
