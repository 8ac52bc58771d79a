package no.avtaleportal.meeting;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import no.avtaleportal.support.Pages;
import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The English pages read as an English-speaking board secretary would write them, with no
 * Norwegian left over from what the portal itself wrote (such as the note on an extension decided
 * after the evaluation).
 */
@PortalTest
class EnglishPagesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theAgreementAndTheDashboardInEnglishSayWhatTheSteeringGroupDecidedInEnglish() throws Exception {
		long agreement = this.jdbc.sql("select id from agreement where import_key = 'ntnu-nho-2023'")
			.query(Long.class).single();
		var session = SignIn.as(this.mvc, "prorektor");

		Document page = Pages.get200(this.mvc, "/agreements/" + agreement + "?lang=en", session);
		String header = page.select(".agreement-header").text();
		assertThat(header).contains("24 months, decided 14.03.2025 (decision 03/2025 following the evaluation)")
			.doesNotContain("Vedtak", "etter evalueringen");

		Document dashboard = Pages.get200(this.mvc, "/dashboard?agreement=" + agreement + "&lang=en", session);
		String text = dashboard.select("main").text();
		assertThat(text).contains("The evaluation was considered at the steering group meeting on 14.03.2025 (decision 03/2025).")
			.doesNotContain("was treated", "In order", "Vedtak");
		assertThat(dashboard.select(".requirement").eachText()).anySatisfy(rule -> assertThat(rule).startsWith("Met"));
		assertThat(dashboard.select("h2").eachText()).contains("Overdue").doesNotContain("Late");

		Document evaluation = Pages.get200(this.mvc, "/agreements/" + agreement + "/evaluation?lang=en", session);
		assertThat(evaluation.select("main").text()).doesNotContain("was treated", "Treated");
	}

}
