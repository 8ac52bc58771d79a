package no.avtaleportal.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import no.avtaleportal.support.HttpSignIn;
import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SignIn;
import no.avtaleportal.support.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A page reads its data in one read-only transaction ({@link ReadOnlyPages}), not in a BEGIN and
 * COMMIT around each repository call. The layout's count of unread notices is read in the same
 * one ({@link PageModelContribution}), before the page is rendered. The session store's reading
 * and saving of the session add none: each of its statements commits on its own.
 */
@PortalTest
class OneTransactionPerPageTests {

	/** The page's transaction, which the header's unread count (issue 18) joins. */
	private static final int ONE = 1;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private SqlStatements sql;

	@Autowired
	private JdbcClient jdbc;

	@LocalServerPort
	private int port;

	@Test
	void everyPageReadsInOneTransaction() throws Exception {
		long agreement = this.jdbc.sql("select id from agreement where import_key = 'ntnu-nho-2023'").query(Long.class).single();
		long activity = this.jdbc.sql("""
				select a.id from activity a join focus_area f on f.id = a.focus_area_id
				where f.agreement_id = ? order by a.id limit 1""").param(agreement).query(Long.class).single();
		long meeting = this.jdbc.sql("""
				select m.id from meeting m join steering_group g on g.id = m.steering_group_id
				where g.agreement_id = ? and m.minutes_status = 'PUBLISHED' order by m.starts_at limit 1""")
			.param(agreement)
			.query(Long.class)
			.single();
		MockHttpSession session = SignIn.as(this.mvc, "prorektor");
		SoftAssertions soft = new SoftAssertions();
		for (String page : List.of("/dashboard?agreement=" + agreement, "/activities", "/activities?q=kunstig",
				"/activities/" + activity, "/decisions", "/meetings", "/meetings/" + meeting, "/agreements/" + agreement,
				"/documents", "/search?q=kompetanse")) {
			this.sql.reset();
			this.mvc.perform(get(page).session(session))
				.andExpect(status().isOk())
				.andExpect(model().attributeExists("unreadNotices"));
			System.out.printf("page-cost %s: %d statements in %d transactions%n", page, this.sql.count(),
					this.sql.transactions());
			this.sql.statements().forEach(statement -> System.out.println("page-sql " + page + " " + statement));
			soft.assertThat(this.sql.transactions()).as(page + " ran " + this.sql.statements()).isEqualTo(ONE);
		}
		soft.assertAll();
	}

	@Test
	void aCsvIsReadInOneTransaction() throws Exception {
		MockHttpSession session = SignIn.as(this.mvc, "prorektor");
		this.sql.reset();
		this.mvc.perform(get("/decisions.csv").session(session)).andExpect(status().isOk());
		assertThat(this.sql.transactions()).as(this.sql.statements().toString()).isEqualTo(1);
	}

	/**
	 * A signed-in page costs the session store one statement: reading the session. Its last access
	 * is saved at most once a minute ({@code SessionAccessSaves}), and the page's writer does not
	 * commit the response before Spring Session's filter ends, which would make the filter save the
	 * session twice and read it again for the second save.
	 */
	@Test
	void aPageReadsTheSessionOnce() throws Exception {
		String session = HttpSignIn.signIn(this.port, "prorektor");
		// the first page after signing in saves the session's new CSRF token (for its logout form)
		assertThat(page("/accessibility", session).statusCode()).isEqualTo(200);
		for (String path : List.of("/documents", "/accessibility", "/dashboard")) {
			this.sql.reset();
			HttpResponse<String> page = page(path, session);
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			assertThat(page.body()).as(path).contains("</html>");
			assertThat(this.sql.sessionStatements()).as(path + ": the session store's statements").hasSize(1);
		}
	}

	private HttpResponse<String> page(String path, String session) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Cookie", "SESSION=" + session)
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void theSessionStoreAddsNoTransactionOfItsOwn() throws Exception {
		String session = HttpSignIn.signIn(this.port, "prorektor");
		this.sql.reset();
		HttpResponse<String> page = page("/documents", session);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Dokumenter");
		assertThat(this.sql.countWithSessions()).as("the session read and its last access saved")
			.isGreaterThan(this.sql.count());
		assertThat(this.sql.sessionStatementsInTransactions()).as("session statements in a transaction").isZero();
		assertThat(this.sql.transactions()).as(this.sql.statements().toString()).isEqualTo(ONE);
	}

}
