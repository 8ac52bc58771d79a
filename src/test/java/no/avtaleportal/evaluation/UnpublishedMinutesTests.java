package no.avtaleportal.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SecondAgreement;
import no.avtaleportal.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Minutes content reaches people outside the steering group only once the minutes are published
 * (issue 13, finding 4): the evaluation page and its report show neither a decision proposed into
 * draft minutes nor the numbered decisions of minutes that are approved but not published, while
 * the group's own members see both. On the NTNU–FIE agreement, whose evaluation covers 2023.
 */
@PortalTest
class UnpublishedMinutesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private SecondAgreement second;

	@AfterEach
	void restore() {
		this.jdbc.sql("delete from evaluation where agreement_id = :id").param("id", this.second.agreementId()).update();
	}

	@Test
	void theEvaluationShowsMinutesContentOutsideTheSteeringGroupOnlyOncePublished() throws Exception {
		String secret = "Forskningssamarbeidet utvides " + UUID.randomUUID();
		MockHttpSession secretary = SignIn.as(this.mvc, SecondAgreement.SECRETARY);
		long approved = meeting(secretary, "2023-10-02", "Status");
		send(secretary, approved, "/agenda/" + lastItem(approved) + "/decisions/new", "text", secret);
		send(secretary, approved, "/held");
		send(secretary, approved, "/submit");
		send(SignIn.as(this.mvc, "prorektor"), approved, "/approve");
		send(SignIn.as(this.mvc, SecondAgreement.MEMBER), approved, "/approve");
		assertThat(this.jdbc.sql("select minutes_status from meeting where id = :id").param("id", approved)
			.query(String.class).single()).isEqualTo("APPROVED");

		long draft = meeting(secretary, "2031-03-03", "Evalueringen");
		this.mvc.perform(post("/agreements/" + this.second.agreementId() + "/evaluation/decision").session(secretary)
			.with(csrf())
			.param("outcome", "CONTINUE")
			.param("meetingId", String.valueOf(draft))
			.param("version", "0")).andExpect(status().isFound());
		String proposed = this.jdbc.sql("""
				select d.text from decision d join evaluation e on e.decision_id = d.id where e.agreement_id = :id""")
			.param("id", this.second.agreementId())
			.query(String.class)
			.single();

		for (String outsider : java.util.List.of(SecondAgreement.CONTRIBUTOR, "ntnu", "admin")) {
			MockHttpSession session = SignIn.as(this.mvc, outsider);
			assertThat(page(session)).as(outsider).doesNotContain(secret).doesNotContain(proposed);
			assertThat(report(session)).as(outsider).doesNotContain(secret).doesNotContain(proposed);
		}
		MockHttpSession member = SignIn.as(this.mvc, SecondAgreement.MEMBER);
		assertThat(page(member)).contains(secret, proposed);
		assertThat(report(member)).contains(secret, proposed);

		send(secretary, approved, "/publish");
		MockHttpSession contributor = SignIn.as(this.mvc, SecondAgreement.CONTRIBUTOR);
		assertThat(page(contributor)).contains(secret).doesNotContain(proposed);
	}

	private String page(MockHttpSession session) throws Exception {
		return this.mvc.perform(get("/agreements/" + this.second.agreementId() + "/evaluation").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String report(MockHttpSession session) throws Exception {
		byte[] pdf = this.mvc.perform(get("/agreements/" + this.second.agreementId() + "/evaluation/report.pdf").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long meeting(MockHttpSession session, String date, String item) throws Exception {
		String location = this.mvc.perform(post("/meetings/new").session(session)
			.with(csrf())
			.param("steeringGroupId", String.valueOf(this.second.steeringGroupId()))
			.param("date", date)
			.param("time", "10:00")
			.param("durationMinutes", "60")
			.param("place", "Trondheim"))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		send(session, id, "/agenda/new", "title", item);
		return id;
	}

	private long lastItem(long meeting) {
		return this.jdbc.sql("select max(id) from agenda_item where meeting_id = :id").param("id", meeting)
			.query(Long.class).single();
	}

	private void send(MockHttpSession session, long meeting, String path, String... fields) throws Exception {
		var request = post("/meetings/" + meeting + path).session(session)
			.with(csrf())
			.param("version", String.valueOf(this.jdbc.sql("select version from meeting where id = :id")
				.param("id", meeting).query(Long.class).single()));
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		this.mvc.perform(request).andExpect(status().isFound());
	}

}
