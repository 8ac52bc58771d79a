package no.avtaleportal.support;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Signs a demo user in through the login form, so that requests carry the portal's own principal.
 */
public final class SignIn {

	private SignIn() {
	}

	public static MockHttpSession as(MockMvc mvc, String username) throws Exception {
		MockHttpSession session = new MockHttpSession();
		return (MockHttpSession) mvc
			.perform(post("/login").session(session).with(csrf()).param("username", username).param("password", "demo"))
			.andExpect(status().isFound())
			.andReturn()
			.getRequest()
			.getSession();
	}

}
