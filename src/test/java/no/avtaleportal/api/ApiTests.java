package no.avtaleportal.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.account.AccountHolders;
import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SecondAgreement;
import no.avtaleportal.support.SqlStatements;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The read API with personal access tokens: each demo account's and the second agreement's
 * accounts' tokens see what their owners see in the browser; tokens that are unknown, revoked,
 * expired or of a disabled account are refused; paging, "changed since", ETags, the rate limit,
 * problem details, no session, and a fixed number of statements per call.
 */
@PortalTest
@Transactional
class ApiTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ApiTokens tokens;

	@Autowired
	private ApiTokenRepository repository;

	@Autowired
	private AccountHolders holders;

	@Autowired
	private RateLimiter limiter;

	@Autowired
	private SqlStatements statements;

	@Autowired
	private no.avtaleportal.agreement.Agreements agreements;

	@Autowired
	private jakarta.persistence.EntityManager entityManager;

	@BeforeEach
	void freshBuckets() {
		this.limiter.reset();
	}

	private no.avtaleportal.account.SignedInUser user(String username) {
		long account = this.jdbc.sql("select id from user_account where username = :u").param("u", username)
			.query(Long.class).single();
		return this.holders.enabled(account).orElseThrow();
	}

	private String tokenOf(String username) {
		return this.tokens.create(user(username), "test", LocalDate.now().plusDays(30));
	}

	private MockHttpServletResponse call(String path, String token) throws Exception {
		var request = get(path);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private JsonNode json(String path, String token) throws Exception {
		MockHttpServletResponse response = call(path, token);
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return JSON.readTree(response.getContentAsString());
	}

	private Set<String> agreementTitles(String token) throws Exception {
		Set<String> titles = new TreeSet<>();
		json("/api/v1/agreements?size=200", token).get("items").forEach(item -> titles.add(item.get("title").asString()));
		return titles;
	}

	private String title(String key) {
		return this.jdbc.sql("select title from agreement where import_key = :k").param("k", key).query(String.class).single();
	}

	@Test
	void eachTokenSeesWhatItsOwnerSees() throws Exception {
		String first = title("ntnu-nho-2023");
		String second = title(SecondAgreement.KEY);
		// what each sees in the browser (the agreement list's own query), and explicitly: NHO's people never see the
		// NTNU–FIE agreement, FIE's never the NTNU–NHO one, NTNU's both
		Map<String, Set<String>> expected = new java.util.HashMap<>();
		for (String username : List.of("leser", "avdelingsdirektor", "nho", "ntnu", "prorektor", "sekretaer", "admin",
				SecondAgreement.MEMBER, SecondAgreement.SECRETARY, SecondAgreement.CONTRIBUTOR)) {
			Set<String> titles = new TreeSet<>();
			this.agreements.visibleTo(user(username)).forEach(summary -> titles.add(summary.title()));
			expected.put(username, titles);
		}
		for (String nho : List.of("leser", "avdelingsdirektor", "nho")) {
			assertThat(expected.get(nho)).contains(first).doesNotContain(second);
		}
		for (String ntnu : List.of("ntnu", "prorektor", "sekretaer", "admin")) {
			assertThat(expected.get(ntnu)).contains(first, second);
		}
		for (String fie : List.of(SecondAgreement.MEMBER, SecondAgreement.SECRETARY, SecondAgreement.CONTRIBUTOR)) {
			assertThat(expected.get(fie)).containsExactly(second);
		}
		List<String> wrong = new ArrayList<>();
		for (var entry : expected.entrySet()) {
			String token = tokenOf(entry.getKey());
			if (!agreementTitles(token).equals(entry.getValue())) {
				wrong.add(entry.getKey() + " sees " + agreementTitles(token));
			}
			boolean nhoAgreement = entry.getValue().contains(first);
			long indicators = json("/api/v1/indicators", token).get("totalItems").asLong();
			if ((indicators >= 4) != nhoAgreement) {
				wrong.add(entry.getKey() + " sees " + indicators + " indicators");
			}
			long activities = json("/api/v1/activities?size=1", token).get("totalItems").asLong();
			// the second agreement's people see its activities only (other tests may have added some)
			long theirs = nhoAgreement ? activities : this.jdbc.sql("select count(*) from activity a "
					+ "join focus_area f on f.id = a.focus_area_id join agreement g on g.id = f.agreement_id where g.title = :title")
				.param("title", second).query(Long.class).single();
			if ((nhoAgreement && activities == 0) || activities != theirs) {
				wrong.add(entry.getKey() + " sees " + activities + " activities");
			}
			// minutes reach the API only once published
			for (JsonNode meeting : json("/api/v1/meetings?size=200", token).get("items")) {
				String status = this.jdbc.sql("select minutes_status from meeting where id = " + meeting.get("id").asLong())
					.query(String.class).single();
				if (!status.equals("PUBLISHED")) {
					wrong.add(entry.getKey() + " sees unpublished meeting " + meeting.get("id"));
				}
			}
			if (!nhoAgreement && call("/api/v1/agreements/" + this.jdbc.sql("select id from agreement where import_key = 'ntnu-nho-2023'")
				.query(Long.class).single(), token).getStatus() != 404) {
				wrong.add(entry.getKey() + " reads the NTNU–NHO agreement");
			}
		}
		assertThat(wrong).isEmpty();
		assertThat(json("/api/v1/meetings", tokenOf("leser")).get("totalItems").asLong()).isPositive();
		assertThat(json("/api/v1/decisions", tokenOf("leser")).get("totalItems").asLong()).isPositive();
	}

	@Test
	void missingUnknownRevokedExpiredAndDisabledTokensAreRefusedAsProblemDetails() throws Exception {
		MockHttpServletResponse none = call("/api/v1/agreements", null);
		assertThat(none.getStatus()).isEqualTo(401);
		assertThat(none.getContentType()).startsWith("application/problem+json");
		assertThat(none.getHeader("WWW-Authenticate")).isEqualTo("Bearer");
		assertThat(JSON.readTree(none.getContentAsString()).get("status").asInt()).isEqualTo(401);
		assertThat(call("/api/v1/agreements", "avp_not-a-token").getStatus()).isEqualTo(401);

		String revoked = tokenOf("ntnu");
		assertThat(call("/api/v1/agreements", revoked).getStatus()).isEqualTo(200);
		ApiToken token = this.repository.findByTokenHash(ApiTokens.hash(revoked)).orElseThrow();
		assertThat(this.jdbc.sql("select last_used_at from api_token where id = " + token.getId()).query(java.sql.Timestamp.class)
			.single()).isNotNull();
		this.tokens.revoke(this.holders.enabled(token.getAccountId()).orElseThrow(), token.getId());
		assertThat(call("/api/v1/agreements", revoked).getStatus()).isEqualTo(401);

		String expired = tokenOf("ntnu");
		this.jdbc.sql("update api_token set expires_on = current_date - 1 where token_hash = :h")
			.param("h", ApiTokens.hash(expired)).update();
		this.entityManager.clear(); // as a new request would: nothing of this test's transaction cached
		assertThat(call("/api/v1/agreements", expired).getStatus()).isEqualTo(401);

		String disabled = tokenOf("nho");
		assertThat(call("/api/v1/agreements", disabled).getStatus()).isEqualTo(200);
		this.jdbc.sql("update user_account set enabled = false where username = 'nho'").update();
		this.entityManager.clear();
		assertThat(call("/api/v1/agreements", disabled).getStatus()).isEqualTo(401);
	}

	@Test
	void theApiIsReadOnlyAndKeepsNoSession() throws Exception {
		String token = tokenOf("admin");
		MockHttpServletResponse write = this.mvc.perform(post("/api/v1/agreements").header("Authorization", "Bearer " + token))
			.andReturn().getResponse();
		assertThat(write.getStatus()).isEqualTo(403);
		assertThat(write.getContentType()).startsWith("application/problem+json");
		MockHttpServletResponse read = call("/api/v1/agreements", token);
		assertThat(read.getHeader("Set-Cookie")).isNull();
		assertThat(read.getCookies()).isEmpty();
	}

	@Test
	void pagesChangedSinceAndEtags() throws Exception {
		String token = tokenOf("prorektor");
		JsonNode all = json("/api/v1/activities?size=200", token);
		long total = all.get("totalItems").asLong();
		JsonNode first = json("/api/v1/activities?size=2&page=0", token);
		JsonNode second = json("/api/v1/activities?size=2&page=1", token);
		assertThat(first.get("items").size()).isEqualTo(2);
		assertThat(first.get("totalPages").asLong()).isEqualTo((total + 1) / 2);
		assertThat(first.get("items").get(0).get("id")).isNotEqualTo(second.get("items").get(0).get("id"));
		assertThat(json("/api/v1/activities?size=2&page=999", token).get("items")).isEmpty();
		MockHttpServletResponse tooBig = call("/api/v1/activities?size=201", token);
		assertThat(tooBig.getStatus()).isEqualTo(400);
		assertThat(tooBig.getContentType()).startsWith("application/problem+json");
		assertThat(call("/api/v1/activities?changedSince=yesterday", token).getStatus()).isEqualTo(400);

		// changed since: nothing after tomorrow; an indicator changed now appears, the others do not
		assertThat(json("/api/v1/indicators?changedSince=" + LocalDate.now().plusDays(1) + "T00:00:00Z", token)
			.get("totalItems").asLong()).isZero();
		String since = java.time.Instant.now().minusSeconds(5).toString();
		long indicator = this.jdbc.sql("select id from indicator where example order by id limit 1").query(Long.class).single();
		this.jdbc.sql("update indicator set last_modified_at = clock_timestamp() where id = " + indicator).update();
		JsonNode changed = json("/api/v1/indicators?changedSince=" + since, token);
		assertThat(changed.get("totalItems").asLong()).isOne();
		assertThat(changed.get("items").get(0).get("id").asLong()).isEqualTo(indicator);
		assertThat(changed.get("items").get(0).get("measurements").size()).isPositive();

		MockHttpServletResponse tagged = call("/api/v1/agreements", token);
		String etag = tagged.getHeader("ETag");
		assertThat(etag).isNotBlank();
		MockHttpServletResponse again = this.mvc.perform(get("/api/v1/agreements").header("Authorization", "Bearer " + token)
			.header("If-None-Match", etag)).andReturn().getResponse();
		assertThat(again.getStatus()).isEqualTo(304);
	}

	/** A meeting is of a focus area when an agenda item names the area or one of its commitments. */
	@Test
	void meetingsOfAFocusAreaIncludeThoseWhoseAgendaNamesOneOfItsCommitments() throws Exception {
		String token = tokenOf("leser");
		long commitment = this.jdbc.sql("""
				select c.id from commitment c join focus_area f on f.id = c.focus_area_id join agreement g on g.id = f.agreement_id
				where g.import_key = 'ntnu-nho-2023' order by c.id limit 1""").query(Long.class).single();
		long area = this.jdbc.sql("select focus_area_id from commitment where id = " + commitment).query(Long.class).single();
		String path = "/api/v1/meetings?size=200&focusArea=" + area;
		// a published meeting of its own, with no agenda yet, so that it is of no focus area whatever other tests left
		long meeting = this.jdbc.sql("""
				insert into meeting (steering_group_id, starts_at, duration_minutes, status, minutes_status, calendar_uid,
				    created_by, created_at, last_modified_by, last_modified_at)
				select s.id, timestamp with time zone '2025-05-05 10:00+02', 60, 'HELD', 'PUBLISHED', :uid,
				    'test', now(), 'test', now()
				from steering_group s join agreement g on g.id = s.agreement_id where g.import_key = 'ntnu-nho-2023'
				returning id""").param("uid", "api-focus-area-" + System.nanoTime()).query(Long.class).single();
		try {
			List<Long> before = new ArrayList<>();
			json(path, token).get("items").forEach(item -> before.add(item.get("id").asLong()));
			assertThat(before).as("a published meeting with no agenda is of no focus area").doesNotContain(meeting);
			this.jdbc.sql("""
					insert into agenda_item (meeting_id, position, title, commitment_id)
					values (:m, 99, 'Forpliktelsen følges opp', :c)""").param("m", meeting).param("c", commitment).update();
			List<Long> after = new ArrayList<>();
			json(path, token).get("items").forEach(item -> after.add(item.get("id").asLong()));
			assertThat(after).containsAll(before).contains(meeting).hasSize(before.size() + 1);
		}
		finally {
			this.jdbc.sql("delete from meeting where id = " + meeting).update();
		}
	}

	@Test
	void aTokenThatCallsTooOftenIsToldWhenToTryAgain() throws Exception {
		String token = tokenOf("leser");
		MockHttpServletResponse response = null;
		for (int i = 0; i < 300; i++) {
			response = call("/api/v1/decisions?size=1", token);
			if (response.getStatus() != 200) {
				break;
			}
		}
		assertThat(response.getStatus()).isEqualTo(429);
		assertThat(Long.parseLong(response.getHeader("Retry-After"))).isPositive();
		assertThat(response.getContentType()).startsWith("application/problem+json");
		// another token has its own bucket
		assertThat(call("/api/v1/decisions?size=1", tokenOf("leser")).getStatus()).isEqualTo(200);
	}

	@Test
	void eachCallTakesTheSameStatementsWhateverTheVolume() throws Exception {
		String token = tokenOf("prorektor");
		List<String> paths = List.of("/api/v1/agreements", "/api/v1/activities", "/api/v1/indicators", "/api/v1/meetings",
				"/api/v1/decisions");
		List<Integer> before = new ArrayList<>();
		for (String path : paths) {
			before.add(statementsOf(path, token));
		}
		long commitment = this.jdbc.sql("select commitment_id from indicator where example order by id limit 1").query(Long.class).single();
		long area = this.jdbc.sql("select focus_area_id from commitment where id = " + commitment).query(Long.class).single();
		for (int i = 0; i < 12; i++) {
			long id = this.jdbc.sql("""
					insert into indicator (commitment_id, name, unit, direction, baseline, baseline_on, target, target_on, source,
					  frequency, created_by, created_at, last_modified_by, last_modified_at)
					values (:c, 'Volum ' || :i, 'COUNT', 'HIGHER', 1, date '2024-01-01', 10, date '2027-01-01', 'Test', 'YEARLY',
					  'test', now(), 'test', now()) returning id""").param("c", commitment).param("i", i).query(Long.class).single();
			this.jdbc.sql("""
					insert into indicator_measurement (indicator_id, measured_on, value, recorded_by_name, created_by, created_at,
					  last_modified_by, last_modified_at) values (:id, date '2025-01-01', 4, 'Test', 'test', now(), 'test', now())""")
				.param("id", id).update();
			this.jdbc.sql("""
					insert into activity (title, focus_area_id, responsible_person_id, status, created_by, created_at,
					  last_modified_by, last_modified_at)
					values ('Volum ' || :i, :area, (select min(id) from person), 'PLANNED', 'test', now(), 'test', now())""")
				.param("i", i).param("area", area).update();
		}
		List<Integer> after = new ArrayList<>();
		for (String path : paths) {
			after.add(statementsOf(path, token));
		}
		assertThat(after).isEqualTo(before);
	}

	private int statementsOf(String path, String token) throws Exception {
		this.statements.reset();
		assertThat(call(path, token).getStatus()).isEqualTo(200);
		return this.statements.count();
	}

}
