package no.avtaleportal.search;

import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SecondAgreement;
import no.avtaleportal.support.SignIn;
import no.avtaleportal.support.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Norwegian search corpus on real PostgreSQL: a table of queries and the records each must
 * find and must not find (compound words, prefixes, typos, phrases, exclusions), and who finds
 * what: nothing of an agreement one is not a party to, nothing of draft minutes outside the
 * steering group, in results, excerpts and counts.
 */
@PortalTest
class SearchCorpusTests {

	static final String LIFELONG = "Korpus livslang læring for ingeniører";

	static final String LIFELONG_COMPOUND = "Korpus livslanglæring i industrien";

	static final String BAROMETER = "Korpus kompetansebarometer for regionen";

	static final String AI_COURSE = "Korpus KI-kurs for ledere";

	static final String ARTIFICIAL = "Korpus kunstig intelligens i produksjonen";

	static final String FIE_LIFELONG = "Korpus livslang læring hos FIE";

	static final String DRAFT_DECISION = "Korpusvedtak om sirkulærøkonomi i utkast";

	static final String PUBLISHED_DECISION = "Korpusvedtak om sirkulærøkonomi publisert";

	static final List<String> ALL = List.of(LIFELONG, LIFELONG_COMPOUND, BAROMETER, AI_COURSE, ARTIFICIAL,
			FIE_LIFELONG);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SecondAgreement second;

	@Autowired
	SqlStatements sqlStatements;

	@BeforeEach
	void corpus() {
		this.jdbc.sql("delete from activity where title like 'Korpus %'").update();
		this.jdbc.sql("delete from meeting where place = 'Korpusrommet'").update();
		long ours = focusArea("ntnu-nho-2023", "B");
		activity(ours, LIFELONG, "Etter- og videreutdanning for ingeniører i arbeid.", "NTNU");
		activity(ours, LIFELONG_COMPOUND, "Bedriftene og universitetet om livslanglæring.", "NHO");
		activity(ours, BAROMETER, "Et årlig kompetansebarometer blant medlemsbedriftene.", "NHO");
		activity(ours, AI_COURSE, "Korte kurs om kunstig intelligens.", "NTNU");
		activity(ours, ARTIFICIAL, "Bruk av maskinlæring i produksjonen.", "NTNU");
		activity(focusArea(SecondAgreement.KEY, "A"), FIE_LIFELONG, "Livslang læring i FIE.", "FIE");
		long group = this.jdbc.sql("""
				select s.id from steering_group s join agreement a on a.id = s.agreement_id where a.import_key = 'ntnu-nho-2023'""")
			.query(Long.class)
			.single();
		meeting(group, "DRAFT", DRAFT_DECISION);
		meeting(group, "PUBLISHED", PUBLISHED_DECISION);
	}

	@Test
	void norwegianQueriesFindWhatTheyShouldAndNothingElse() throws Exception {
		MockHttpSession ntnu = SignIn.as(this.mvc, "ntnu");
		record Row(String query, Set<String> mustFind, Set<String> mustNotFind) {
		}
		List<Row> table = List.of(
				// the stem and parts of compound words
				new Row("livslang", Set.of(LIFELONG, LIFELONG_COMPOUND, FIE_LIFELONG), Set.of(BAROMETER)),
				new Row("livslang læring", Set.of(LIFELONG, FIE_LIFELONG), Set.of(BAROMETER, AI_COURSE)),
				new Row("kompetanse", Set.of(BAROMETER), Set.of(LIFELONG, ARTIFICIAL)),
				new Row("KI", Set.of(AI_COURSE), Set.of(LIFELONG, BAROMETER)),
				// small typos
				new Row("kunstlig", Set.of(ARTIFICIAL, AI_COURSE), Set.of(LIFELONG, BAROMETER)),
				new Row("kompetansebarometre", Set.of(BAROMETER), Set.of(LIFELONG)),
				new Row("kunstg", Set.of(ARTIFICIAL, AI_COURSE), Set.of(LIFELONG, BAROMETER)),
				new Row("kunstg intelligens", Set.of(ARTIFICIAL, AI_COURSE), Set.of(LIFELONG, BAROMETER)),
				// phrases and exclusions
				new Row("\"livslang læring\"", Set.of(LIFELONG, FIE_LIFELONG), Set.of(LIFELONG_COMPOUND)),
				new Row("livslang -industrien", Set.of(LIFELONG), Set.of(LIFELONG_COMPOUND)),
				new Row("\"kunstig intelligens\" -maskinlæring", Set.of(AI_COURSE), Set.of(ARTIFICIAL)),
				// stems of inflected forms
				new Row("ingeniør", Set.of(LIFELONG), Set.of(BAROMETER)),
				new Row("ingeniørene", Set.of(LIFELONG), Set.of(BAROMETER)));
		for (Row row : table) {
			List<String> found = titles(search(ntnu, row.query()));
			assertThat(found).as(row.query()).containsAll(row.mustFind());
			assertThat(found).as(row.query()).doesNotContainAnyElementsOf(row.mustNotFind());
		}
	}

	/**
	 * A word first written in a status update is known to the search at once (the list of words
	 * that typos are compared with), and a misspelling of it finds the update in its activity.
	 */
	@Test
	void aMisspeltWordFindsTheStatusUpdateThatHasIt() throws Exception {
		long update = this.jdbc.sql("""
				insert into status_update (activity_id, written_on, author_name, light, text, created_by, created_at,
				                           last_modified_by, last_modified_at)
				select a.id, date '2025-03-01', 'Test', 'GREEN', 'Piloten med korpusrobotsveising er i gang.', 'test', now(),
				       'test', now()
				from activity a where a.title = :title returning id""")
			.param("title", ARTIFICIAL)
			.query(Long.class)
			.single();
		MockHttpSession ntnu = SignIn.as(this.mvc, "ntnu");
		for (String query : List.of("korpusrobotsveising", "korpusrobotsveisng", "korpusrobotsveisingen")) {
			Document page = search(ntnu, query);
			assertThat(page.select(".search-result h2 a").eachAttr("href")).as(query)
				.contains("/activities/" + activityId(ARTIFICIAL) + "/updates/" + update);
		}
		assertThat(titles(search(ntnu, "korpusrobotsveisng"))).containsOnly(ARTIFICIAL);
	}

	@Test
	void theClosestComesFirst() throws Exception {
		List<String> found = titles(search(SignIn.as(this.mvc, "ntnu"), "kunstig intelligens korpus"));
		assertThat(found).contains(ARTIFICIAL);
		assertThat(found.indexOf(ARTIFICIAL)).isLessThan(found.indexOf(AI_COURSE));
	}

	@Test
	void theFocusAreaFilterNamesEachFocusAreasAgreement() throws Exception {
		Document page = search(SignIn.as(this.mvc, "ntnu"), "livslang");
		assertThat(page.select("#refine-focus-area option").eachText())
			.anyMatch(option -> option.startsWith("B: Kunstig intelligens")
					&& option.contains(" – Samarbeidsavtale mellom NTNU og NHO ("))
			.anyMatch(option -> option.startsWith("A: Felles forskning – Samarbeidsavtale mellom NTNU og FIE ("));
	}

	@Test
	void nobodyFindsWhatTheyMayNotSee() throws Exception {
		// an agreement one is not a party to: not in results, not in counts
		Document nho = search(SignIn.as(this.mvc, "nho"), "livslang korpus");
		assertThat(titles(nho)).contains(LIFELONG).doesNotContain(FIE_LIFELONG);
		assertThat(nho.text()).doesNotContain("FIE");
		Document fie = search(SignIn.as(this.mvc, SecondAgreement.CONTRIBUTOR), "livslang korpus");
		assertThat(titles(fie)).containsExactly(FIE_LIFELONG);
		assertThat(fie.getElementById("search-count").text()).contains("Ett treff");
		// draft minutes: only the steering group and its secretary
		for (String outsider : List.of("nho", "ntnu", "leser", SecondAgreement.MEMBER)) {
			Document page = search(SignIn.as(this.mvc, outsider), "sirkulærøkonomi korpusvedtak");
			assertThat(page.text()).as(outsider).doesNotContain("utkast");
			if (!outsider.equals(SecondAgreement.MEMBER)) {
				assertThat(page.text()).as(outsider).contains("publisert");
			}
			else {
				assertThat(page.text()).as(outsider).doesNotContain("publisert");
			}
		}
		for (String insider : List.of("sekretaer", "prorektor", "avdelingsdirektor")) {
			Document page = search(SignIn.as(this.mvc, insider), "sirkulærøkonomi korpusvedtak");
			assertThat(page.text()).as(insider).contains("utkast").contains("publisert");
		}
	}

	@Test
	void excerptsAreEscapedAndMarked() throws Exception {
		this.jdbc.sql("update activity set description = '<script>alert(1)</script> vekst < 2 % & kompetansebarometer' where title = :title")
			.param("title", BAROMETER)
			.update();
		String html = this.mvc.perform(get("/search").param("q", "kompetansebarometer").session(SignIn.as(this.mvc, "nho")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).doesNotContain("<script>alert").contains("vekst &lt; 2 % &amp; <mark>kompetansebarometer</mark>");
	}

	@Test
	void aSearchRunsAFixedNumberOfStatements() throws Exception {
		MockHttpSession nho = SignIn.as(this.mvc, "nho");
		int few = statements(nho, "korpus");
		long focusArea = focusArea("ntnu-nho-2023", "B");
		for (int i = 0; i < 30; i++) {
			activity(focusArea, "Korpus ekstra " + i, "Korpus tekst " + i, "NHO");
		}
		assertThat(statements(nho, "korpus")).isEqualTo(few);
		assertThat(statements(nho, "korpus&kind=ACTIVITY")).isEqualTo(few);
	}

	private int statements(MockHttpSession session, String query) throws Exception {
		this.sqlStatements.reset();
		this.mvc.perform(get("/search?q=" + query).session(session)).andExpect(status().isOk());
		return this.sqlStatements.count();
	}

	private Document search(MockHttpSession session, String query) throws Exception {
		String html = this.mvc.perform(get("/search").param("q", query).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	private static List<String> titles(Document page) {
		return page.select(".search-result h2 a").stream().map(Element::text).toList();
	}

	private long activityId(String title) {
		return this.jdbc.sql("select id from activity where title = :title").param("title", title).query(Long.class).single();
	}

	private long focusArea(String agreementKey, String code) {
		return this.jdbc.sql("""
				select f.id from focus_area f join agreement a on a.id = f.agreement_id
				where a.import_key = :key and f.code = :code""")
			.param("key", agreementKey)
			.param("code", code)
			.query(Long.class)
			.single();
	}

	private void activity(long focusArea, String title, String description, String lead) {
		this.jdbc.sql("""
				insert into activity (title, description, focus_area_id, lead_organisation_id, responsible_person_id, status,
				                      start_date, created_by, created_at, last_modified_by, last_modified_at)
				values (:title, :description, :focusArea, (select id from organisation where short_name = :lead),
				        (select min(id) from person), 'IN_PROGRESS', date '2025-02-01', 'test', now(), 'test', now())""")
			.param("title", title)
			.param("description", description)
			.param("focusArea", focusArea)
			.param("lead", lead)
			.update();
	}

	/** A meeting in 2033, after the agreement's term, so that no page about the term counts it. */
	private void meeting(long group, String minutesStatus, String decision) {
		long meeting = this.jdbc.sql("""
				insert into meeting (steering_group_id, starts_at, duration_minutes, place, status, minutes_status, calendar_uid,
				                     created_by, created_at, last_modified_by, last_modified_at)
				values (:group, timestamptz '2033-06-02 10:00+02', 60, 'Korpusrommet', 'HELD', :minutes, gen_random_uuid()::text,
				        'test', now(), 'test', now()) returning id""")
			.param("group", group)
			.param("minutes", minutesStatus)
			.query(Long.class)
			.single();
		long item = this.jdbc.sql("""
				insert into agenda_item (meeting_id, position, title) values (:meeting, 0, 'Korpussak') returning id""")
			.param("meeting", meeting)
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into decision (meeting_id, agenda_item_id, text) values (:meeting, :item, :text)")
			.param("meeting", meeting)
			.param("item", item)
			.param("text", decision)
			.update();
	}

}
