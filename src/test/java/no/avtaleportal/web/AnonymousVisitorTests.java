package no.avtaleportal.web;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

import no.avtaleportal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a visitor who is not signed in meets: the language they asked for on the way to the login
 * page and after it, a 404 for an address nothing serves, the favicon, and a way on from a
 * forgotten password.
 */
@PortalTest
class AnonymousVisitorTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void theLanguageAskedForOnAProtectedAddressIsKeptThroughTheLoginPageAndSignIn() throws Exception {
		MvcResult protectedPage = this.mvc.perform(get("/meetings?lang=en"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"))
			.andReturn();
		Cookie language = protectedPage.getResponse().getCookie("avtaleportal-lang");
		assertThat(language).isNotNull();
		assertThat(language.getValue()).isEqualTo("en");

		this.mvc.perform(get("/login").cookie(language).session((MockHttpSession) protectedPage.getRequest().getSession()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"en\"")))
			.andExpect(content().string(containsString("Log in")));

		MvcResult signedIn = this.mvc.perform(post("/login").cookie(language)
			.session((MockHttpSession) protectedPage.getRequest().getSession())
			.with(csrf())
			.param("username", "leser")
			.param("password", "demo"))
			.andExpect(status().isFound())
			.andReturn();
		assertThat(signedIn.getResponse().getRedirectedUrl()).contains("/meetings").contains("lang=en");
	}

	@Test
	void anAddressNothingServesIsNotFoundForAVisitorToo() throws Exception {
		this.mvc.perform(get("/no-such-page")).andExpect(status().isNotFound());
		this.mvc.perform(get("/agreements/1")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theFaviconIsServed() throws Exception {
		this.mvc.perform(get("/favicon.ico")).andExpect(status().isOk());
		this.mvc.perform(get("/images/favicon.svg")).andExpect(status().isOk());
		this.mvc.perform(get("/login"))
			.andExpect(content().string(matchesRegex("(?s).*href=\"/images/favicon-[0-9a-f]{32}\\.svg\".*")));
	}

	@Test
	void theLoginPageLeadsAForgottenPasswordToAnAdministrator() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(content().string(containsString("href=\"/login/forgotten\"")))
			.andExpect(content().string(containsString("Glemt passord?")));
		this.mvc.perform(get("/login/forgotten"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ber du en administrator for Avtaleportalen om en ny invitasjon")));
	}

}
