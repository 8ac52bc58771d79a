package no.avtaleportal.meeting;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

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
 * change, and decisions carry the number their case got on the agenda once the second party approves.
 */
@PortalTest
class MinutesWorkflowTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@RegisterExtension
	final MeetingFixture fixture = new MeetingFixture();

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
		assertThat(decisionNumbers(id)).singleElement().asString().matches("\\d\\d/2030");

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

		// a correction is an addendum with a reason, approved like the minutes
		this.fixture.send(secretary, id, "/addenda", "text", "Fristen er 1. mars, ikke 1. februar.", "reason",
				"Skrivefeil i referatet").andExpect(status().isFound());
		long addendum = this.jdbc.sql("select id from addendum where meeting_id = :id").param("id", id)
			.query(Long.class).single();
		this.fixture.send(this.fixture.signIn("prorektor"), id, "/addenda/" + addendum + "/approve").andExpect(status().isFound());
		this.fixture.send(this.fixture.signIn("avdelingsdirektor"), id, "/addenda/" + addendum + "/approve")
			.andExpect(status().isFound());
		this.mvc.perform(get("/meetings/" + id).session(reader))
			.andExpect(content().string(containsString("Fristen er 1. mars, ikke 1. februar.")))
			.andExpect(content().string(containsString("Skrivefeil i referatet")));
	}

	@Test
	void anAddendumIsADraftSeenOnlyByTheSteeringGroupUntilAMemberOfEachPartyApprovesIt() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long id = published(secretary, "2030-09-10");
		String text = "Tillegg: NHO sender også rapporten til Sintef " + java.util.UUID.randomUUID();
		this.fixture.send(secretary, id, "/addenda", "text", text, "reason", "Glemt i referatet")
			.andExpect(status().isFound());
		long addendum = this.jdbc.sql("select id from addendum where meeting_id = :id").param("id", id)
			.query(Long.class).single();
		MockHttpSession reader = this.fixture.signIn("leser");
		MockHttpSession prorektor = this.fixture.signIn("prorektor");
		MockHttpSession director = this.fixture.signIn("avdelingsdirektor");

		// a draft: the steering group sees it, awaiting both parties; readers see neither the page text nor the PDF's
		this.mvc.perform(get("/meetings/" + id).session(reader))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(text))));
		this.mvc.perform(get("/meetings/" + id).session(secretary))
			.andExpect(content().string(containsString(text)))
			.andExpect(content().string(containsString("Utkast – venter på godkjenning fra NTNU, NHO")));
		assertThat(pdfText(this.mvc.perform(get("/meetings/" + id + "/minutes.pdf")
			.session(reader)).andReturn().getResponse().getContentAsByteArray())).doesNotContain(text.substring(0, 40));

		// the secretary is not a member: she proposes, the members approve
		this.fixture.send(secretary, id, "/addenda/" + addendum + "/approve").andExpect(status().isForbidden());
		this.fixture.send(prorektor, id, "/addenda/" + addendum + "/approve").andExpect(status().isFound());
		this.fixture.send(prorektor, id, "/addenda/" + addendum + "/approve").andExpect(status().isConflict());
		// each party approves once, as for the minutes
		this.fixture.send(this.fixture.signIn(this.fixture.anotherNtnuMember()), id, "/addenda/" + addendum + "/approve")
			.andExpect(status().isConflict());
		this.mvc.perform(get("/meetings/" + id).session(reader)).andExpect(content().string(not(containsString(text))));
		this.mvc.perform(get("/meetings/" + id).session(secretary))
			.andExpect(content().string(containsString("Utkast – venter på godkjenning fra NHO")));

		this.fixture.send(director, id, "/addenda/" + addendum + "/approve").andExpect(status().isFound());
		this.mvc.perform(get("/meetings/" + id).session(reader))
			.andExpect(content().string(containsString(text)))
			.andExpect(content().string(containsString("Glemt i referatet")))
			.andExpect(content().string(not(containsString("venter på godkjenning"))));
		assertThat(pdfText(this.mvc.perform(get("/meetings/" + id + "/minutes.pdf")
			.session(reader)).andReturn().getResponse().getContentAsByteArray())).contains(text.substring(0, 40));
		this.fixture.send(director, id, "/addenda/" + addendum + "/approve").andExpect(status().isConflict());

		// an addendum approved twice does not list the attendees twice (it did, on the page and in the PDF)
		List<String> invited = this.jdbc.sql("select name from attendee where meeting_id = :id order by position")
			.param("id", id).query(String.class).list();
		assertThat(invited).isNotEmpty().doesNotHaveDuplicates();
		String page = this.mvc.perform(get("/meetings/" + id).session(reader)).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(org.jsoup.Jsoup.parse(page).select("#attendance tbody th").eachText()).isEqualTo(invited);
		String minutes = pdfText(this.mvc.perform(get("/meetings/" + id + "/minutes.pdf").session(reader))
			.andReturn().getResponse().getContentAsByteArray());
		assertThat(java.util.regex.Pattern.compile("Ikke registrert|Til stede|Fraværende|Meldt forfall").matcher(minutes)
			.results()).as("the attendance's rows in the minutes").hasSameSizeAs(invited);
	}

	private long published(MockHttpSession secretary, String date) throws Exception {
		long id = this.fixture.submitted(secretary, date, "Vedtak " + date, "Oppgave " + date);
		this.fixture.send(this.fixture.signIn("prorektor"), id, "/approve").andExpect(status().isFound());
		this.fixture.send(this.fixture.signIn("avdelingsdirektor"), id, "/approve").andExpect(status().isFound());
		this.fixture.send(secretary, id, "/publish").andExpect(status().isFound());
		return id;
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
	void agendaItemsGetCaseNumbersInMeetingOrderAndDecisionsCarryTheirCasesNumber() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long october = this.fixture.plan(secretary, "2031-10-02");
		long first = this.fixture.addItem(secretary, october, "Første sak");
		long second = this.fixture.addItem(secretary, october, "Andre sak");
		long december = this.fixture.plan(secretary, "2031-12-04");
		long third = this.fixture.addItem(secretary, december, "Tredje sak");

		// the case number is given when the item is put on the agenda
		String one = caseNumber(first);
		assertThat(one).matches("\\d\\d/2031");
		int n = Integer.parseInt(one.substring(0, 2));
		assertThat(List.of(caseNumber(second), caseNumber(third)))
			.containsExactly("%02d/2031".formatted(n + 1), "%02d/2031".formatted(n + 2));
		this.mvc.perform(get("/meetings/" + october).session(secretary))
			.andExpect(content().string(containsString("Sak " + one)));

		this.fixture.send(secretary, october, "/agenda/" + second + "/decisions/new", "text", "B").andExpect(status().isFound());
		this.fixture.send(secretary, october, "/agenda/" + first + "/decisions/new", "text", "A").andExpect(status().isFound());
		this.fixture.send(secretary, december, "/agenda/" + third + "/decisions/new", "text", "C").andExpect(status().isFound());
		for (long id : List.of(october, december)) {
			this.fixture.send(secretary, id, "/held").andExpect(status().isFound());
			this.fixture.send(secretary, id, "/submit").andExpect(status().isFound());
		}
		assertThat(decisionNumbers(october)).containsOnlyNulls();
		// December's minutes are approved before October's: the numbers still follow the meetings
		for (long id : List.of(december, october)) {
			this.fixture.send(this.fixture.signIn("prorektor"), id, "/approve").andExpect(status().isFound());
			this.fixture.send(this.fixture.signIn("avdelingsdirektor"), id, "/approve").andExpect(status().isFound());
		}
		List<String> numbered = this.jdbc
			.sql("select d.text || '=' || d.number from decision d join meeting m on m.id = d.meeting_id "
					+ "where m.id in (:ids) order by d.text")
			.param("ids", List.of(october, december))
			.query(String.class)
			.list();
		assertThat(numbered).containsExactly("A=" + one, "B=" + caseNumber(second), "C=" + caseNumber(third));

		// the register reads in meeting order, newest first
		org.jsoup.nodes.Document register = org.jsoup.Jsoup.parse(this.mvc.perform(get("/decisions?year=2031").session(secretary))
			.andReturn().getResponse().getContentAsString());
		List<String> ours = List.of(caseNumber(third), caseNumber(second), one);
		List<String> numbers = register.select("tbody th").eachText().stream().filter(ours::contains).toList();
		assertThat(numbers).as("this test's cases, newest meeting first (other runs' 2031 meetings may lie between)")
			.containsExactlyElementsOf(ours);
	}

	private String caseNumber(long itemId) {
		return this.jdbc.sql("select case_number from agenda_item where id = :id").param("id", itemId)
			.query(String.class).single();
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
		assertThat(numbers).hasSize(3).doesNotHaveDuplicates().allMatch(number -> number.endsWith("/2035"));
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
		// the owner (the secretary) closes it, with a comment (which is optional, see ActionItemTests)
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/meetings/" + earlier + "/actions/" + action + "/done")
			.session(secretary)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("text", "Undersøkelsen er sendt ut"))
			.andExpect(status().isFound());
		this.mvc.perform(get("/meetings/" + later).session(secretary))
			.andExpect(content().string(not(containsString(task))));
	}

	private static String pdfText(byte[] pdf) throws java.io.IOException {
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	private List<String> decisionNumbers(long meetingId) {
		return this.jdbc.sql("select number from decision where meeting_id = :id order by id")
			.param("id", meetingId)
			.query(String.class)
			.list();
	}

}
