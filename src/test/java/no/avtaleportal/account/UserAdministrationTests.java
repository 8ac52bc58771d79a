package no.avtaleportal.account;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import no.avtaleportal.support.PersonFields;
import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administrators manage accounts: create, search, edit, disable (which ends sessions at once),
 * never remove the last administrator, and invite local users to set a password once.
 */
@PortalTest
class UserAdministrationTests {

	static final String GOOD_PASSWORD = "fjorden bak kontoret 7";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SqlStatements sql;

	@Autowired
	AccountDirectory directory;

	@Test
	void anAdministratorCreatesFindsAndEditsAnAccount() throws Exception {
		MockHttpSession admin = signIn("admin", "demo");
		String username = "ny-" + shortId();
		MvcResult created = this.mvc
			.perform(post("/admin/users/new").session(admin).with(csrf()).param("username", username)
				.param("displayName", "Nina Ny").param("email", username + "@example.org").param("roles", "READER"))
			.andExpect(status().isFound())
			.andReturn();
		UserAccount account = this.accounts.findByUsername(username).orElseThrow();
		assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/admin/users/" + account.getId() + "/edit");
		assertThat(account.getRoles()).containsExactly(Role.READER);
		assertThat(account.getPasswordHash()).as("no password until the user sets one").isNull();

		this.mvc.perform(get("/admin/users").param("q", "NINA NY").session(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(username)));

		this.mvc
			.perform(post("/admin/users/{id}/edit", account.getId()).session(admin).with(csrf())
				.param("displayName", "Nina Nyland").param("roles", "READER", "CONTRIBUTOR")
				.param("version", String.valueOf(account.getVersion())))
			.andExpect(status().isFound());
		UserAccount edited = this.accounts.findById(account.getId()).orElseThrow();
		assertThat(edited.getDisplayName()).isEqualTo("Nina Nyland");
		assertThat(edited.getRoles()).containsExactlyInAnyOrder(Role.READER, Role.CONTRIBUTOR);
	}

	@Test
	void badInputIsShownInTheUsersLanguageWithTheInputKeptAndNothingSaved() throws Exception {
		MockHttpSession admin = signIn("admin", "demo");
		long before = this.accounts.count();
		String page = this.mvc
			.perform(post("/admin/users/new").session(admin).with(csrf()).param("username", "leser")
				.param("displayName", "Noen Andre").param("email", "ikke-en-adresse"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Brukernavnet er tatt", "Skriv en gyldig e-postadresse", "Velg minst én rolle")
			.contains("value=\"Noen Andre\"", "value=\"ikke-en-adresse\"");
		assertThat(this.accounts.count()).isEqualTo(before);
	}

	@Test
	void aStaleEditGetsTheConflictPage() throws Exception {
		MockHttpSession admin = signIn("admin", "demo");
		UserAccount account = createAccount(Role.READER);
		this.mvc
			.perform(post("/admin/users/{id}/edit", account.getId()).session(admin).with(csrf())
				.param("displayName", "Stale").param("roles", "READER").param("version", String.valueOf(account.getVersion() - 1)))
			.andExpect(status().isConflict());
		assertThat(this.accounts.findById(account.getId()).orElseThrow().getDisplayName()).isNotEqualTo("Stale");
	}

	@Test
	void onlyAdministratorsManageAccountsAndAForgedPostIsForbidden() throws Exception {
		MockHttpSession reader = signIn("leser", "demo");
		UserAccount account = createAccount(Role.READER);
		this.mvc.perform(get("/admin/users").session(reader)).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/users/{id}/edit", account.getId()).session(reader).with(csrf())
				.param("displayName", "Forged").param("roles", "ADMIN").param("version", String.valueOf(account.getVersion())))
			.andExpect(status().isForbidden());
		assertThat(this.accounts.findById(account.getId()).orElseThrow().getRoles()).containsExactly(Role.READER);
		this.mvc.perform(get("/admin/users/{id}/edit", Long.MAX_VALUE).session(signIn("admin", "demo")))
			.andExpect(status().isNotFound());
	}

	@Test
	void disablingAUserEndsTheirSessionsAtOnce() throws Exception {
		UserAccount account = createAccount(Role.CONTRIBUTOR);
		MockHttpSession user = signIn(account.getUsername(), GOOD_PASSWORD);
		MockHttpSession elsewhere = signIn(account.getUsername(), GOOD_PASSWORD);
		this.mvc.perform(get("/").session(user)).andExpect(status().isOk());

		this.mvc
			.perform(post("/admin/users/{id}/disable", account.getId()).session(signIn("admin", "demo")).with(csrf())
				.param("version", String.valueOf(account.getVersion())))
			.andExpect(status().isFound());

		this.mvc.perform(get("/").session(user)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/").session(elsewhere)).andExpect(redirectedUrl("/login"));
		this.mvc
			.perform(post("/login").with(csrf()).param("username", account.getUsername()).param("password", GOOD_PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void aDemotedAccountsOldSessionCanNoLongerCreateActivities() throws Exception {
		long ntnu = this.jdbc.sql("select id from organisation where short_name = 'NTNU'").query(Long.class).single();
		long person = this.jdbc.sql("select person_id from user_account where username = 'ntnu'").query(Long.class).single();
		long area = this.jdbc.sql("select min(id) from focus_area").query(Long.class).single();
		UserAccount account = createAccount(Role.CONTRIBUTOR);
		account.describe(account.getDisplayName(), null, ntnu, person, Set.of(Role.CONTRIBUTOR));
		account = this.accounts.save(account);
		MockHttpSession old = signIn(account.getUsername(), GOOD_PASSWORD);
		this.mvc.perform(get("/activities/new").session(old)).andExpect(status().isOk());

		this.mvc
			.perform(post("/admin/users/{id}/edit", account.getId()).session(signIn("admin", "demo")).with(csrf())
				.param("displayName", account.getDisplayName()).param("organisationId", String.valueOf(ntnu))
				.param("person", PersonFields.text(this.jdbc, person)).param("roles", "READER")
				.param("version", String.valueOf(account.getVersion())))
			.andExpect(status().isFound());

		String title = "Etter degradering " + shortId();
		this.mvc
			.perform(post("/activities/new").session(old).with(csrf()).param("title", title).param("description", "Nei")
				.param("focusAreaId", String.valueOf(area)).param("lead", String.valueOf(ntnu))
				.param("responsiblePerson", PersonFields.text(this.jdbc, person)).param("startDate", "2024-01-15"))
			.andExpect(redirectedUrl("/login"));
		assertThat(this.jdbc.sql("select count(*) from activity where title = ?").params(title).query(Long.class).single())
			.isZero();
		this.mvc.perform(get("/activities/new").session(signIn(account.getUsername(), GOOD_PASSWORD)))
			.andExpect(status().isForbidden());
	}

	@Test
	void aChangeOfOrganisationEndsTheAccountsSessionsButOtherEditsDoNot() throws Exception {
		long nho = this.jdbc.sql("select id from organisation where short_name = 'NHO'").query(Long.class).single();
		UserAccount account = createAccount(Role.CONTRIBUTOR);
		MockHttpSession user = signIn(account.getUsername(), GOOD_PASSWORD);
		MockHttpSession admin = signIn("admin", "demo");
		this.mvc
			.perform(post("/admin/users/{id}/edit", account.getId()).session(admin).with(csrf())
				.param("displayName", "Nytt Navn").param("roles", "CONTRIBUTOR")
				.param("version", String.valueOf(account.getVersion())))
			.andExpect(status().isFound());
		this.mvc.perform(get("/").session(user)).andExpect(status().isOk());

		UserAccount renamed = this.accounts.findById(account.getId()).orElseThrow();
		this.mvc
			.perform(post("/admin/users/{id}/edit", account.getId()).session(admin).with(csrf())
				.param("displayName", "Nytt Navn").param("organisationId", String.valueOf(nho)).param("roles", "CONTRIBUTOR")
				.param("version", String.valueOf(renamed.getVersion())))
			.andExpect(status().isFound());
		this.mvc.perform(get("/").session(user)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/").session(admin)).andExpect(status().isOk());
	}

	@Test
	void acceptingAnInvitationEndsTheAccountsOtherSessions() throws Exception {
		UserAccount account = createAccount(Role.CONTRIBUTOR);
		MockHttpSession before = signIn(account.getUsername(), GOOD_PASSWORD);
		String path = invite(account).replaceFirst("^.*(/invitations/)", "$1");
		this.mvc
			.perform(post(path).with(csrf()).param("newPassword", "nytt og langt passord 9")
				.param("confirmation", "nytt og langt passord 9"))
			.andExpect(redirectedUrl("/login?activated"));
		this.mvc.perform(get("/").session(before)).andExpect(redirectedUrl("/login"));
		signIn(account.getUsername(), "nytt og langt passord 9");
	}

	@Test
	void theLastAdministratorCannotBeDemotedOrDisabled() throws Exception {
		MockHttpSession admin = signIn("admin", "demo");
		UserAccount only = this.accounts.findByUsername("admin").orElseThrow();
		List<Long> others = this.jdbc.sql("""
				select a.id from user_account a join user_account_role r on r.account_id = a.id
				where r.role = 'ADMIN' and a.enabled and a.username <> 'admin'""").query(Long.class).list();
		others.forEach(id -> this.jdbc.sql("update user_account set enabled = false where id = ?").params(id).update());
		try {
			String page = this.mvc
				.perform(post("/admin/users/{id}/edit", only.getId()).session(admin).with(csrf())
					.param("displayName", only.getDisplayName()).param("roles", "READER")
					.param("version", String.valueOf(only.getVersion())))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).contains("siste aktive administratoren");
			this.mvc
				.perform(post("/admin/users/{id}/disable", only.getId()).session(admin).with(csrf())
					.param("version", String.valueOf(only.getVersion())))
				.andExpect(status().isFound());
			UserAccount after = this.accounts.findById(only.getId()).orElseThrow();
			assertThat(after.isAdministrator()).isTrue();

			// with a second administrator, the first may step down
			UserAccount second = createAccount(Role.ADMIN);
			this.mvc
				.perform(post("/admin/users/{id}/edit", second.getId()).session(admin).with(csrf())
					.param("displayName", "Second").param("roles", "READER")
					.param("version", String.valueOf(second.getVersion())))
				.andExpect(status().isFound());
			assertThat(this.accounts.findById(second.getId()).orElseThrow().getRoles()).containsExactly(Role.READER);
		}
		finally {
			others.forEach(id -> this.jdbc.sql("update user_account set enabled = true where id = ?").params(id).update());
		}
	}

	@Test
	void anInvitationSetsThePasswordOnceAndWorksNoMore() throws Exception {
		UserAccount account = this.accounts.save(new UserAccount("invitert-" + shortId(), "Ivar Invitert", null,
				Set.of(Role.READER), Instant.now()));
		String link = invite(account);
		String path = link.substring(link.indexOf("/invitations/"));

		String form = this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(form).contains("Velg passord", account.getUsername(), "minst 12");

		String weak = this.mvc
			.perform(post(path).with(csrf()).param("newPassword", "passord123456").param("confirmation", "passord123456"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(weak).contains("for vanlig");
		assertThat(this.accounts.findById(account.getId()).orElseThrow().getPasswordHash()).isNull();

		this.mvc.perform(post(path).with(csrf()).param("newPassword", GOOD_PASSWORD).param("confirmation", GOOD_PASSWORD))
			.andExpect(redirectedUrl("/login?activated"));
		signIn(account.getUsername(), GOOD_PASSWORD);

		this.mvc.perform(get(path)).andExpect(status().isGone());
		this.mvc.perform(post(path).with(csrf()).param("newPassword", "et annet godt passord").param("confirmation", "et annet godt passord"))
			.andExpect(status().isGone());
		signIn(account.getUsername(), GOOD_PASSWORD);
	}

	@Test
	void aGuessablePasswordIsRefusedWithWhatMakesItGuessableInTheUsersLanguage() throws Exception {
		UserAccount account = this.accounts.save(new UserAccount("gjett-" + shortId(), "Gunn Gjetting", null,
				Set.of(Role.READER), Instant.now()));
		String path = invite(account).replaceFirst("^.*(/invitations/)", "$1");
		for (String guessable : List.of("Passw0rd1234", "P@ssw0rd2024!", "1qaz2wsx3edc", "qwertyuiop12", "abc123abc123")) {
			String page = this.mvc
				.perform(post(path).with(csrf()).param("newPassword", guessable).param("confirmation", guessable))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(Jsoup.parse(page).select("#newPassword-error").text()).as(guessable)
				.startsWith("Passordet er for vanlig eller lett å gjette")
				.contains("en setning av fire–fem vanlige ord");
		}
		String keyboard = this.mvc
			.perform(post(path).param("lang", "en").with(csrf()).param("newPassword", "ujmnhytgbvfr").param("confirmation", "ujmnhytgbvfr"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(keyboard).select("#newPassword-error").text())
			.startsWith("The password is too common or easy to guess")
			.contains("keyboard");
		assertThat(this.accounts.findById(account.getId()).orElseThrow().getPasswordHash()).isNull();
	}

	@Test
	void withoutMailConfiguredTheAdministratorIsShownTheLinkEvenForAnAccountWithAnAddress() throws Exception {
		UserAccount account = new UserAccount("adresse-" + shortId(), "Anne Adresse", null, Set.of(Role.READER),
				Instant.now());
		account.setEmail(account.getUsername() + "@ntnu.example");
		account = this.accounts.save(account);
		var result = this.mvc
			.perform(post("/admin/users/{id}/invite", account.getId()).session(signIn("admin", "demo")).with(csrf()))
			.andExpect(status().isFound())
			.andReturn();
		assertThat((String) result.getFlashMap().get("invitationLink")).contains("/invitations/");
		assertThat(result.getFlashMap().containsKey("invitationSentTo")).isFalse();
	}

	@Test
	void anInvitationExpires() throws Exception {
		UserAccount account = createAccount(Role.READER);
		String link = invite(account);
		String path = link.substring(link.indexOf("/invitations/"));
		this.jdbc.sql("update account_invitation set expires_at = now() - interval '1 minute' where account_id = ?")
			.params(account.getId())
			.update();
		String page = this.mvc.perform(get(path)).andExpect(status().isGone()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Lenken virker ikke");
		this.mvc.perform(post(path).with(csrf()).param("newPassword", GOOD_PASSWORD).param("confirmation", GOOD_PASSWORD))
			.andExpect(status().isGone());
	}

	@Test
	void aUserChangesTheirPasswordWithTheCurrentOneAndOtherSessionsEnd() throws Exception {
		UserAccount account = createAccount(Role.READER);
		MockHttpSession here = signIn(account.getUsername(), GOOD_PASSWORD);
		MockHttpSession elsewhere = signIn(account.getUsername(), GOOD_PASSWORD);
		String rules = this.mvc.perform(get("/account/password").session(here))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(rules).contains("minst 12 og høyst 128 tegn", "ikke inneholde brukernavnet");

		String wrong = this.mvc
			.perform(post("/account/password").session(here).with(csrf()).param("currentPassword", "feil")
				.param("newPassword", "nytt og langt passord 9").param("confirmation", "nytt og langt passord 9"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(wrong).contains("Nåværende passord er feil");

		this.mvc
			.perform(post("/account/password").session(here).with(csrf()).param("currentPassword", GOOD_PASSWORD)
				.param("newPassword", "nytt og langt passord 9").param("confirmation", "nytt og langt passord 9"))
			.andExpect(redirectedUrl("/account/password"));
		this.mvc.perform(get("/").session(here)).andExpect(status().isOk());
		this.mvc.perform(get("/").session(elsewhere)).andExpect(redirectedUrl("/login"));
		signIn(account.getUsername(), "nytt og langt passord 9");
	}

	@Test
	void theHistoryOfAnAccountSaysWhoChangedWhichFields() throws Exception {
		MockHttpSession admin = signIn("admin", "demo");
		UserAccount account = createAccount(Role.READER);
		editDisplayName(admin, account, "Hanne Historikk");
		String page = this.mvc.perform(get("/admin/users/{id}/history", account.getId()).session(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		org.jsoup.nodes.Document document = org.jsoup.Jsoup.parse(page);
		String newest = document.select(".history-change").first().text();
		assertThat(newest).contains("Endret", "av Demo Administrator", "Navn", "fra Test Testesen til Hanne Historikk", "Roller",
				"fra Leser til Bidragsyter, Leser");
		assertThat(document.select(".history-change").last().text()).contains("Opprettet", "av Avtaleportalen (automatisk)");
		assertThat(page).as("password hashes are never kept in history").doesNotContain("argon2");
	}

	@Test
	void theHistoryOfAnAccountNamesThePersonsItWasLinkedTo() throws Exception {
		MockHttpSession admin = signIn("admin", "demo");
		UserAccount account = createAccount(Role.READER);
		linkTo(admin, account, "Sigrid Eksempel");
		linkTo(admin, account, "Nils Demo");
		org.jsoup.nodes.Document document = org.jsoup.Jsoup.parse(this.mvc
			.perform(get("/admin/users/{id}/history", account.getId()).session(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(document.select(".history-change").first().text()).contains("Person",
				"fra Sigrid Eksempel (NTNU) til Nils Demo (NTNU)");
	}

	/** Links the account to the one demo person of NTNU with the name, through the account form. */
	private void linkTo(MockHttpSession admin, UserAccount account, String name) throws Exception {
		UserAccount current = this.accounts.findById(account.getId()).orElseThrow();
		long person = this.jdbc.sql("select p.id from person p join organisation o on o.id = p.organisation_id "
				+ "where p.name = :name and o.short_name = 'NTNU' order by p.id limit 1")
			.param("name", name)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/admin/users/{id}/edit", current.getId()).session(admin).with(csrf())
				.param("displayName", current.getDisplayName()).param("roles", "READER")
				.param("person", this.directory.personText(person))
				.param("version", String.valueOf(current.getVersion())))
			.andExpect(status().isFound());
		assertThat(this.accounts.findById(account.getId()).orElseThrow().getPersonId()).isEqualTo(person);
	}

	@Test
	void theAccountPagesRunAFixedNumberOfStatements() throws Exception {
		MockHttpSession admin = signIn("admin", "demo");
		UserAccount account = createAccount(Role.READER);
		int list = count(admin, "/admin/users");
		int events = count(admin, "/admin/security-events");
		int history = count(admin, "/admin/users/" + account.getId() + "/history");
		for (int i = 0; i < 3; i++) {
			createAccount(Role.CONTRIBUTOR, Role.READER);
			signIn("leser", "demo");
		}
		editDisplayName(admin, account, "Endret to ganger");
		editDisplayName(admin, account, "Endret tre ganger");
		assertThat(count(admin, "/admin/users")).as("/admin/users").isEqualTo(list);
		assertThat(count(admin, "/admin/security-events")).as("/admin/security-events").isEqualTo(events);
		assertThat(count(admin, "/admin/users/" + account.getId() + "/history")).as("history").isEqualTo(history);
		System.out.printf("SQL statements: /admin/users %d, /admin/security-events %d, account history %d%n", list,
				events, history);
	}

	@Test
	void theUserListShows25APageAndKeepsTheSearchAcrossPages() throws Exception {
		MockHttpSession admin = signIn("admin", "demo");
		String word = "side" + shortId();
		for (int i = 1; i <= 27; i++) {
			this.accounts.save(new UserAccount(word + "-" + "%02d".formatted(i), "Bruker %02d %s".formatted(i, word), null,
					Set.of(Role.READER), Instant.now()));
		}
		this.accounts.save(new UserAccount("annen-" + shortId(), "Bruker 00 utenfor søket", null, Set.of(Role.READER),
				Instant.now()));

		Document first = Jsoup.parse(page(admin, "/admin/users?q=" + word.toUpperCase()));
		assertThat(first.select("tbody tr")).hasSize(25);
		assertThat(first.select("tbody tr").first().text()).contains("Bruker 01 " + word);
		assertThat(first.select("caption").text()).isEqualTo("Brukere (27)");
		assertThat(first.select(".pagination .active").text()).isEqualTo("Side 1 av 2");
		assertThat(first.select("nav[aria-label='Sider i brukerlisten'] .pagination .active[aria-current=page]")).hasSize(1);
		assertThat(first.select(".pagination .disabled").text()).as("no page before the first").isEqualTo("Forrige side");
		String next = first.select(".pagination a").attr("href");
		assertThat(next).isEqualTo("/admin/users?q=" + word.toUpperCase() + "&page=2");

		Document second = Jsoup.parse(page(admin, next));
		assertThat(second.select("tbody tr").eachText()).hasSize(2)
			.allMatch(row -> row.contains(word))
			.anyMatch(row -> row.contains("Bruker 27"));
		assertThat(second.select("#q").val()).as("the search is kept").isEqualTo(word.toUpperCase());
		assertThat(second.select(".pagination a").attr("href")).isEqualTo("/admin/users?q=" + word.toUpperCase() + "&page=1");

		Document beyond = Jsoup.parse(page(admin, "/admin/users?q=" + word + "&page=9"));
		assertThat(beyond.select(".pagination .active").text()).isEqualTo("Side 2 av 2");
		this.mvc.perform(get("/admin/users?page=andre").session(admin)).andExpect(status().isBadRequest());
	}

	@Test
	void theUserListRunsTheSameStatementsForFewAndManyUsers() throws Exception {
		MockHttpSession admin = signIn("admin", "demo");
		String word = "telle" + shortId();
		createSearchable(word, 1, 30);
		int thirty = count(admin, "/admin/users?q=" + word);
		createSearchable(word, 31, 120);
		assertThat(count(admin, "/admin/users?q=" + word)).as("first of five pages").isEqualTo(thirty);
		assertThat(count(admin, "/admin/users?q=" + word + "&page=3")).as("third of five pages").isEqualTo(thirty);
		System.out.printf("SQL statements: /admin/users, a page of 25 of 30 or 120 users: %d%n", thirty);
	}

	private void createSearchable(String word, int from, int to) {
		for (int i = from; i <= to; i++) {
			this.accounts.save(new UserAccount(word + "-" + i, "Telles " + i, null, Set.of(Role.READER, Role.CONTRIBUTOR),
					Instant.now()));
		}
	}

	private String page(MockHttpSession session, String url) throws Exception {
		return this.mvc.perform(get(url).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private void editDisplayName(MockHttpSession admin, UserAccount account, String name) throws Exception {
		UserAccount current = this.accounts.findById(account.getId()).orElseThrow();
		this.mvc
			.perform(post("/admin/users/{id}/edit", current.getId()).session(admin).with(csrf()).param("displayName", name)
				.param("roles", "READER", "CONTRIBUTOR").param("version", String.valueOf(current.getVersion())))
			.andExpect(status().isFound());
	}

	/** The statements of a page seen a second time (the first visit may also update the session). */
	private int count(MockHttpSession session, String url) throws Exception {
		this.mvc.perform(get(url).session(session)).andExpect(status().isOk());
		this.sql.reset();
		this.mvc.perform(get(url).session(session)).andExpect(status().isOk());
		return this.sql.count();
	}

	private String invite(UserAccount account) throws Exception {
		return (String) this.mvc
			.perform(post("/admin/users/{id}/invite", account.getId()).session(signIn("admin", "demo")).with(csrf()))
			.andExpect(status().isFound())
			.andReturn()
			.getFlashMap()
			.get("invitationLink");
	}

	UserAccount createAccount(Role... roles) {
		return this.accounts.save(new UserAccount("test-" + shortId(), "Test Testesen",
				this.passwordEncoder.encode(GOOD_PASSWORD), Set.of(roles), Instant.now()));
	}

	@Test
	void theHistoryOfAnAccountNamesItsOrganisationNotItsNumber() throws Exception {
		MockHttpSession admin = signIn("admin", "demo");
		UserAccount account = createAccount(Role.READER);
		long ntnu = this.jdbc.sql("select id from organisation where short_name = 'NTNU'").query(Long.class).single();
		UserAccount current = this.accounts.findById(account.getId()).orElseThrow();
		this.mvc
			.perform(post("/admin/users/{id}/edit", current.getId()).session(admin).with(csrf())
				.param("displayName", current.getDisplayName()).param("organisationId", String.valueOf(ntnu))
				.param("roles", "READER").param("version", String.valueOf(current.getVersion())))
			.andExpect(status().isFound());
		String newest = org.jsoup.Jsoup
			.parse(this.mvc.perform(get("/admin/users/{id}/history", account.getId()).session(admin))
				.andReturn()
				.getResponse()
				.getContentAsString())
			.select(".history-change")
			.first()
			.text();
		assertThat(newest).contains("Organisasjon", "til NTNU").doesNotContain("(nr.)", "til " + ntnu);
	}

	MockHttpSession signIn(String username, String password) throws Exception {
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(post("/login").session(session).with(csrf()).param("username", username).param("password", password))
			.andExpect(redirectedUrlPattern("/**"))
			.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error"));
		return session;
	}

	private static String shortId() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
