package no.avtaleportal.meeting;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import no.avtaleportal.support.Pages;
import no.avtaleportal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What an agenda item is about must hang together: the intention belongs to the focus area, the
 * activity to both; and intentions are named by their number and short title (B1), on the page,
 * in the form and in the PDF.
 */
@PortalTest
class AgendaLinksTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@RegisterExtension
	final MeetingFixture fixture = new MeetingFixture();

	@Test
	void contradictoryLinksAreRefusedAndIntentionsAreNamedByTheirNumber() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		long id = this.fixture.plan(secretary, "2031-05-06");
		long areaA = id("select f.id from focus_area f join agreement a on a.id = f.agreement_id "
				+ "where a.import_key = 'ntnu-nho-2023' and f.code = 'A'");
		long areaB = id("select f.id from focus_area f join agreement a on a.id = f.agreement_id "
				+ "where a.import_key = 'ntnu-nho-2023' and f.code = 'B'");
		long b1 = id("select id from commitment where focus_area_id = " + areaB + " order by position limit 1");
		String b1Text = this.jdbc.sql("select text from commitment where id = :id").param("id", b1).query(String.class).single();
		long activityOfB1 = id("select id from activity where commitment_id = " + b1 + " order by id limit 1");
		long activityOfA = id("select id from activity where focus_area_id = " + areaA + " order by id limit 1");

		// focus area A, intention B1 and an activity of area B: refused, each field saying why
		Document refused = parse(this.fixture.send(secretary, id, "/agenda/new", "title", "Motstridende sak",
				"focusAreaId", String.valueOf(areaA), "commitmentId", String.valueOf(b1), "activityId",
				String.valueOf(activityOfB1))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(refused.select("#commitmentId-error").text()).isEqualTo("Intensjonen hører ikke til innsatsområdet som er valgt.");
		assertThat(refused.select("#activityId-error").text()).isEqualTo("Aktiviteten hører til et annet innsatsområde enn det som er valgt.");
		// an activity under another intention than the one chosen
		Document otherIntention = parse(this.fixture.send(secretary, id, "/agenda/new", "title", "Motstridende sak",
				"commitmentId", String.valueOf(b1), "activityId", String.valueOf(activityOfA))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(otherIntention.select("#activityId-error").text()).isEqualTo("Aktiviteten hører til en annen intensjon enn den som er valgt.");
		assertThat(this.jdbc.sql("select count(*) from agenda_item where meeting_id = :id").param("id", id)
			.query(Long.class).single()).isZero();

		// the intention is offered and shown by its number and short title
		Document form = Pages.get200(this.mvc, "/meetings/" + id + "/agenda/new", secretary);
		assertThat(form.select("select[name=commitmentId] option").eachText()).contains(label("B1", b1Text))
			.noneMatch(option -> option.startsWith("B: "));
		this.fixture.send(secretary, id, "/agenda/new", "title", "Etter- og videreutdanning", "focusAreaId",
				String.valueOf(areaB), "commitmentId", String.valueOf(b1), "activityId", String.valueOf(activityOfB1))
			.andExpect(status().isFound());
		Document page = Pages.get200(this.mvc, "/meetings/" + id, secretary);
		assertThat(page.select(".agenda-meta").text()).contains("Intensjon " + label("B1", b1Text))
			.doesNotContain("Intensjon B:");

		long item = this.fixture.lastAgendaItem(id);
		this.fixture.send(secretary, id, "/agenda/" + item + "/decisions/new", "text", "Tatt til orientering.")
			.andExpect(status().isFound());
		this.fixture.send(secretary, id, "/held").andExpect(status().isFound());
		this.fixture.send(secretary, id, "/submit").andExpect(status().isFound());
		this.fixture.send(this.fixture.signIn("prorektor"), id, "/approve").andExpect(status().isFound());
		this.fixture.send(this.fixture.signIn("avdelingsdirektor"), id, "/approve").andExpect(status().isFound());
		byte[] pdf = this.mvc.perform(get("/meetings/" + id + "/minutes.pdf").session(secretary))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Intensjon B1: " + b1Text.substring(0, 30)).doesNotContain("Intensjon B:");
		}
	}

	private static Document parse(org.springframework.test.web.servlet.MvcResult result) throws Exception {
		return org.jsoup.Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
	}

	private static String label(String number, String text) {
		return number + ": " + ((text.length() <= 90) ? text : text.substring(0, 89).strip() + "…");
	}

	private long id(String query) {
		return this.jdbc.sql(query).query(Long.class).single();
	}

}
