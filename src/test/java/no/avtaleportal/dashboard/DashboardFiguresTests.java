package no.avtaleportal.dashboard;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the dashboard shows of the work (on the demo content): the focus areas' figures as they
 * stood on a day, what is late with its owners and parties, each party's share, the signed-in
 * person's tasks, and the figures as CSV.
 */
@PortalTest
class DashboardFiguresTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	private long agreementId() {
		return this.jdbc.sql("select id from agreement where import_key = 'ntnu-nho-2023'").query(Long.class).single();
	}

	private long organisation(String shortName) {
		return this.jdbc.sql("select id from organisation where short_name = :name").param("name", shortName)
			.query(Long.class).single();
	}

	@Test
	void anEarlierDayIsReproducedFromTheHistoryAfterLaterChanges() throws Exception {
		long area = this.jdbc.sql("select id from focus_area where code = 'B' and agreement_id = :a")
			.param("a", agreementId()).query(Long.class).single();
		long person = this.jdbc.sql("select person_id from user_account where username = 'ntnu'").query(Long.class).single();
		long id = this.jdbc.sql("""
				insert into activity (title, focus_area_id, lead_organisation_id, responsible_person_id, status, start_date,
				    current_light, last_update_on, created_by, created_at, last_modified_by, last_modified_at)
				values ('Historikkprøve', :area, :ntnu, :person, 'IN_PROGRESS', date '2024-01-01', 'GREEN', date '2024-02-01',
				    'test', timestamptz '2024-01-01 10:00+01', 'test', timestamptz '2024-02-01 10:00+01') returning id""")
			.param("area", area).param("ntnu", organisation("NTNU")).param("person", person)
			.query(Long.class).single();
		try {
			this.jdbc.sql("""
					insert into activity_status_change (activity_id, status, changed_on, changed_at)
					values (:id, 'IN_PROGRESS', date '2024-01-15', now())""").param("id", id).update();
			this.jdbc.sql("""
					insert into status_update (activity_id, written_on, author_name, light, text, created_by, created_at,
					    last_modified_by, last_modified_at)
					values (:id, date '2024-02-01', 'Per Johansen', 'GREEN', 'Godt i gang.', 'test', now(), 'test', now())""")
				.param("id", id).update();
			LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/Oslo")).minusDays(1);
			MockHttpSession session = SignIn.as(this.mvc, "ntnu");
			List<String> spring2024 = figures("B", "2024-06-01", session);
			List<String> beforeToday = figures("B", yesterday.toString(), session);
			List<String> todayBefore = figures("B", null, session);
			assertThat(spring2024).as("in June 2024 the four activities then begun were in progress, all green")
				.contains("status:Pågår: 4", "light:Grønn: 4", "light:Rød: 0");

			long version = this.jdbc.sql("select version from activity where id = :id").param("id", id).query(Long.class).single();
			this.mvc.perform(post("/activities/{id}/updates", id).session(session).with(csrf())
				.param("writtenOn", LocalDate.now(ZoneId.of("Europe/Oslo")).toString())
				.param("light", "RED")
				.param("text", "Stoppet opp.")).andExpect(status().is3xxRedirection());
			this.mvc.perform(post("/activities/{id}/status", id).session(session).with(csrf())
				.param("target", "ON_HOLD")
				.param("version", String.valueOf(version + 1))).andExpect(status().is3xxRedirection());

			assertThat(figures("B", "2024-06-01", session)).as("as it stood in June 2024").isEqualTo(spring2024);
			assertThat(figures("B", yesterday.toString(), session)).as("as it stood yesterday").isEqualTo(beforeToday);
			List<String> todayAfter = figures("B", null, session);
			assertThat(todayAfter).isNotEqualTo(todayBefore)
				.contains(shifted(todayBefore, "status:Pågår", -1), shifted(todayBefore, "status:Satt på vent", 1),
						shifted(todayBefore, "light:Grønn", -1), shifted(todayBefore, "light:Rød", 1));
		}
		finally {
			this.jdbc.sql("delete from activity where id = :id").param("id", id).update();
		}
	}

	/** The legend of area's two charts, as "status:Pågår: 3" and "light:Grønn: 2". */
	private List<String> figures(String area, String asOf, MockHttpSession session) throws Exception {
		Document page = page("/dashboard?agreement=" + agreementId() + ((asOf != null) ? "&asOf=" + asOf : ""), session);
		return java.util.stream.Stream.concat(
				page.select("#status-" + area + "-legend li").eachText().stream().map(text -> "status:" + text),
				page.select("#light-" + area + "-legend li").eachText().stream().map(text -> "light:" + text))
			.toList();
	}

	private static String shifted(List<String> figures, String label, int by) {
		String line = figures.stream().filter(each -> each.startsWith(label + ": ")).findFirst().orElseThrow();
		return label + ": " + (Integer.parseInt(line.substring(label.length() + 2)) + by);
	}

	@Test
	void lateWorkIsListedWithItsOwnersAndEachPartysShareIsMarkedInWords() throws Exception {
		MockHttpSession session = SignIn.as(this.mvc, "avdelingsdirektor");
		Document joint = page("/dashboard?agreement=" + agreementId(), session);
		List<String> late = joint.select("#late-heading ~ ul li").eachText();
		assertThat(late).anySatisfy(item -> assertThat(item).contains("Kurs i digital sikkerhet for ledere", "NTNU",
				"Ansvarlig: Per Johansen", "Rød"));
		assertThat(late).anySatisfy(item -> assertThat(item).contains("Pilot: kompetansebehov i reiselivet", "NHO",
				"Ansvarlig: Eva Larsen", "Frist 31.12.2024", "Forsinket"));
		assertThat(late).anySatisfy(item -> assertThat(item)
			.contains("Foreslå tidspunkt for møte med medlemsbedrifter om NAIL", "NHO", "Ansvarlig: Ola Hansen", "Forsinket"));

		Document nho = page("/dashboard?agreement=" + agreementId() + "&party=" + organisation("NHO"), session);
		assertThat(nho.select("[role=status]").text()).contains("Du ser NHOs andel");
		assertThat(nho.select("#party option[selected]").text()).isEqualTo("Det NHO leder, og det felles");
		List<String> nhoLate = nho.select("#late-heading ~ ul li").eachText();
		assertThat(nhoLate).isNotEmpty()
			.allSatisfy(item -> assertThat(item).containsAnyOf("NHO", "Felles").doesNotContain("NTNU"));
		assertThat(nho.select(".dashboard-area .party-badge").eachText()).doesNotContain("NTNU");
	}

	@Test
	void jointWorkStaysUnderBothPartiesMarkedAsJointAndTheCountsSayWhatTheyCount() throws Exception {
		MockHttpSession session = SignIn.as(this.mvc, "avdelingsdirektor");
		String today = LocalDate.now(ZoneId.of("Europe/Oslo")).minusDays(1).toString();
		List<String> joint = this.jdbc.sql("""
				select a.title from activity a join focus_area f on f.id = a.focus_area_id
				where f.agreement_id = :id and a.lead_organisation_id is null
				  and least((a.created_at at time zone 'Europe/Oslo')::date, coalesce(a.start_date, current_date)) < current_date""")
			.param("id", agreementId())
			.query(String.class)
			.list();
		assertThat(joint).as("the demo has activities the parties lead jointly").isNotEmpty();
		for (String party : List.of("NHO", "NTNU")) {
			Document page = page("/dashboard?agreement=" + agreementId() + "&asOf=" + today + "&party=" + organisation(party),
					session);
			assertThat(page.select(".dashboard-area .party-badge, #late-heading ~ ul .party-badge").eachText()).as(party)
				.doesNotContain(party.equals("NHO") ? "NTNU" : "NHO");
			assertThat(page.select(".dashboard-area .area-counts").eachText()).as(party)
				.isNotEmpty()
				.allSatisfy(counts -> assertThat(counts).contains("som " + party + " leder eller partene leder i fellesskap")
					.containsPattern("(ingen|\\d+) av aktivitetene er felles"));
			int counted = page.select(".dashboard-area .area-counts")
				.eachText()
				.stream()
				.mapToInt(counts -> counts.matches("^(\\d+) aktivitet.*") ? Integer.parseInt(counts.replaceAll("^(\\d+).*", "$1")) : 0)
				.sum();
			int jointCounted = page.select(".dashboard-area .area-counts")
				.eachText()
				.stream()
				.mapToInt(counts -> counts.matches(".*; (\\d+) av aktivitetene er felles.*")
						? Integer.parseInt(counts.replaceAll(".*; (\\d+) av aktivitetene er felles.*", "$1")) : 0)
				.sum();
			assertThat(jointCounted).as(party + ": the joint activities are counted under both parties").isEqualTo(joint.size());
			assertThat(counted).isGreaterThan(jointCounted);
		}
		Document both = page("/dashboard?agreement=" + agreementId() + "&asOf=" + today, session);
		assertThat(both.select(".dashboard-area .area-counts").eachText())
			.allSatisfy(counts -> assertThat(counts).matches("^(Ingen aktiviteter|\\d+ aktiviteter?) under .*"));
	}

	@Test
	void theDashboardPointsToMyTasksAndNamesTheMinutesWaitingForMyApproval() throws Exception {
		Document director = page("/dashboard?agreement=" + agreementId(), SignIn.as(this.mvc, "avdelingsdirektor"));
		Element mine = director.selectFirst(".dashboard-mine");
		assertThat(mine.text()).matches("\\d+ referat(er)? venter? på din godkjenning\\. Godkjenn under Mine oppgaver");
		assertThat(mine.select("a").attr("href")).isEqualTo("/tasks");
		assertThat(director.select("#mine-heading")).as("the tasks themselves are listed on /tasks only").isEmpty();

		Document reader = page("/dashboard?agreement=" + agreementId(), SignIn.as(this.mvc, "leser"));
		assertThat(reader.select(".dashboard-mine").text()).isEqualTo("Det du skal gjøre, står under Mine oppgaver");
		Document earlier = page("/dashboard?agreement=" + agreementId() + "&asOf=2025-03-01", SignIn.as(this.mvc, "leser"));
		assertThat(earlier.select(".dashboard-mine")).as("no tasks on an earlier day").isEmpty();
	}

	@Test
	void theMeetingRuleAndTheSteeringGroupAreShownAsTheyStoodOnTheDay() throws Exception {
		Document page = page("/dashboard?agreement=" + agreementId() + "&asOf=2025-03-01", SignIn.as(this.mvc, "prorektor"));
		assertThat(page.select(".requirement").eachText()).anySatisfy(rule -> assertThat(rule).startsWith("I orden")
			.contains("Styringsgruppens møter", "I 2025 (del av året) er ingen møter holdt og 2 planlagt; avtalen krever "
					+ "minst 2 møter for den delen av året avtalen gjelder (01.01.2025–19.11.2025)."));
		Element group = page.selectFirst("section[aria-labelledby=meetings-heading]");
		assertThat(group.select("dd").eachText()).containsExactly("14.03.2025", "17.10.2024");
		assertThat(group.select("li").eachText()).first().asString().matches("(?s)\\d\\d/2024 .*");
		assertThat(page.select("#areas-heading ~ p").text()).contains("siste styringsgruppemøte, 17.10.2024");
	}

	@Test
	void theFirstYearOfTheTermIsJudgedOnlyForItsPartAndSaysSo() throws Exception {
		Document page = page("/dashboard?agreement=" + agreementId() + "&asOf=2023-12-15", SignIn.as(this.mvc, "prorektor"));
		assertThat(page.select(".requirement").eachText()).anySatisfy(rule -> assertThat(rule).startsWith("I orden")
			.contains("Styringsgruppens møter", "I 2023 (del av året) er ingen møter holdt og ingen planlagt; avtalen "
					+ "krever minst 0 møter for den delen av året avtalen gjelder (20.11.2023–31.12.2023)."));
		Document english = page("/dashboard?agreement=" + agreementId() + "&asOf=2023-12-15&lang=en",
				SignIn.as(this.mvc, "prorektor"));
		assertThat(english.select(".requirement").eachText()).anySatisfy(rule -> assertThat(rule)
			.contains("In 2023 (part of the year), no meetings have been held"));
		Document january = page("/dashboard?agreement=" + agreementId() + "&asOf=2024-01-10", SignIn.as(this.mvc, "prorektor"));
		assertThat(january.select(".requirement").eachText()).as("the autumn of 2023 is not counted as missed")
			.anySatisfy(rule -> assertThat(rule).startsWith("I orden").contains("Styringsgruppens møter", "I 2024 er"));
	}

	@Test
	void theFiguresExportAsCsvForExcel() throws Exception {
		MvcResult result = this.mvc.perform(get("/dashboard.csv?agreement=" + agreementId() + "&asOf=2025-03-01")
			.session(SignIn.as(this.mvc, "prorektor")))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(result.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment").endsWith("2025-03-01.csv\"");
		byte[] bytes = result.getResponse().getContentAsByteArray();
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
		assertThat(lines.get(0)).isEqualTo("Dato;Part;Del;Innsatsområde;Hva;Verdi");
		assertThat(lines).contains("01.03.2025;Begge parter;Hva avtalen krever;;Evaluering (klausul 4);Må gjøres nå")
			.anyMatch(line -> line.startsWith("01.03.2025;Begge parter;Aktiviteter etter status;A: Strategisk")
					&& line.endsWith(";Fullført;4"))
			.anyMatch(line -> line.startsWith("01.03.2025;Begge parter;Trafikklys for åpne aktiviteter;B: Kunstig")
					&& line.endsWith(";Grønn;4"));
	}

	@Test
	void theFiguresExportNeutralisesCellsThatASpreadsheetWouldTakeForAFormula() throws Exception {
		long area = this.jdbc.sql("select id from focus_area where code = 'A' and agreement_id = :a")
			.param("a", agreementId()).query(Long.class).single();
		this.jdbc.sql("update focus_area set code = '=1+1' where id = :id").param("id", area).update();
		try {
			byte[] bytes = this.mvc.perform(get("/dashboard.csv?agreement=" + agreementId() + "&asOf=2025-03-01")
				.session(SignIn.as(this.mvc, "prorektor")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
			assertThat(lines).anyMatch(line -> line.startsWith("01.03.2025;Begge parter;Aktiviteter etter status;'=1+1: Strategisk"))
				.noneMatch(line -> line.contains(";=1+1"));
		}
		finally {
			this.jdbc.sql("update focus_area set code = 'A' where id = :id").param("id", area).update();
		}
	}

	private Document page(String url, MockHttpSession session) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(url).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

}
