package no.avtaleportal.meeting;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import no.avtaleportal.support.PdfChecker;
import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SecondAgreement;
import no.avtaleportal.support.SignIn;
import no.avtaleportal.support.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The meeting pack (sakspapirer): one PDF/A for the steering group with the agenda, the dashboard's
 * focus areas, the answers to the status round before the meeting, the open action items and the
 * papers of the cases; for the members and the secretary only, in a fixed number of statements.
 */
@PortalTest
class MeetingPackTests {

	private static final String MARK = "Sakspapirprøve";

	@RegisterExtension
	final MeetingFixture fixture = new MeetingFixture();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private SqlStatements sqlStatements;

	private final List<Long> meetings = new ArrayList<>();

	@AfterEach
	void removeData() {
		this.meetings.forEach(id -> this.jdbc.sql("delete from meeting where id = :id").param("id", id).update());
		this.jdbc.sql("delete from status_round where message = :mark").param("mark", MARK).update();
		this.jdbc.sql("delete from document where title like :mark").param("mark", MARK + "%").update();
		this.jdbc.sql("delete from activity where title like :mark").param("mark", MARK + "%").update();
	}

	@Test
	void theSecretaryGetsOnePdfAWithAgendaStatusAnswersOpenActionsAndPapers() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long earlier = meeting(this.fixture.submitted(secretary, "2031-02-03", "Sakspapirene sendes ut en uke før.",
				MARK + ": sende ut invitasjonen"));
		this.fixture.send(this.fixture.signIn("prorektor"), earlier, "/approve");
		this.fixture.send(this.fixture.signIn("avdelingsdirektor"), earlier, "/approve");
		long activity = activity("piloten");
		long unanswered = activity("kartleggingen");
		openRound(secretary);
		answer(activity, "Piloten er i gang med **tolv** deltakere. Se [rapporten](https://example.org/rapport).");
		long id = meeting(this.fixture.plan(secretary, "2031-03-10"));
		this.fixture.send(secretary, id, "/agenda/new", "title", "Status for piloten", "presenter", "Kari Nordmann",
				"plannedMinutes", "15", "activityId", String.valueOf(activity));
		String caseNumber = this.jdbc.sql("select case_number from agenda_item where meeting_id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		document("rapport fra piloten", activity);

		MockHttpServletResponse response = this.mvc.perform(get("/meetings/" + id + "/pack.pdf").session(secretary))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"sakspapirer-2031-03-10.pdf\"");
		byte[] pdf = response.getContentAsByteArray();
		String text;
		String byPosition;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			// the words of a line in the order they are read, whatever font (bold) each is set in
			PDFTextStripper lines = new PDFTextStripper();
			lines.setSortByPosition(true);
			byPosition = lines.getText(document).replaceAll("\\s+", " ");
			String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
			assertThat(xmp).containsPattern("pdfaid:part[>=\"']+2").containsPattern("pdfaid:conformance[>=\"']+A");
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Sakspapirer til styringsgruppemøte 10.03.2031");
			Path image = Path.of("target", "screenshots", "meeting-pack-page1.png");
			Files.createDirectories(image.getParent());
			PDFRenderer renderer = new PDFRenderer(document);
			for (int page = 0; page < document.getNumberOfPages(); page++) {
				BufferedImage rendered = renderer.renderImageWithDPI(page, 80);
				ImageIO.write(rendered, "png", Path.of("target", "screenshots", "meeting-pack-page" + (page + 1) + ".png").toFile());
			}
		}
		String focusAreaA = this.jdbc.sql("select title from focus_area where agreement_id = :agreement and code = 'A'")
			.param("agreement", agreement())
			.query(String.class)
			.single();
		assertThat(text).contains("Sakspapirer", "Styringsgruppemøte 10.03.2031", "Samarbeidsavtale mellom NTNU og NHO",
				"10.03.2031 kl. 10.00–12.00", "Gløshaugen, Trondheim")
			.as("the agenda with its case number")
			.contains(caseNumber + " Status for piloten", "Innleder: Kari Nordmann", "15 min")
			.as("the dashboard's focus areas")
			.contains("Innsatsområdene", "A: " + focusAreaA)
			.as("the round's answers")
			.contains("Svar på statusrunden", MARK + " piloten", "lys: Gul",
					MARK + " kartleggingen", "Ingen statusoppdatering før møtet.")
			.as("the open action items")
			.contains("Åpne oppfølgingspunkter", MARK + ": sende ut invitasjonen", "Ingrid Berg", "31.01.2020", "Forfalt")
			.as("the papers")
			.contains("Dokumenter til sakene", MARK + " rapport fra piloten");
		assertThat(byPosition).as("the answer's Markdown set as the activity page shows it, not printed as typed")
			.contains("Piloten er i gang med tolv deltakere.")
			.doesNotContain("**");
		assertThat(PdfChecker.failures(pdf)).as("PDF/A-2a and PDF/UA-1").isEmpty();
		assertThat(unanswered).isPositive();

		String english = pdfText(get("/meetings/" + id + "/pack.pdf?lang=en").session(secretary));
		assertThat(english).contains("Meeting pack", "Steering group meeting 10.03.2031", "Agenda",
				"Answers to the status round", "Open action items", "Documents for the cases");
		assertThat(this.mvc.perform(get("/meetings/" + id).session(secretary)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("href=\"/meetings/" + id + "/pack.pdf\"",
					"Last ned sakspapirer (PDF)");
	}

	@Test
	void onlyTheSteeringGroupGetsThePack() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long planned = meeting(this.fixture.plan(secretary, "2031-04-07"));
		String pack = "/meetings/" + planned + "/pack.pdf";
		this.mvc.perform(get(pack)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		for (String outsider : List.of("leser", "ntnu", "admin", SecondAgreement.MEMBER, SecondAgreement.SECRETARY)) {
			assertThat(this.mvc.perform(get(pack).session(SignIn.as(this.mvc, outsider))).andReturn().getResponse().getStatus())
				.as(outsider).isEqualTo(404);
		}
		this.mvc.perform(get(pack).session(this.fixture.signIn("avdelingsdirektor"))).andExpect(status().isOk());
		assertThat(this.mvc.perform(get("/meetings/" + planned).session(SignIn.as(this.mvc, "prorektor"))).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("/pack.pdf");

		long published = this.jdbc.sql("""
				select m.id from meeting m where m.steering_group_id = :group and m.minutes_status = 'PUBLISHED'
				order by m.starts_at limit 1""")
			.param("group", this.fixture.steeringGroupId())
			.query(Long.class)
			.single();
		MockHttpSession reader = SignIn.as(this.mvc, "leser");
		this.mvc.perform(get("/meetings/" + published).session(reader)).andExpect(status().isOk());
		this.mvc.perform(get("/meetings/" + published + "/pack.pdf").session(reader)).andExpect(status().isForbidden());

		this.fixture.send(secretary, planned, "/cancel", "text", "Ingen saker.").andExpect(status().isFound());
		this.mvc.perform(get(pack).session(secretary)).andExpect(status().isNotFound());
		assertThat(this.mvc.perform(get("/meetings/" + planned).session(secretary)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("/pack.pdf");
	}

	@Test
	void thePackRunsAFixedNumberOfStatementsWhateverItHolds() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long activity = activity("liten");
		openRound(secretary);
		answer(activity, "Ett svar.");
		long small = meeting(this.fixture.plan(secretary, "2031-05-05"));
		this.fixture.send(secretary, small, "/agenda/new", "title", "Én sak", "activityId", String.valueOf(activity));
		document("ett dokument", activity);
		statements(secretary, small);
		int few = statements(secretary, small);

		long earlier = meeting(this.fixture.submitted(secretary, "2031-04-14", "Et vedtak.", MARK + ": en oppgave"));
		this.fixture.send(this.fixture.signIn("prorektor"), earlier, "/approve");
		this.fixture.send(this.fixture.signIn("avdelingsdirektor"), earlier, "/approve");
		List<Long> activities = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			activities.add(activity("stor " + i));
		}
		openRound(secretary);
		long large = meeting(this.fixture.plan(secretary, "2031-05-06"));
		for (long each : activities) {
			answer(each, "Svar " + each);
			this.fixture.send(secretary, large, "/agenda/new", "title", "Sak " + each, "activityId", String.valueOf(each));
			document("dokument " + each, each);
			document("vedlegg " + each, each);
		}
		assertThat(statements(secretary, large)).as("statements for the pack").isEqualTo(few).isLessThanOrEqualTo(50);
	}

	private int statements(MockHttpSession session, long meetingId) throws Exception {
		this.sqlStatements.reset();
		this.mvc.perform(get("/meetings/" + meetingId + "/pack.pdf").session(session)).andExpect(status().isOk());
		return this.sqlStatements.count();
	}

	private String pdfText(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		byte[] pdf = this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	private long meeting(long id) {
		this.meetings.add(id);
		return id;
	}

	private long agreement() {
		return this.jdbc.sql("select id from agreement where import_key = 'ntnu-nho-2023'").query(Long.class).single();
	}

	private long focusAreaA() {
		return this.jdbc.sql("select id from focus_area where agreement_id = :agreement and code = 'A'")
			.param("agreement", agreement())
			.query(Long.class)
			.single();
	}

	/** An open activity under focus area A that the {@code ntnu} account's person is responsible for. */
	private long activity(String suffix) {
		return this.jdbc.sql("""
				insert into activity (title, focus_area_id, lead_organisation_id, responsible_person_id, status, start_date,
				    created_by, created_at, last_modified_by, last_modified_at)
				select :title, :area, u.organisation_id, u.person_id, 'IN_PROGRESS', :start, 'test', now(), 'test', now()
				from user_account u where u.username = 'ntnu' returning id""")
			.param("title", MARK + " " + suffix)
			.param("area", focusAreaA())
			.param("start", LocalDate.of(2025, 1, 1))
			.query(Long.class)
			.single();
	}

	/** The secretary's status round over focus area A, with the test's mark as its message. */
	private void openRound(MockHttpSession secretary) throws Exception {
		this.mvc
			.perform(post("/status-rounds/new/" + agreement()).session(secretary)
				.with(csrf())
				.param("deadline", LocalDate.now().plusDays(10).toString())
				.param("focusAreaIds", String.valueOf(focusAreaA()))
				.param("message", MARK))
			.andExpect(status().isFound());
	}

	/** The responsible contributor answers with an ordinary status update (yellow light). */
	private void answer(long activity, String text) throws Exception {
		this.mvc
			.perform(post("/activities/" + activity + "/updates").session(SignIn.as(this.mvc, "ntnu"))
				.with(csrf())
				.param("writtenOn", LocalDate.now().toString())
				.param("light", "YELLOW")
				.param("text", text))
			.andExpect(status().isFound());
	}

	/** A shared document of the agreement about the activity. */
	private void document(String title, long activity) {
		long id = this.jdbc.sql("""
				insert into document (agreement_id, title, document_date, focus_area_id, activity_id, file_name,
				    content_type, size_bytes, created_by, created_at, last_modified_by, last_modified_at)
				values (:agreement, :title, :day, :area, :activity, 'rapport.pdf', 'application/pdf', 4,
				    'test', now(), 'test', now()) returning id""")
			.param("agreement", agreement())
			.param("title", MARK + " " + title)
			.param("day", LocalDate.of(2030, 6, 1))
			.param("area", focusAreaA())
			.param("activity", activity)
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into document_content (document_id, content) values (:id, :content)")
			.param("id", id)
			.param("content", "%PDF".getBytes(StandardCharsets.US_ASCII))
			.update();
	}

}
