package no.avtaleportal.evaluation;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import no.avtaleportal.agreement.AgreementDeadlines.EvaluationWindow;
import no.avtaleportal.support.Pages;
import no.avtaleportal.support.PortalTest;
import no.avtaleportal.web.Flash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The evaluation of the NTNU–NHO agreement: the window's states, who sees a party's assessment
 * before and after it is submitted, and the continuation decision, which changes the agreement
 * only once the minutes holding it are approved by both parties.
 */
@PortalTest
class EvaluationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	private EvaluationFixture fixture;

	@BeforeEach
	void fixture() {
		this.fixture = new EvaluationFixture(this.mvc, this.jdbc);
	}

	@AfterEach
	void restore() {
		this.fixture.restore();
	}

	@Test
	void aRatingRowOutsideTheFormOrOfAnotherFocusAreaIsA400NotA500() throws Exception {
		this.fixture.assess("prorektor", 3, "Først", false).andExpect(status().isFound());
		MockHttpSession session = this.fixture.signIn("prorektor");
		this.mvc.perform(post(this.fixture.url("/assessment")).session(session)
			.with(csrf())
			.param("version", String.valueOf(assessmentVersion()))
			.param("ratings[100000].rating", "3"))
			.andExpect(status().isBadRequest());

		var request = post(this.fixture.url("/assessment")).session(session)
			.with(csrf())
			.param("version", String.valueOf(assessmentVersion()))
			.param("summary", "Endret");
		List<Long> areas = this.fixture.focusAreaIds();
		for (int i = 0; i < areas.size(); i++) {
			long area = (i == 0) ? Long.MAX_VALUE : areas.get(i);
			request.param("ratings[" + i + "].focusAreaId", String.valueOf(area)).param("ratings[" + i + "].rating", "2");
		}
		this.mvc.perform(request).andExpect(status().isBadRequest());
		assertThat(this.jdbc.sql("""
				select count(*) from evaluation_rating r join evaluation_assessment a on a.id = r.assessment_id
				join evaluation e on e.id = a.evaluation_id where e.agreement_id = :id and r.rating = 2""")
			.param("id", this.fixture.agreementId)
			.query(Long.class)
			.single()).isZero();
	}

	private long assessmentVersion() {
		return this.jdbc.sql("""
				select max(a.version) from evaluation_assessment a join evaluation e on e.id = a.evaluation_id
				where e.agreement_id = :id""").param("id", this.fixture.agreementId).query(Long.class).single();
	}

	@Test
	void theEvaluationIsNotDueDueOverdueOrDone() {
		assertThat(EvaluationState.of(EvaluationWindow.NOT_DUE, EvaluationStatus.NOT_STARTED)).isEqualTo(EvaluationState.NOT_DUE);
		assertThat(EvaluationState.of(EvaluationWindow.DUE, EvaluationStatus.IN_PROGRESS)).isEqualTo(EvaluationState.DUE);
		assertThat(EvaluationState.of(EvaluationWindow.CLOSED, EvaluationStatus.IN_PROGRESS)).isEqualTo(EvaluationState.OVERDUE);
		assertThat(EvaluationState.of(EvaluationWindow.DUE, EvaluationStatus.TREATED)).isEqualTo(EvaluationState.DONE);
		assertThat(EvaluationState.of(EvaluationWindow.CLOSED, EvaluationStatus.TREATED)).isEqualTo(EvaluationState.DONE);
		assertThat(EvaluationState.of(EvaluationWindow.NONE, EvaluationStatus.NOT_STARTED)).isEqualTo(EvaluationState.NONE);
	}

	@Test
	void theSpring2025WindowHasClosedWithoutAnEvaluationSoItIsOverdue() throws Exception {
		this.mvc.perform(get(this.fixture.url("")).session(this.fixture.signIn("leser")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("01.01.2025–30.06.2025")))
			.andExpect(content().string(containsString("Forsinket")))
			.andExpect(content().string(containsString("Ikke startet")));
		this.mvc.perform(get("/dashboard?agreement=" + this.fixture.agreementId).session(this.fixture.signIn("leser")))
			.andExpect(content().string(containsString("Evalueringsperioden var 01.01.2025–30.06.2025, og evalueringen er ikke behandlet.")));
	}

	@Test
	void aDraftAssessmentIsSeenOnlyByItsOwnPartyAndBothSeeItOnceSubmitted() throws Exception {
		this.fixture.assess("prorektor", 3, "Kunnskapsdelingen under 2A", false).andExpect(status().isFound());
		assertThat(this.fixture.evaluationStatus()).isEqualTo("IN_PROGRESS");

		// NTNU's own people see the draft; NHO's member and reader do not
		this.mvc.perform(get(this.fixture.url("")).session(this.fixture.signIn("sekretaer")))
			.andExpect(content().string(containsString("Kunnskapsdelingen under 2A")))
			.andExpect(content().string(containsString("Utkast – bare din part ser det.")));
		for (String nho : List.of("avdelingsdirektor", "leser")) {
			this.mvc.perform(get(this.fixture.url("")).session(this.fixture.signIn(nho)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("Kunnskapsdelingen under 2A"))))
				.andExpect(content().string(containsString("Ingen vurdering er levert ennå.")));
		}
		// nor in the report
		String report = new String(this.mvc.perform(get(this.fixture.url("/report.pdf")).session(this.fixture.signIn("leser")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1);
		assertThat(report).startsWith("%PDF");

		this.fixture.assess("prorektor", 3, "Kunnskapsdelingen under 2A", true).andExpect(status().isFound());
		for (String anyone : List.of("avdelingsdirektor", "leser", "admin")) {
			this.mvc.perform(get(this.fixture.url("")).session(this.fixture.signIn(anyone)))
				.andExpect(content().string(containsString("Kunnskapsdelingen under 2A")))
				.andExpect(content().string(containsString("Vurderingen til NTNU")))
				.andExpect(content().string(containsString("3 – Godt")));
		}
		// a submitted assessment is not changed again, and the other party cannot write it
		this.fixture.assess("prorektor", 1, "Endret", false).andExpect(status().isConflict());
		this.mvc.perform(get(this.fixture.url("/assessment")).session(this.fixture.signIn("leser")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aColleagueWhoWritesWhileTheAssessmentIsSubmittedKeepsWhatTheyTypedAndLearnsWhy() throws Exception {
		this.fixture.assess("prorektor", 3, "Kunnskapsdelingen under 2A", false).andExpect(status().isFound());
		// the secretary opens the draft, and meanwhile the prorector submits it
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		Pages.get200(this.mvc, this.fixture.url("/assessment"), secretary);
		this.fixture.assess("prorektor", 3, "Kunnskapsdelingen under 2A", true).andExpect(status().isFound());

		Document form = Jsoup.parse(this.fixture.assess("sekretaer", 2, "Sekretærens tekst", false)
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(form.select(".error-summary, [role=alert]").text())
			.contains("Noen fra din part leverte vurderingen mens du skrev");
		assertThat(form.select("textarea[name=ratings[0].worked]").val()).as("what was typed")
			.isEqualTo("Sekretærens tekst");
		assertThat(form.text()).as("what was submitted, beside it").contains("Kunnskapsdelingen under 2A");
		assertThat(this.jdbc.sql("select count(*) from evaluation_rating where worked = 'Sekretærens tekst'")
			.query(Long.class)
			.single()).as("nothing saved").isZero();

		// opened again, the form sends them to the submitted assessment, and says why
		this.mvc.perform(get(this.fixture.url("/assessment")).session(secretary))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(this.fixture.url("")))
			.andExpect(flash().attribute(Flash.ERROR, "evaluation.assessment.alreadySubmitted"));
		// the other party's member writes their own
		Pages.get200(this.mvc, this.fixture.url("/assessment"), this.fixture.signIn("avdelingsdirektor"));
	}

	@Test
	void submittingNeedsARatingForEveryFocusAreaAndKeepsWhatWasTyped() throws Exception {
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post(this.fixture.url("/assessment"))
			.session(this.fixture.signIn("avdelingsdirektor"))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("version", "0")
			.param("ratings[0].focusAreaId", String.valueOf(this.fixture.focusAreaIds().get(0)))
			.param("ratings[0].worked", "Felles seminarer")
			.param("ratings[1].focusAreaId", String.valueOf(this.fixture.focusAreaIds().get(1)))
			.param("submit", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Gi en vurdering før dere leverer.")))
			.andExpect(content().string(containsString("Velg en samlet anbefaling før dere leverer.")))
			.andExpect(content().string(containsString("Felles seminarer")));
		assertThat(this.fixture.evaluationStatus()).isEqualTo("NONE");
	}

	@Test
	void anAssessmentSavedByAnotherTabWhileTheFormWasOpenComesBackWithWhatWasTyped() throws Exception {
		// the form opened before anything was saved, then saved from another tab (or by a colleague)
		this.fixture.assess("prorektor", 3, "Felles seminarer", false).andExpect(status().isFound());
		var stale = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(this.fixture.url("/assessment"))
			.session(this.fixture.signIn("prorektor"))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("version", "0")
			.param("summary", "Et langt sammendrag skrevet i den andre fanen.");
		List<Long> areas = this.fixture.focusAreaIds();
		for (int i = 0; i < areas.size(); i++) {
			stale.param("ratings[" + i + "].focusAreaId", String.valueOf(areas.get(i)))
				.param("ratings[" + i + "].worked", "Skrevet i den andre fanen " + i);
		}
		Document page = Pages.conflict(this.mvc.perform(stale));
		assertThat(page.select("#error-summary").text()).contains("Noen andre har lagret endringer her mens du skrev.");
		assertThat(page.select("textarea[name=summary]").text()).isEqualTo("Et langt sammendrag skrevet i den andre fanen.");
		assertThat(page.select("textarea[name=ratings[0].worked]").text()).isEqualTo("Skrevet i den andre fanen 0");
		assertThat(page.text()).as("what is saved now, beside it").contains("Lagret nå: Felles seminarer");
		assertThat(this.jdbc.sql("""
				select r.worked from evaluation_rating r join evaluation_assessment a on a.id = r.assessment_id
				join evaluation e on e.id = a.evaluation_id where e.agreement_id = :id""")
			.param("id", this.fixture.agreementId)
			.query(String.class)
			.list()).as("nothing of the stale form saved").containsOnly("Felles seminarer");
	}

	@Test
	void everyLinkInTheErrorSummaryLeadsToItsFieldAndItsLabel() throws Exception {
		String html = this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post(this.fixture.url("/assessment"))
			.session(this.fixture.signIn("avdelingsdirektor"))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("version", "0")
			.param("ratings[0].focusAreaId", String.valueOf(this.fixture.focusAreaIds().get(0)))
			.param("ratings[0].worked", "x".repeat(4001))
			.param("ratings[1].focusAreaId", String.valueOf(this.fixture.focusAreaIds().get(1)))
			.param("submit", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		List<String> targets = page.select("#error-summary a[href]").eachAttr("href");
		// both ratings missing, the recommendation missing, the first "what worked" too long
		assertThat(targets).contains("#ratings0.rating", "#ratings1.rating", "#recommendation", "#ratings0.worked");
		for (String target : targets) {
			assertThat(target).startsWith("#");
			Element field = page.getElementById(target.substring(1));
			assertThat(field).as("the field %s links to", target).isNotNull();
			assertThat(field.tagName()).as(target).isIn("input", "select", "textarea");
			assertThat(field.attr("aria-invalid")).as(target).isEqualTo("true");
			assertThat(page.getElementById(field.attr("aria-describedby"))).as("the message of %s", target).isNotNull();
			assertThat(page.select("label[for=\"" + field.id() + "\"]")).as("the label of %s", target).hasSize(1);
		}
	}

	@Test
	void theAssessmentsHistoryShowsEachRatingChangeInWords() throws Exception {
		this.fixture.assess("prorektor", 2, "Første utkast", false).andExpect(status().isFound());
		this.fixture.assess("prorektor", 3, "Andre utkast", true).andExpect(status().isFound());
		long assessment = this.jdbc.sql("""
				select a.id from evaluation_assessment a join evaluation e on e.id = a.evaluation_id
				join organisation o on o.id = a.organisation_id where e.agreement_id = :id and o.short_name = 'NTNU'""")
			.param("id", this.fixture.agreementId)
			.query(Long.class)
			.single();
		String area = this.jdbc.sql("select code from focus_area where id = :id")
			.param("id", this.fixture.focusAreaIds().get(0))
			.query(String.class)
			.single();
		Document page = Jsoup.parse(this.mvc
			.perform(get(this.fixture.url("/assessments/" + assessment + "/history")).session(this.fixture.signIn("leser")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		List<Element> ofArea = page.select("li.history-change")
			.stream()
			.filter(entry -> entry.text().startsWith("Vurdering av " + area + ": "))
			.toList();
		// newest first: the change from the draft to what was submitted, then the draft written
		assertThat(ofArea).hasSize(2);
		assertThat(ofArea.get(0).select("dt").eachText()).containsExactly("Vurdering", "Hva fungerte");
		assertThat(ofArea.get(0).select("del").eachText()).containsExactly("2 – Delvis tilfredsstillende", "Første utkast");
		assertThat(ofArea.get(0).select("ins").eachText()).containsExactly("3 – Godt", "Andre utkast");
		assertThat(ofArea.get(1).select("dd").eachText()).contains("2 – Delvis tilfredsstillende", "Første utkast", "Lite", "Mer");
		assertThat(ofArea.get(1).select("dd").eachText()).anySatisfy(value -> assertThat(value).startsWith(area + ": "));
	}

	@Test
	void anExtensionDecidedInApprovedMinutesExtendsTheTermAndFreezesTheDossier() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		assertThat(this.fixture.endDate()).isEqualTo(LocalDate.of(2025, 11, 19));
		long meeting = this.fixture.draftMeeting(secretary, LocalDate.of(2026, 11, 2));
		this.fixture.propose(secretary, meeting, "EXTEND", "months", "24").andExpect(status().isFound());
		assertThat(this.fixture.endDate()).as("nothing changes before the minutes are approved")
			.isEqualTo(LocalDate.of(2025, 11, 19));
		this.mvc.perform(get("/meetings/" + meeting).session(secretary))
			.andExpect(content().string(containsString("forlenges med 24 måneder, til 19.11.2027")));

		this.fixture.approveMinutes(secretary, meeting);

		assertThat(this.fixture.endDate()).isEqualTo(LocalDate.of(2027, 11, 19));
		assertThat(this.fixture.evaluationStatus()).isEqualTo("TREATED");
		String number = this.jdbc.sql("select decision_number from evaluation where agreement_id = :id")
			.param("id", this.fixture.agreementId)
			.query(String.class)
			.single();
		assertThat(number).matches("\\d\\d/2026");
		MockHttpSession reader = this.fixture.signIn("leser");
		this.mvc.perform(get("/agreements/" + this.fixture.agreementId).session(reader))
			.andExpect(content().string(containsString("19.11.2027")))
			.andExpect(content().string(containsString("Vedtak " + number + " etter evalueringen")))
			.andExpect(content().string(containsString("Utført")));
		this.mvc.perform(get("/dashboard").param("agreement", String.valueOf(this.fixture.agreementId)).session(reader))
			.andExpect(content().string(containsString("19.11.2027")));
		this.mvc.perform(get(this.fixture.url("")).session(reader))
			.andExpect(content().string(containsString("Avtalen er forlenget. Ny sluttdato er 19.11.2027.")))
			.andExpect(content().string(containsString("Grunnlaget ble låst")));
	}

	@Test
	void theDossierIsFrozenWhenTheEvaluationIsTreated() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long meeting = this.fixture.draftMeeting(secretary, LocalDate.of(2026, 11, 3));
		this.fixture.propose(secretary, meeting, "CONTINUE").andExpect(status().isFound());
		this.fixture.approveMinutes(secretary, meeting);
		long activity = this.jdbc.sql("""
				select a.id from activity a join focus_area f on f.id = a.focus_area_id
				where f.agreement_id = :id order by a.id limit 1""")
			.param("id", this.fixture.agreementId)
			.query(Long.class)
			.single();
		String before = this.jdbc.sql("select title from activity where id = :id").param("id", activity).query(String.class).single();
		this.jdbc.sql("update activity set title = 'Omdøpt etter evalueringen' where id = :id").param("id", activity).update();
		try {
			this.mvc.perform(get(this.fixture.url("/activities")).session(this.fixture.signIn("leser")))
				.andExpect(content().string(containsString(before)))
				.andExpect(content().string(not(containsString("Omdøpt etter evalueringen"))));
		}
		finally {
			this.jdbc.sql("update activity set title = :title where id = :id").param("title", before).param("id", activity).update();
		}
	}

	@Test
	void aDecisionInMinutesApprovedByOnlyOnePartyChangesNothing() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long meeting = this.fixture.draftMeeting(secretary, LocalDate.of(2026, 11, 4));
		this.fixture.propose(secretary, meeting, "END", "endOn", "2025-06-30").andExpect(status().isFound());
		this.fixture.meeting(secretary, meeting, "/held");
		this.fixture.meeting(secretary, meeting, "/submit");
		this.fixture.meeting(this.fixture.signIn("prorektor"), meeting, "/approve").andExpect(status().isFound());

		assertThat(this.fixture.evaluationStatus()).isEqualTo("IN_PROGRESS");
		assertThat(this.jdbc.sql("select terminated_on from agreement where id = :id")
			.param("id", this.fixture.agreementId)
			.query(LocalDate.class)
			.optional()).isEmpty();
		this.mvc.perform(get(this.fixture.url("")).session(this.fixture.signIn("leser")))
			.andExpect(content().string(containsString("Vedtaket får virkning når referatet er godkjent av begge parter.")));
	}

	@Test
	void anEndingDecidedInApprovedMinutesTerminatesTheAgreement() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long meeting = this.fixture.draftMeeting(secretary, LocalDate.of(2026, 11, 5));
		this.fixture.propose(secretary, meeting, "END", "endOn", "2025-06-30").andExpect(status().isFound());
		this.fixture.approveMinutes(secretary, meeting);
		assertThat(this.jdbc.sql("select terminated_on from agreement where id = :id")
			.param("id", this.fixture.agreementId)
			.query(LocalDate.class)
			.single()).isEqualTo(LocalDate.of(2025, 6, 30));
		this.mvc.perform(get("/agreements/" + this.fixture.agreementId).session(this.fixture.signIn("leser")))
			.andExpect(content().string(containsString("Avsluttet fra")))
			.andExpect(content().string(containsString("30.06.2025")));
	}

	@Test
	void continuingUnchangedChangesNoTerm() throws Exception {
		MockHttpSession member = this.fixture.signIn("prorektor");
		long meeting = this.fixture.draftMeeting(this.fixture.signIn("sekretaer"), LocalDate.of(2026, 11, 6));
		this.fixture.propose(member, meeting, "CONTINUE").andExpect(status().isFound());
		this.fixture.approveMinutes(this.fixture.signIn("sekretaer"), meeting);
		assertThat(this.fixture.evaluationStatus()).isEqualTo("TREATED");
		assertThat(this.fixture.endDate()).isEqualTo(LocalDate.of(2025, 11, 19));
		assertThat(this.jdbc.sql("select terminated_on from agreement where id = :id")
			.param("id", this.fixture.agreementId)
			.query(LocalDate.class)
			.optional()).isEmpty();
	}

	@Test
	void renegotiatingStartsADraftSuccessorLinkedBothWaysWithTheChosenActivities() throws Exception {
		List<Long> open = this.jdbc.sql("""
				select a.id from activity a join focus_area f on f.id = a.focus_area_id
				where f.agreement_id = :id and a.status not in ('COMPLETED', 'CANCELLED') order by a.id limit 2""")
			.param("id", this.fixture.agreementId)
			.query(Long.class)
			.list();
		assertThat(open).hasSize(2);
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long meeting = this.fixture.draftMeeting(secretary, LocalDate.of(2026, 11, 7));
		this.fixture.propose(secretary, meeting, "RENEGOTIATE", "carryOver", String.valueOf(open.get(0)))
			.andExpect(status().isFound());
		this.fixture.approveMinutes(secretary, meeting);

		long successor = this.jdbc.sql("select id from agreement where predecessor_id = :id")
			.param("id", this.fixture.agreementId)
			.query(Long.class)
			.single();
		assertThat(this.jdbc.sql("select count(*) from focus_area where agreement_id = :id").param("id", successor)
			.query(Long.class).single()).isEqualTo((long) this.fixture.focusAreaIds().size());
		assertThat(this.jdbc.sql("select count(*) from commitment c join focus_area f on f.id = c.focus_area_id where f.agreement_id = :id")
			.param("id", successor).query(Long.class).single()).isPositive();
		assertThat(this.jdbc.sql("select count(*) from steering_group where agreement_id = :id").param("id", successor)
			.query(Long.class).single()).isOne();
		assertThat(this.jdbc.sql("select f.agreement_id from activity a join focus_area f on f.id = a.focus_area_id where a.id = :id")
			.param("id", open.get(0)).query(Long.class).single()).isEqualTo(successor);
		assertThat(this.jdbc.sql("select f.agreement_id from activity a join focus_area f on f.id = a.focus_area_id where a.id = :id")
			.param("id", open.get(1)).query(Long.class).single()).isEqualTo(this.fixture.agreementId);

		MockHttpSession admin = this.fixture.signIn("admin");
		this.mvc.perform(get("/agreements/" + this.fixture.agreementId).session(admin))
			.andExpect(content().string(containsString("/agreements/" + successor + "\"")));
		this.mvc.perform(get("/agreements/" + successor).session(admin))
			.andExpect(content().string(containsString("/agreements/" + this.fixture.agreementId + "\"")));
	}

	@Test
	void aDecisionFormOfAnotherVersionOfTheEvaluationComesBackWithTheChoicesMade() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long meeting = this.fixture.draftMeeting(secretary, LocalDate.of(2026, 11, 9));
		Document page = Pages.conflict(this.mvc.perform(post(this.fixture.url("/decision")).session(secretary)
			.with(csrf())
			.param("version", String.valueOf(this.fixture.evaluationVersion() + 1))
			.param("meetingId", String.valueOf(meeting))
			.param("outcome", "EXTEND")
			.param("months", "24")
			.param("carryOver", String.valueOf(openActivity()))));
		assertThat(page.select("#error-summary").text()).contains("Noen andre har lagret endringer her mens du skrev");
		assertThat(page.select("input[name=carryOver][checked]").eachAttr("value")).as("the activity ticked")
			.containsExactly(String.valueOf(openActivity()));
		assertThat(page.select("input[name=carryOver]:not([checked])")).as("the others").isNotEmpty();
		String ticked = page.select("input[name=carryOver][checked]").attr("id");
		String title = this.jdbc.sql("select title from activity where id = ?")
			.param(openActivity())
			.query(String.class)
			.single();
		assertThat(page.select("label[for=" + ticked + "]").text()).as("its label").isEqualTo(title);
		assertThat(page.select("input[name=outcome][checked]").val()).as("the outcome chosen").isEqualTo("EXTEND");
		assertThat(page.select("#months option[selected]").val()).isEqualTo("24");
		assertThat(page.select("input[name=version]").val()).isEqualTo(String.valueOf(this.fixture.evaluationVersion()));
		assertThat(this.fixture.evaluationStatus()).as("nothing proposed").isEqualTo("NONE");
	}

	private long openActivity() {
		return this.jdbc.sql("""
				select a.id from activity a join focus_area f on f.id = a.focus_area_id
				where f.agreement_id = :id and a.status not in ('COMPLETED', 'CANCELLED') order by a.id limit 1""")
			.param("id", this.fixture.agreementId)
			.query(Long.class)
			.single();
	}

	@Test
	void theDecisionIsProposedOnAFormOfItsOwnThatListsTheActivitiesARenegotiationMayCarryOver() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long meeting = this.fixture.draftMeeting(secretary, LocalDate.of(2026, 11, 10));
		Document evaluation = Pages.get200(this.mvc, this.fixture.url(""), secretary);
		assertThat(evaluation.select("#decision a[href$=/evaluation/decision]").text()).isEqualTo("Foreslå vedtaket");
		assertThat(evaluation.select("input[name=carryOver], form[action$=/evaluation/decision]"))
			.as("the evaluation page carries no form with the open activities").isEmpty();

		Document form = Pages.get200(this.mvc, this.fixture.url("/decision"), secretary);
		assertThat(form.select("h1").text()).isEqualTo("Foreslå vedtak om videreføring");
		assertThat(form.select("#meetingId option[value=" + meeting + "]")).hasSize(1);
		assertThat(form.select("input[name=carryOver]").eachAttr("value")).as("the dossier's open activities")
			.contains(String.valueOf(openActivity()))
			.doesNotHaveDuplicates();
		assertThat(form.select("input[name=carryOver][checked]")).isEmpty();
		assertThat(form.select("input[name=version]").val())
			.isEqualTo(String.valueOf(this.fixture.evaluationVersion()));

		for (String other : List.of("ntnu", "leser")) {
			this.mvc.perform(get(this.fixture.url("/decision")).session(this.fixture.signIn(other)))
				.andExpect(status().isForbidden());
		}
		this.fixture.propose(secretary, meeting, "CONTINUE").andExpect(status().isFound());
		// once proposed, the form and a late proposal lead a member to the decision, and say why
		this.mvc.perform(get(this.fixture.url("/decision")).session(secretary))
			.andExpect(redirectedUrl(this.fixture.url("")))
			.andExpect(flash().attribute(Flash.ERROR, "evaluation.decision.taken"));
		this.fixture.propose(this.fixture.signIn("prorektor"), meeting, "EXTEND", "months", "24")
			.andExpect(redirectedUrl(this.fixture.url("")))
			.andExpect(flash().attribute(Flash.ERROR, "evaluation.decision.taken"));
		assertThat(this.jdbc.sql("select count(*) from decision where meeting_id = ?").param(meeting).query(Long.class)
			.single()).as("one decision, the first").isOne();
		this.mvc.perform(get(this.fixture.url("/decision")).session(this.fixture.signIn("leser")))
			.andExpect(status().isForbidden());
		assertThat(Pages.get200(this.mvc, this.fixture.url(""), secretary)
			.select("#decision a[href$=/evaluation/decision]")).as("nothing left to propose").isEmpty();
	}

	@Test
	void withoutDraftMinutesToPutTheDecisionInAMemberIsAskedToPlanAMeeting() throws Exception {
		List<Long> drafts = this.jdbc.sql("""
				select m.id from meeting m join steering_group g on g.id = m.steering_group_id
				where g.agreement_id = :id and m.minutes_status = 'DRAFT'""")
			.param("id", this.fixture.agreementId)
			.query(Long.class)
			.list();
		this.jdbc.sql("update meeting set minutes_status = 'SUBMITTED' where id in (:ids)").param("ids", drafts).update();
		try {
			MockHttpSession secretary = this.fixture.signIn("sekretaer");
			Element decision = Pages.get200(this.mvc, this.fixture.url(""), secretary).selectFirst("#decision");
			assertThat(decision.text()).contains("styringsgruppen har ingen møter med referat i utkast")
				.doesNotContain("Foreslå vedtaket");
			assertThat(decision.select("a").eachAttr("href")).containsExactly("/meetings/new");
			this.mvc.perform(get(this.fixture.url("/decision")).session(secretary))
				.andExpect(redirectedUrl(this.fixture.url("")))
				.andExpect(flash().attribute(Flash.ERROR, "evaluation.decision.noDraft"));
			// those outside the steering group are told who proposes it
			assertThat(Pages.get200(this.mvc, this.fixture.url(""), this.fixture.signIn("leser"))
				.selectFirst("#decision")
				.text()).contains("Ingen vedtak er foreslått ennå.").doesNotContain("utkast");
		}
		finally {
			this.jdbc.sql("update meeting set minutes_status = 'DRAFT' where id in (:ids)").param("ids", drafts).update();
		}
	}

	@Test
	void onlyMembersAndTheSecretaryProposeAndOnlyIntoDraftMinutes() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long meeting = this.fixture.draftMeeting(secretary, LocalDate.of(2026, 11, 8));
		this.fixture.propose(this.fixture.signIn("ntnu"), meeting, "CONTINUE").andExpect(status().isForbidden());
		this.fixture.propose(this.fixture.signIn("leser"), meeting, "CONTINUE").andExpect(status().isForbidden());
		this.fixture.propose(secretary, meeting, "EXTEND").andExpect(status().isOk())
			.andExpect(content().string(containsString("Velg en ny sluttdato når avtalen forlenges.")));
		assertThat(this.fixture.evaluationStatus()).isEqualTo("NONE");
	}

}
