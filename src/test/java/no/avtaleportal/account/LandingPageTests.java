package no.avtaleportal.account;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import no.avtaleportal.support.PortalTest;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Everyone lands on their own tasks ("Mine oppgaver") after signing in, whatever their role; and
 * whoever asked for a particular page first gets that page.
 */
@PortalTest
class LandingPageTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void theSteeringGroupAndTheSecretaryLandOnTheirTasks() throws Exception {
		logIn("prorektor", new MockHttpSession()).andExpect(redirectedUrl("/tasks"));
		logIn("avdelingsdirektor", new MockHttpSession()).andExpect(redirectedUrl("/tasks"));
		logIn("sekretaer", new MockHttpSession()).andExpect(redirectedUrl("/tasks"));
	}

	@Test
	void contributorsReadersAndTheAdministratorLandOnTheirTasksToo() throws Exception {
		logIn("ntnu", new MockHttpSession()).andExpect(redirectedUrl("/tasks"));
		logIn("leser", new MockHttpSession()).andExpect(redirectedUrl("/tasks"));
		logIn("admin", new MockHttpSession()).andExpect(redirectedUrl("/tasks"));
	}

	@Test
	void thePageAskedForBeforeSigningInComesFirstByARelativeAddress() throws Exception {
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(get("/activities").session(session)).andExpect(redirectedUrl("/login"));
		logIn("prorektor", session).andExpect(redirectedUrl("/activities?continue"));

		MockHttpSession startPage = new MockHttpSession();
		this.mvc.perform(get("/").session(startPage)).andExpect(redirectedUrl("/login"));
		logIn("prorektor", startPage).andExpect(redirectedUrl("/tasks"));
	}

	private org.springframework.test.web.servlet.ResultActions logIn(String username, MockHttpSession session)
			throws Exception {
		return this.mvc.perform(post("/login").session(session).with(csrf()).param("username", username).param("password", "demo"));
	}

}
