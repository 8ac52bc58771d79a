package no.avtaleportal.web;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import no.avtaleportal.support.PersonFields;
import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Input the portal cannot use is answered with the 400 page or a field error in the user's
 * language, logged once, never a 500, and nothing of it is saved.
 */
@PortalTest
@ExtendWith(OutputCaptureExtension.class)
class BadInputTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aNulByteInTheSearchIsA400LoggedOnce(CapturedOutput output) throws Exception {
		MockHttpSession session = SignIn.as(this.mvc, "ntnu");
		this.mvc.perform(get("/activities").param("q", "kurs\u0000nul").session(session)).andExpect(status().isBadRequest());
		this.mvc.perform(get("/documents").param("q", "\u0000").session(session)).andExpect(status().isBadRequest());
		assertThat(output.getAll().lines().filter(line -> line.contains("Bad input") && line.contains("/activities")))
			.hasSize(1);
	}

	@Test
	void aNulByteInATextFieldIsA400AndNothingIsSaved() throws Exception {
		MockHttpSession session = SignIn.as(this.mvc, "ntnu");
		String title = "Nulltegn " + System.nanoTime();
		this.mvc.perform(newActivity(session, title + "\u0000", "Beskrivelse", "JOINT")).andExpect(status().isBadRequest());
		this.mvc.perform(newActivity(session, title, "Beskrivelse\u0000", "JOINT")).andExpect(status().isBadRequest());
		assertThat(activitiesTitled(title + "%")).isZero();
	}

	@Test
	void anUnknownOrganisationInAFormIsAFieldError(CapturedOutput output) throws Exception {
		MockHttpSession session = SignIn.as(this.mvc, "ntnu");
		String title = "Ukjent leder " + System.nanoTime();
		String page = this.mvc.perform(newActivity(session, title, "Beskrivelse", "999999999"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(page).select("#lead-error").text()).isNotBlank();
		assertThat(activitiesTitled(title)).isZero();
		assertThat(output.getAll()).doesNotContain("violates foreign key constraint");
	}

	@Test
	void aDateBeyondTheCalendarIsAFieldError() throws Exception {
		MockHttpSession session = SignIn.as(this.mvc, "ntnu");
		String title = "Langt frem " + System.nanoTime();
		String page = this.mvc.perform(newActivity(session, title, "Beskrivelse", "JOINT").param("dueDate", "+999999999-01-01"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(page).select("#dueDate-error").text()).contains("gyldig dato");
		assertThat(activitiesTitled(title)).isZero();
	}

	@Test
	void theErrorPageOfA400SaysTheInputWasNotUsable() {
		assertThat(ErrorHandling.ErrorPageAttributes.messageKey(400)).isEqualTo("error.400");
	}

	private MockHttpServletRequestBuilder newActivity(MockHttpSession session, String title, String description,
			String lead) {
		long area = this.jdbc.sql("select min(id) from focus_area").query(Long.class).single();
		return post("/activities/new").session(session)
			.with(csrf())
			.param("title", title)
			.param("description", description)
			.param("focusAreaId", String.valueOf(area))
			.param("lead", lead)
			.param("responsiblePerson", PersonFields.textOf(this.jdbc, "ntnu"))
			.param("startDate", "2024-01-15");
	}

	private long activitiesTitled(String pattern) {
		return this.jdbc.sql("select count(*) from activity where title like ?").params(pattern).query(Long.class).single();
	}

}
