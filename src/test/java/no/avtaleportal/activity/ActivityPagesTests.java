package no.avtaleportal.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.support.PersonFields;
import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SignIn;
import no.avtaleportal.support.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The activity pages as their users meet them: creating with validation that keeps the input,
 * reporting status, the conflict page, search in Norwegian word forms and a list that runs the
 * same statements for 50 and 2,000 activities.
 */
@PortalTest
@Transactional
class ActivityPagesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ActivityRepository activities;

	@Autowired
	private StatusUpdateRepository updates;

	@Autowired
	private SqlStatements statements;

	private ActivityFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new ActivityFixtures(this.jdbc, this.activities);
	}

	private Document page(String path, MockHttpSession session) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void datesFarOutsideTheAgreementsTermAreRefusedWithTheWindow() throws Exception {
		MockHttpSession session = SignIn.as(this.mvc, "ntnu");
		long person = this.fixtures.personOf("ntnu");
		Activity activity = this.fixtures.activity("Datovindu", "NTNU", person);
		String update = this.mvc.perform(post("/activities/{id}/updates", activity.getId()).session(session)
			.with(csrf())
			.param("writtenOn", "1900-01-01")
			.param("light", "GREEN")
			.param("text", "Gammel"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(update).select("#writtenOn-error").text()).contains("Datoen må ligge mellom 20.11.2013 og ");
		assertThat(this.jdbc.sql("select count(*) from status_update where activity_id = ?").params(activity.getId())
			.query(Long.class).single()).isZero();

		String form = this.mvc.perform(post("/activities/new").session(session)
			.with(csrf())
			.param("title", "Langt frem")
			.param("focusAreaId", String.valueOf(this.fixtures.focusArea("A")))
			.param("lead", "JOINT")
			.param("responsiblePerson", PersonFields.text(this.jdbc, person))
			.param("startDate", "2024-01-15")
			.param("dueDate", "2999-12-31"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(form).select("#dueDate-error").text()).contains("avtalens løpetid (20.11.2023–");
	}

	@Test
	void aContributorCreatesAnActivityAndReportsOnIt() throws Exception {
		MockHttpSession session = SignIn.as(this.mvc, "ntnu");
		long area = this.fixtures.focusArea("A");
		long commitment = this.fixtures.commitments("A").get(2);
		String location = this.mvc.perform(post("/activities/new").session(session)
			.with(csrf())
			.param("title", "Kartlegging av kompetansebehov i medlemsbedriftene")
			.param("description", "Spørreundersøkelse blant **NHOs** medlemsbedrifter.")
			.param("focusAreaId", String.valueOf(area))
			.param("commitmentId", String.valueOf(commitment))
			.param("lead", String.valueOf(this.fixtures.organisation("NTNU")))
			.param("responsiblePerson", PersonFields.textOf(this.jdbc, "ntnu"))
			.param("contributors", PersonFields.textOf(this.jdbc, "nho"))
			.param("startDate", "2024-01-15")
			.param("dueDate", "2024-12-31")
			.param("links", "https://www.ntnu.no/\n")
			.param("tags", "strategi 2026–2034, EVU ,  EVU"))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		Activity saved = this.activities.findWhole(id).orElseThrow();
		assertThat(saved.getTags()).containsExactly("strategi 2026–2034", "EVU");
		assertThat(saved.getContributorIds()).containsExactly(this.fixtures.personOf("nho"));
		assertThat(saved.getStatus()).isEqualTo(ActivityStatus.PLANNED);

		this.mvc.perform(post("/activities/{id}/updates", id).session(session)
			.with(csrf())
			.param("writtenOn", LocalDate.now().toString())
			.param("light", "YELLOW")
			.param("text", "Svarprosenten er lav; <script>alert(1)</script> vi purrer."))
			.andExpect(status().isFound());
		Document show = page("/activities/" + id, session);
		assertThat(show.select("h1").text()).isEqualTo("Kartlegging av kompetansebehov i medlemsbedriftene");
		assertThat(show.select(".light-badge").first().text()).isEqualTo("Gul");
		assertThat(show.select(".activity-description strong").text()).isEqualTo("NHOs");
		assertThat(show.select(".status-history").html()).doesNotContain("<script>");
		assertThat(show.select(".status-history").text()).contains("Svarprosenten er lav");
		assertThat(show.select(".tag-badge").eachText()).containsExactly("strategi 2026–2034", "EVU");
	}

	@Test
	void anInvalidActivityIsShownAgainWithTheMessagesAndTheInputKept() throws Exception {
		MockHttpSession session = SignIn.as(this.mvc, "ntnu");
		long count = this.activities.count();
		Document form = Jsoup.parse(this.mvc.perform(post("/activities/new").session(session)
			.with(csrf())
			.param("title", "Innspill til NTNUs strategi")
			.param("description", "Beskrivelse som skal stå igjen")
			.param("focusAreaId", String.valueOf(this.fixtures.focusArea("A")))
			.param("commitmentId", String.valueOf(this.fixtures.commitments("B").get(0)))
			.param("lead", "JOINT")
			.param("startDate", "2024-06-01")
			.param("dueDate", "2024-01-01")
			.param("links", "ntnu.no"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(this.activities.count()).isEqualTo(count);
		// issue 16: the summary names each field before its message, in the order of the form
		assertThat(form.select("#error-summary li").eachText()).containsExactly(
				"Intensjon: Intensjonen hører ikke til innsatsområdet du valgte.", "Ansvarlig: Fyll ut feltet.",
				"Frist: Fristen kan ikke være før starten.",
				"Lenker (én nettadresse per linje): Hver lenke må være en nettadresse som begynner med https:// eller http://.");
		assertThat(form.select("#title").val()).isEqualTo("Innspill til NTNUs strategi");
		assertThat(form.select("#description").text()).isEqualTo("Beskrivelse som skal stå igjen");
		assertThat(form.select("#links").text()).isEqualTo("ntnu.no");
		assertThat(form.select("#lead option[selected]").val()).isEqualTo("JOINT");
	}

	@Test
	void cancellingWithoutAReasonIsRefusedOnThePageAndCompletingNeedsADate() throws Exception {
		MockHttpSession session = SignIn.as(this.mvc, "ntnu");
		Activity activity = this.fixtures.activity("Møte om NAIL-medlemskap", "NTNU", this.fixtures.personOf("ntnu"));
		Document page = Jsoup.parse(this.mvc.perform(post("/activities/{id}/status", activity.getId()).session(session)
			.with(csrf())
			.param("target", "CANCELLED")
			.param("reason", "")
			.param("version", String.valueOf(activity.getVersion())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("#error-summary").text()).contains("Skriv hvorfor aktiviteten avlyses.");
		this.mvc.perform(post("/activities/{id}/status", activity.getId()).session(session)
			.with(csrf())
			.param("target", "COMPLETED")
			.param("version", String.valueOf(activity.getVersion())))
			.andExpect(status().isOk());
		assertThat(this.activities.findById(activity.getId()).orElseThrow().getStatus()).isEqualTo(ActivityStatus.PLANNED);
		this.mvc.perform(post("/activities/{id}/status", activity.getId()).session(session)
			.with(csrf())
			.param("target", "COMPLETED")
			.param("completedOn", "2024-05-01")
			.param("version", String.valueOf(activity.getVersion())))
			.andExpect(status().isFound());
		this.activities.flush();
		assertThat(this.activities.findById(activity.getId()).orElseThrow().getCompletedOn())
			.isEqualTo(LocalDate.of(2024, 5, 1));
	}

	@Test
	void deliverablesAreAddedAndMarkedAsDelivered() throws Exception {
		MockHttpSession session = SignIn.as(this.mvc, "nho");
		Activity activity = this.fixtures.activity("Nemonoor-webinar", "NHO", this.fixtures.personOf("nho"));
		Document invalid = Jsoup.parse(this.mvc.perform(post("/activities/{id}/deliverables", activity.getId()).session(session)
			.with(csrf())
			.param("title", " ")
			.param("dueDate", "2025-03-01"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(invalid.select(".deliverable-form #error-summary").text()).contains("Fyll ut feltet.");
		assertThat(invalid.select(".deliverable-form #dueDate").val()).isEqualTo("2025-03-01");
		this.mvc.perform(post("/activities/{id}/deliverables", activity.getId()).session(session)
			.with(csrf())
			.param("title", "Opptak av webinaret")
			.param("dueDate", "2025-03-01"))
			.andExpect(status().isFound());
		this.activities.flush();
		long version = this.activities.findById(activity.getId()).orElseThrow().getVersion();
		this.mvc.perform(post("/activities/{id}/deliverables/0/done", activity.getId()).session(session)
			.with(csrf())
			.param("version", String.valueOf(version)))
			.andExpect(status().isFound());
		Document page = page("/activities/" + activity.getId(), session);
		assertThat(page.select(".deliverables li").text()).contains("Levert", "Opptak av webinaret", "(frist 01.03.2025)");
		this.mvc.perform(post("/activities/{id}/deliverables/7/done", activity.getId()).session(session)
			.with(csrf())
			.param("version", String.valueOf(version + 1)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aStaleEditGetsTheConflictPageAndChangesNothing() throws Exception {
		MockHttpSession session = SignIn.as(this.mvc, "ntnu");
		Activity activity = this.fixtures.activity("EVU i kunstig intelligens", "NTNU", this.fixtures.personOf("ntnu"));
		String page = this.mvc.perform(post("/activities/{id}/edit", activity.getId()).session(session)
			.with(csrf())
			.param("title", "Overskrevet")
			.param("focusAreaId", String.valueOf(activity.getFocusAreaId()))
			.param("lead", "JOINT")
			.param("responsiblePerson", PersonFields.text(this.jdbc, activity.getResponsiblePersonId()))
			.param("version", String.valueOf(activity.getVersion() - 1)))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(this.activities.findById(activity.getId()).orElseThrow().getTitle()).isEqualTo("EVU i kunstig intelligens");
		assertThat(page).doesNotContain("Exception");
	}

	@Test
	void searchFindsNorwegianWordFormsInTitlesDescriptionsAndStatusUpdates() throws Exception {
		MockHttpSession session = SignIn.as(this.mvc, "leser");
		long person = this.fixtures.personOf("ntnu");
		Activity survey = this.fixtures.activity("Undersøkelse i medlemsbedriftene", "NHO", person);
		this.updates.save(survey.report(LocalDate.of(2024, 3, 1), LocalDate.now(), person, "Per Johansen", Light.GREEN,
				"Vi har kartlagt kompetansebehovet i 300 bedrifter."));
		this.activities.saveAndFlush(survey);
		this.fixtures.activity("Helt annet tema", "NHO", person);
		Document page = page("/activities?q=kompetansebehov", session);
		assertThat(page.select(".activity-table tbody a").eachText()).contains("Undersøkelse i medlemsbedriftene")
			.doesNotContain("Helt annet tema");
		Document filtered = page("/activities?q=medlemsbedrift&status=PLANNED&lead=JOINT&light=RED", session);
		assertThat(filtered.select("#q").val()).isEqualTo("medlemsbedrift");
		assertThat(filtered.select("#status option[selected]").text()).isEqualTo("Planlagt");
		assertThat(filtered.select("#lead option[selected]").text()).isEqualTo("NTNU og NHO sammen");
		assertThat(filtered.select("#light option[selected]").text()).isEqualTo("Rød");
		assertThat(page("/activities?q=medlemsbedrift", session).select(".activity-table tbody a").eachText())
			.contains("Undersøkelse i medlemsbedriftene")
			.doesNotContain("Helt annet tema");
		// the person filter is a name field matched on the server, not a list of everyone registered
		String name = this.jdbc.sql("select name from person where id = :id").param("id", person).query(String.class).single();
		String part = name.substring(1, Math.min(name.length(), 5)).toUpperCase(java.util.Locale.ROOT);
		Document byName = page("/activities?q=medlemsbedrift&responsible=" + part, session);
		assertThat(byName.select("#responsible").val()).isEqualTo(part);
		assertThat(byName.select("#responsible option")).isEmpty();
		assertThat(byName.select(".activity-table tbody a").eachText()).contains("Undersøkelse i medlemsbedriftene");
		assertThat(page("/activities?q=medlemsbedrift&responsible=Ingen%20slik%20person%25", session)
			.select(".activity-table tbody a")).isEmpty();
	}

	@Test
	void aFilterValueOfTheWrongKindIsABadRequestAndAnEmptyOneFiltersNothing() throws Exception {
		MockHttpSession session = SignIn.as(this.mvc, "leser");
		for (String query : List.of("status=NOPE", "light=LILLA", "agreement=abc", "overdue=kanskje", "page=x")) {
			this.mvc.perform(get("/activities?" + query).session(session).accept(MediaType.TEXT_HTML))
				.andExpect(status().isBadRequest());
			this.mvc.perform(get("/activities/export?" + query).session(session)).andExpect(status().isBadRequest());
		}
		Document empty = page("/activities?q=&agreement=&area=&status=&light=&overdue=&mine=&sort=&page=", session);
		assertThat(empty.select(".activity-table tbody a").eachText()).as("every activity, as with no filter")
			.isEqualTo(page("/activities", session).select(".activity-table tbody a").eachText())
			.isNotEmpty();
	}

	@Test
	void theExportIsACsvFileThatExcelOpensWithNorwegianLetters() throws Exception {
		MockHttpSession session = SignIn.as(this.mvc, "ntnu");
		long person = this.fixtures.personOf("ntnu");
		Activity activity = this.fixtures.activity("Kurs i «kryptografi»; for ledere", "NTNU", person);
		activity.start();
		this.activities.saveAndFlush(activity);
		this.fixtures.activity("Noe annet", "NTNU", person);
		var response = this.mvc.perform(get("/activities/export?q=kryptografi").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).startsWith("text/csv");
		assertThat(response.getHeader("Content-Disposition")).startsWith("attachment").contains(".csv");
		byte[] bytes = response.getContentAsByteArray();
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		String[] lines = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).substring(1).split("\r\n");
		assertThat(lines).hasSize(2);
		assertThat(lines[0]).startsWith("Nummer;Tittel;Avtale;Innsatsområde;Intensjon;Ledes av;Ansvarlig;Status;Lys");
		assertThat(lines[1]).contains("\"Kurs i «kryptografi»; for ledere\"", ";Pågår;", ";NTNU;", "30.06.2025");
	}

	@Test
	void theExportNeutralisesCellsThatASpreadsheetWouldTakeForAFormula() throws Exception {
		MockHttpSession session = SignIn.as(this.mvc, "ntnu");
		long person = this.fixtures.personOf("ntnu");
		List<String> titles = List.of("=HYPERLINK(\"https://example.org\";\"Klikk\") formelprøve", "+1+1 formelprøve",
				"-2+3 formelprøve", "@SUM(A1) formelprøve", "\tTAB formelprøve", "\rCR formelprøve");
		for (String title : titles) {
			Activity activity = this.fixtures.activity("Formelprøve", "NTNU", person);
			this.jdbc.sql("update activity set title = :title where id = :id")
				.param("title", title)
				.param("id", activity.getId())
				.update();
		}
		byte[] bytes = this.mvc.perform(get("/activities/export?q=formelprøve").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String csv = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
		for (String title : titles) {
			assertThat(csv).as("a spreadsheet shows %s as text", title)
				.containsAnyOf(";'" + title + ";", ";\"'" + title.replace("\"", "\"\"") + "\";");
		}
	}

	@Test
	void theListRunsTheSameStatementsFor50And2000ActivitiesAndIsPaginated() throws Exception {
		MockHttpSession session = SignIn.as(this.mvc, "prorektor");
		insert(50);
		int for50 = statementsOf("/activities", session);
		insert(1950);
		int for2000 = statementsOf("/activities", session);
		assertThat(for2000).isEqualTo(for50);
		Document page = page("/activities?page=1", session);
		assertThat(page.select(".activity-table tbody tr")).hasSize(ActivityList.PAGE_SIZE);
		assertThat(page.select(".pagination").text()).contains("Side 2 av");
		assertThat(page.select("nav[aria-label='Sider i aktivitetslisten'] .pagination .active[aria-current=page]").text())
			.startsWith("Side 2 av");
		assertThat(page.select(".pagination a").eachAttr("href")).as("previous and next keep the filter")
			.containsExactly("/activities?page=0", "/activities?page=2");
		// no more with every filter (one fewer when no row matches: no names to look up)
		assertThat(statementsOf("/activities?q=bulk&status=PLANNED&mine=true&overdue=true&sort=title", session))
			.isLessThanOrEqualTo(for50);
		System.out.println("SQL statements for /activities: " + for50);
	}

	@Test
	void theFocusAreaFilterNamesEachFocusAreasAgreement() throws Exception {
		// ntnu is a party to two agreements, each with a focus area A
		Document page = page("/activities", SignIn.as(this.mvc, "ntnu"));
		assertThat(page.select("select#area option").eachText()).contains(
				"A: Felles forskning – Samarbeidsavtale mellom NTNU og FIE",
				"B: Kunstig intelligens – med vekt på livslang læring og arbeidslivsrelevans – Samarbeidsavtale mellom NTNU og NHO");
	}

	@Test
	void anActivityPageAndTheFocusAreaPageRunTheSameStatementsForFewAndManyUpdatesAndActivities() throws Exception {
		MockHttpSession session = SignIn.as(this.mvc, "prorektor");
		long person = this.fixtures.personOf("prorektor");
		Activity activity = this.fixtures.activity("Mange oppdateringer", "NTNU", person);
		this.updates.save(activity.report(LocalDate.of(2024, 1, 1), LocalDate.now(), person, "Kari", Light.GREEN, "Første"));
		this.activities.saveAndFlush(activity);
		String focusArea = "/agreements/" + this.jdbc.sql("select id from agreement where import_key = 'ntnu-nho-2023'")
			.query(Long.class)
			.single() + "/focus-areas/B";
		int activityPage = statementsOf("/activities/" + activity.getId(), session);
		int areaPage = statementsOf(focusArea, session);
		for (int i = 2; i <= 40; i++) {
			this.updates.save(activity.report(LocalDate.of(2024, 1, i % 28 + 1), LocalDate.now(), person, "Kari", Light.YELLOW,
					"Oppdatering " + i));
		}
		this.activities.saveAndFlush(activity);
		insert(200);
		assertThat(statementsOf("/activities/" + activity.getId(), session)).isEqualTo(activityPage);
		assertThat(statementsOf(focusArea, session)).isEqualTo(areaPage);
		System.out.println("SQL statements for an activity page: " + activityPage + ", focus-area page: " + areaPage);
		// the focus area's page lists a page of its activities, counts them all, and links to the rest
		long area = this.fixtures.focusArea("B");
		long all = this.jdbc.sql("select count(*) from activity where focus_area_id = ?").param(area).query(Long.class).single();
		Document page = page(focusArea, session);
		assertThat(page.select("section[aria-labelledby=activities-heading] ul li")).hasSize(ActivityProgress.SHOWN);
		assertThat(page.select("section[aria-labelledby=activities-heading]").text())
			.contains("Her vises de 25 første av " + all + " aktiviteter, etter frist.");
		assertThat(page.select("section[aria-labelledby=activities-heading] a[href=/activities?area=" + area + "]").text())
			.isEqualTo("Se alle " + all + " aktivitetene i listen");
		long planned = this.jdbc.sql("select count(*) from activity where focus_area_id = ? and status = 'PLANNED'")
			.param(area)
			.query(Long.class)
			.single();
		assertThat(page.select("section[aria-labelledby=activities-heading] p").first().text())
			.as("the counts are of every activity, not of those listed").contains("Planlagt " + planned);
	}

	@Test
	void aLongHistoryIsShownTenUpdatesToAPageAndALinkToAnUpdateOpensItsPage() throws Exception {
		MockHttpSession session = SignIn.as(this.mvc, "ntnu");
		long person = this.fixtures.personOf("ntnu");
		Activity activity = this.fixtures.activity("Lang historikk", "NTNU", person);
		List<Long> ids = new ArrayList<>();
		for (int day = 1; day <= 23; day++) {
			ids.add(this.updates.save(activity.report(LocalDate.of(2024, 2, day), LocalDate.now(), person, "Kari", Light.GREEN,
					"Oppdatering " + day)).getId());
		}
		this.activities.saveAndFlush(activity);
		String path = "/activities/" + activity.getId();

		Document first = page(path, session);
		assertThat(first.select(".status-history li").eachText()).hasSize(10)
			.allMatch(text -> text.matches(".*Oppdatering (2[0-3]|1[4-9])"));
		assertThat(first.select(".status-history li").first().text()).contains("23.02.2024", "Oppdatering 23");
		assertThat(first.select("section[aria-labelledby=history-heading]").text())
			.contains("23 statusoppdateringer, de nyeste først.", "Side 1 av 3");
		assertThat(first.select("nav[aria-label=Sider i statusoppdateringene] a").attr("href"))
			.isEqualTo(path + "?page=2#history-heading");
		Document last = page(path + "?page=3", session);
		assertThat(last.select(".status-history li").eachText()).hasSize(3);
		assertThat(last.select(".status-history li").last().text()).contains("Oppdatering 1");
		assertThat(page(path + "?page=99", session).select(".status-history li")).hasSize(3);

		// a search hit's link: the page that holds the update, at the update
		this.mvc.perform(get(path + "/updates/" + ids.get(4)).session(session))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(path + "?page=2#update-" + ids.get(4)));
		assertThat(page(path + "?page=2", session).select("#update-" + ids.get(4)).text()).contains("Oppdatering 5");
		this.mvc.perform(get(path + "/updates/" + ids.get(22)).session(session))
			.andExpect(redirectedUrl(path + "#update-" + ids.get(22)));
		long otherActivity = this.fixtures.activity("Annen", "NTNU", person).getId();
		this.mvc.perform(get("/activities/" + otherActivity + "/updates/" + ids.get(4)).session(session))
			.andExpect(status().isNotFound());

		// an update dated before the first page's: the answer goes to where it is shown
		String saved = this.mvc.perform(post(path + "/updates").session(session)
			.with(csrf())
			.param("writtenOn", "2024-01-15")
			.param("light", "YELLOW")
			.param("text", "Glemt å skrive"))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(saved).startsWith(path + "?page=3#update-");
		assertThat(page(path + "?page=3", session).select(saved.substring(saved.indexOf('#'))).text())
			.contains("15.01.2024", "Glemt å skrive");
		this.mvc.perform(post(path + "/updates").session(session)
			.with(csrf())
			.param("writtenOn", LocalDate.now().toString())
			.param("light", "GREEN")
			.param("text", "I dag"))
			.andExpect(redirectedUrl(path));
	}

	@Test
	void anActivityPageListsItsTenNewestDocumentsAndLinksToAllOfThem() throws Exception {
		MockHttpSession session = SignIn.as(this.mvc, "ntnu");
		Activity activity = this.fixtures.activity("Mange dokumenter", "NTNU", this.fixtures.personOf("ntnu"));
		long agreement = this.jdbc.sql("select agreement_id from focus_area where id = ?")
			.param(activity.getFocusAreaId())
			.query(Long.class)
			.single();
		String path = "/activities/" + activity.getId();
		for (int day = 1; day <= 12; day++) {
			this.jdbc.sql("""
					insert into document (agreement_id, title, document_date, focus_area_id, activity_id, file_name,
					    content_type, size_bytes, created_by, created_at, last_modified_by, last_modified_at)
					values (?, ?, ?, ?, ?, 'rapport.pdf', 'application/pdf', 4, 'test', now(), 'test', now())""")
				.params(agreement, "Rapport " + day, LocalDate.of(2025, 3, day), activity.getFocusAreaId(), activity.getId())
				.update();
			if (day == 10) {
				assertThat(page(path, session).select("section[aria-labelledby=documents-heading]").text())
					.as("ten documents: all of them, no link").doesNotContain("Se alle dokumentene");
			}
		}
		Document page = page(path, session);
		var documents = page.select("section[aria-labelledby=documents-heading] li");
		assertThat(documents).hasSize(10);
		assertThat(documents.first().text()).contains("Rapport 12", "12.03.2025");
		assertThat(documents.last().text()).contains("Rapport 3");
		String all = page.select("section[aria-labelledby=documents-heading] a:contains(Se alle dokumentene)").attr("href");
		assertThat(all).isEqualTo("/documents?agreement=" + agreement + "&activity=" + activity.getId());
		assertThat(page(all, session).text()).contains("12 dokumenter, de nyeste først.");
	}

	private int statementsOf(String path, MockHttpSession session) throws Exception {
		this.statements.reset();
		this.mvc.perform(get(path).session(session)).andExpect(status().isOk());
		return this.statements.count();
	}

	private void insert(int count) {
		long area = this.fixtures.focusArea("B");
		long person = this.fixtures.personOf("ntnu");
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			rows.add(new Object[] { "Bulk " + i, area, person });
		}
		rows.forEach(row -> this.jdbc.sql("""
				insert into activity (title, focus_area_id, responsible_person_id, status, current_light, last_update_on,
				    created_by, created_at, last_modified_by, last_modified_at)
				values (?, ?, ?, 'PLANNED', 'RED', current_date, 'test', now(), 'test', now())""")
			.params(row)
			.update());
	}

}
