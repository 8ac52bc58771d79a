package no.avtaleportal.meeting;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import no.avtaleportal.support.LargeSet;
import no.avtaleportal.support.Pages;
import no.avtaleportal.support.PdfChecker;
import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The decision register as a working tool: searched and filtered, each decision with the action
 * items of its case and a follow-up that the steering group sets (a stale form is a conflict), as
 * CSV and as a year's PDF/A, in a fixed number of statements.
 */
@PortalTest
class DecisionRegisterTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private SqlStatements sqlStatements;

	@Autowired
	private JdbcTemplate jdbcTemplate;

	@RegisterExtension
	final MeetingFixture fixture = new MeetingFixture();

	@Test
	void theMeetingFilterListsTheNewestMeetingsNotEveryMeetingEverHeld() throws Exception {
		long agreement = this.jdbc.sql("select id from agreement where import_key = 'ntnu-nho-2023'").query(Long.class).single();
		LargeSet large = LargeSet.large(this.jdbcTemplate);
		large.insert(agreement);
		try {
			MockHttpSession member = this.fixture.signIn("prorektor");
			Document all = Pages.get200(this.mvc, "/decisions", member);
			List<Element> listed = all.select("#decisions-meeting option[value~=.]");
			assertThat(listed).hasSize(DecisionRegister.MEETING_OPTIONS);
			assertThat(listed).extracting(option -> day(option.text())).isSortedAccordingTo(Comparator.reverseOrder());
			assertThat(all.getElementById("decisions-meeting").attr("aria-describedby")).isEqualTo("decisions-meeting-more");
			assertThat(all.getElementById("decisions-meeting-more").text())
				.isEqualTo("Møtefilteret viser de 30 siste møtene. Velg en avtale eller et år og trykk Vis for å velge blant eldre møter.");

			// an agreement and a year narrow it, and a chosen meeting is listed and chosen however old it is
			long oldest = this.jdbc.sql("select id from meeting where calendar_uid = 'skalaprove-0'").query(Long.class).single();
			Document narrowed = Pages.get200(this.mvc,
					"/decisions?agreement=" + agreement + "&year=2024&meeting=" + oldest + "&lang=en", member);
			List<Element> of2024 = narrowed.select("#decisions-meeting option[value~=.]");
			assertThat(of2024).hasSize(DecisionRegister.MEETING_OPTIONS)
				.allSatisfy(option -> assertThat(option.text()).endsWith(".2024"));
			assertThat(narrowed.select("#decisions-meeting option[selected]").attr("value")).isEqualTo(String.valueOf(oldest));
			assertThat(narrowed.select("tbody tr")).hasSize(1);
			assertThat(narrowed.getElementById("decisions-meeting-more").text()).startsWith("The meeting filter shows the 30 latest");
		}
		finally {
			large.remove();
		}
	}

	/** "12.03.2025" as "2025-03-12", which sorts as the day does. */
	private static String day(String date) {
		String[] parts = date.split("\\.");
		return parts[2] + "-" + parts[1] + "-" + parts[0];
	}

	@Test
	void decisionsAreFoundFilteredAndFollowedUp() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		// before the years other tests page through, so that their pages keep their decisions
		String word = "sirkulærøkonomi" + System.nanoTime();
		long meeting = this.fixture.submitted(secretary, "2029-03-10", "Registeret prøver " + word, "Skrive notat");
		this.fixture.send(this.fixture.signIn("prorektor"), meeting, "/approve");
		this.fixture.send(this.fixture.signIn("avdelingsdirektor"), meeting, "/approve");
		this.fixture.send(secretary, meeting, "/publish");
		long decision = this.jdbc.sql("select id from decision where meeting_id = :id").param("id", meeting).query(Long.class).single();

		// search (a prefix of a compound word) and filters
		Document found = Pages.get200(this.mvc, "/decisions?q=" + word.substring(0, 12) + "&year=2029&meeting=" + meeting, secretary);
		assertThat(found.select("tbody tr")).hasSize(1);
		assertThat(found.getElementById("decisions-count").text()).isEqualTo("Ett vedtak");
		assertThat(found.select("tbody tr").text()).contains("Skrive notat").contains("Åpen").contains("Under arbeid");
		assertThat(found.select("tbody tr a[href=/meetings/" + meeting + "#item-"
				+ this.fixture.lastAgendaItem(meeting) + "]")).hasSize(1);
		// not followed up yet (a decision of an earlier run on the same database, with a similar word, may be)
		assertThat(Pages.get200(this.mvc, "/decisions?q=" + word + "&status=DONE", secretary).select("tr#decision-" + decision))
			.isEmpty();
		assertThat(Pages.get200(this.mvc, "/decisions?meeting=" + meeting, secretary).select("tbody tr")).hasSize(1);

		// the follow-up, set by the steering group, optimistically locked
		this.mvc.perform(post("/decisions/" + decision + "/follow-up").session(secretary).with(csrf())
			.param("followUp", "NOT_NEEDED").param("returnTo", "/decisions?q=" + word))
			.andExpect(status().isFound());
		this.mvc.perform(post("/decisions/" + decision + "/follow-up").session(secretary).with(csrf())
			.param("followUp", "DONE"))
			.andExpect(status().isConflict());
		this.mvc.perform(post("/decisions/" + decision + "/follow-up").session(this.fixture.signIn("prorektor")).with(csrf())
			.param("followUp", "DONE").param("version", "0"))
			.andExpect(status().isFound());
		this.mvc.perform(post("/decisions/" + decision + "/follow-up").session(secretary).with(csrf())
			.param("followUp", "IN_PROGRESS").param("version", "0"))
			.andExpect(status().isConflict());
		assertThat(Pages.get200(this.mvc, "/decisions?q=" + word + "&status=DONE", this.fixture.signIn("nho")).select("tbody tr").text())
			.contains("Fulgt opp");
		// readers see it, without a form to change it
		assertThat(Pages.get200(this.mvc, "/decisions?q=" + word, this.fixture.signIn("leser")).select("form[action$=/follow-up]"))
			.isEmpty();

		// CSV and a year's register as PDF/A
		String csv = this.mvc.perform(get("/decisions.csv").param("q", word).session(secretary))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("Registeret prøver " + word).contains("Fulgt opp");
		byte[] pdf = this.mvc.perform(get("/decisions.pdf?year=2029").session(secretary))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(PdfChecker.failures(pdf)).isEmpty();
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("Registeret prøver");
		}
	}

	@Test
	void aFilterValueOfTheWrongKindIsABadRequestAndAnEmptyOneFiltersNothing() throws Exception {
		MockHttpSession reader = this.fixture.signIn("leser");
		for (String query : List.of("status=NOPE", "agreement=abc", "year=i+fjor", "meeting=1.5", "page=x")) {
			this.mvc.perform(get("/decisions?" + query).session(reader).accept(MediaType.TEXT_HTML))
				.andExpect(status().isBadRequest());
			if (!query.startsWith("page")) {
				this.mvc.perform(get("/decisions.csv?" + query).session(reader)).andExpect(status().isBadRequest());
			}
		}
		Document empty = page(get("/decisions").param("q", "  ").param("agreement", "").param("year", "")
			.param("focusArea", "").param("meeting", "").param("status", ""), reader);
		assertThat(empty.getElementById("decisions-count").text()).as("every decision, as with no filter")
			.isEqualTo(Pages.get200(this.mvc, "/decisions", reader).getElementById("decisions-count").text());
		assertThat(empty.select("tbody tr")).isNotEmpty();
		// the words searched for are shown again without the spaces around them
		assertThat(page(get("/decisions").param("q", " vedtak "), reader).getElementById("decisions-q").val())
			.isEqualTo("vedtak");
	}

	private Document page(MockHttpServletRequestBuilder request,
			MockHttpSession session) throws Exception {
		String html = this.mvc.perform(request.session(session)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return Jsoup.parse(html);
	}

	@Test
	void theRegisterRunsAFixedNumberOfStatementsWithFilters() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		int few = statements(secretary, "/decisions?q=vedtak&year=2030");
		long many = this.fixture.plan(secretary, "2030-03-1" + (System.nanoTime() % 10));
		for (int i = 0; i < 20; i++) {
			long item = this.fixture.addItem(secretary, many, "Mange saker " + i);
			this.fixture.send(secretary, many, "/agenda/" + item + "/decisions/new", "text", "Mange vedtak " + i);
			this.fixture.send(secretary, many, "/agenda/" + item + "/actions/new", "text", "Oppgave " + i, "owner",
					"Kari Nordmann", "dueDate", "2030-06-01");
		}
		this.fixture.send(secretary, many, "/held");
		this.fixture.send(secretary, many, "/submit");
		this.fixture.send(this.fixture.signIn("prorektor"), many, "/approve");
		this.fixture.send(this.fixture.signIn("avdelingsdirektor"), many, "/approve");
		assertThat(statements(secretary, "/decisions?q=vedtak&year=2030")).isEqualTo(few);
		// the file has no page around it: neither the search word's threshold nor the header's unread count
		assertThat(statements(secretary, "/decisions.csv?year=2030")).isEqualTo(few - 2);
		Document page = Pages.get200(this.mvc, "/decisions?meeting=" + many, secretary);
		assertThat(page.getElementById("decisions-count").text()).isEqualTo("20 vedtak");
	}

	private int statements(MockHttpSession session, String path) throws Exception {
		this.sqlStatements.reset();
		this.mvc.perform(get(path).session(session)).andExpect(status().isOk());
		return this.sqlStatements.count();
	}

}
