package no.avtaleportal.dashboard;

import java.time.LocalDate;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import no.avtaleportal.support.Pages;
import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SignIn;
import no.avtaleportal.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard as of an earlier day computes every figure as of that day: the agreement's status,
 * end date, extensions and the words beside them, the rules, and the meetings as they were then.
 */
@PortalTest
class DashboardAsOfTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	private long agreementId() {
		return this.jdbc.sql("select id from agreement where import_key = 'ntnu-nho-2023'").query(Long.class).single();
	}

	@Test
	void beforeTheStartTheTermSaysNotStartedAndNeverExpired() throws Exception {
		Document page = page("2023-06-01", SignIn.as(this.mvc, "prorektor"));
		assertThat(page.select("#term-heading ~ dl dd").eachText()).containsExactly("Ikke startet", "20.11.2023",
				"19.11.2025 (ikke startet)", "Ingen");
		assertThat(page.select("main").text()).doesNotContain("utløpt");
		assertThat(page.select(".requirement").eachText())
			.anySatisfy(rule -> assertThat(rule).contains("Styringsgruppen skal møtes minst 2 ganger i året fra avtalen "
					+ "starter 20.11.2023."))
			.anySatisfy(rule -> assertThat(rule).contains("Avtalen starter 20.11.2023."));
		Document english = page("2023-06-01&lang=en", SignIn.as(this.mvc, "prorektor"));
		assertThat(english.select("#term-heading ~ dl dd").eachText()).contains("19.11.2025 (not started)");
	}

	@Test
	void theEndDateAndExtensionsAreThoseDecidedByTheDay() throws Exception {
		MockHttpSession session = SignIn.as(this.mvc, "leser");
		assertThat(page("2025-03-01", session).select("#term-heading ~ dl dd").eachText()).containsExactly("Under evaluering",
				"20.11.2023", "19.11.2025 (263 dager igjen)", "Ingen");
		assertThat(page("2025-03-14", session).select("#term-heading ~ dl dd").eachText())
			.contains("19.11.2027 (980 dager igjen)")
			.anySatisfy(value -> assertThat(value).startsWith("24 måneder, besluttet 14.03.2025"));
	}

	@Test
	void decisionsCountFromTheDayTheirMinutesWereApprovedOrForReadersPublished() throws Exception {
		// the meeting of 14.03.2025: approved by NHO on 25.03.2025, published on 26.03.2025
		MockHttpSession member = SignIn.as(this.mvc, "prorektor");
		assertThat(decisionDays(page("2025-03-24", member))).doesNotContain("14.03.2025");
		assertThat(decisionDays(page("2025-03-25", member))).contains("14.03.2025");
		MockHttpSession reader = SignIn.as(this.mvc, "leser");
		assertThat(decisionDays(page("2025-03-25", reader))).doesNotContain("14.03.2025");
		assertThat(decisionDays(page("2025-03-26", reader))).contains("14.03.2025");
	}

	private static java.util.List<String> decisionDays(Document page) {
		return page.select("#meetings-heading ~ ul li").eachText()
			.stream()
			.map(item -> item.replaceAll("^.*?\\((\\d\\d\\.\\d\\d\\.\\d{4})\\).*$", "$1"))
			.toList();
	}

	@Test
	void aMeetingCancelledAfterTheDayWasStillPlannedOnIt() throws Exception {
		MockHttpSession secretary = SignIn.as(this.mvc, "sekretaer");
		LocalDate today = LocalDate.now(TestClock.portal());
		LocalDate soon = today.plusDays(9);
		long group = this.jdbc.sql("select id from steering_group where agreement_id = :id")
			.param("id", agreementId())
			.query(Long.class)
			.single();
		String location = this.mvc
			.perform(post("/meetings/new").session(secretary)
				.with(csrf())
				.param("steeringGroupId", String.valueOf(group))
				.param("date", soon.toString())
				.param("time", "10:00")
				.param("durationMinutes", "60")
				.param("place", "Gløshaugen, Trondheim")
				.param("version", "0"))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		try {
			this.mvc.perform(post("/meetings/" + id + "/cancel").session(secretary)
				.with(csrf())
				.param("text", "Flyttes til neste år.")
				.param("version", "0")).andExpect(status().isFound());
			String day = today.minusDays(1).toString();
			String next = page(day, SignIn.as(this.mvc, "prorektor")).select("#meetings-heading ~ dl dd").first().text();
			assertThat(next).as("yesterday the meeting was still planned")
				.isEqualTo(no.avtaleportal.web.Formats.date(soon));
			assertThat(page(null, SignIn.as(this.mvc, "prorektor")).select("#meetings-heading ~ dl dd").first().text())
				.as("today it is cancelled")
				.isNotEqualTo(no.avtaleportal.web.Formats.date(soon));
		}
		finally {
			this.jdbc.sql("delete from meeting where id = :id").param("id", id).update();
		}
	}

	private Document page(String asOf, MockHttpSession session) throws Exception {
		return Pages.get200(this.mvc, "/dashboard?agreement=" + agreementId() + ((asOf != null) ? "&asOf=" + asOf : ""),
				session);
	}

}
