package no.avtaleportal.activity;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import no.avtaleportal.support.Pages;
import no.avtaleportal.support.PersonFields;
import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The history of an activity (Envers): who changed which field, from what to what, in words,
 * for everyone who may read the activity.
 */
@PortalTest
class ActivityHistoryTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ActivityRepository activities;

	@Autowired
	private TransactionTemplate transactions;

	private ActivityFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new ActivityFixtures(this.jdbc, this.activities);
	}

	@Test
	void historyRecordsWhoChangedWhichFieldInWords() throws Exception {
		MockHttpSession ntnu = SignIn.as(this.mvc, "ntnu");
		long id = save(ntnu, "/activities/new", "Workshop om etter- og videreutdanning", 0);
		MockHttpSession prorektor = SignIn.as(this.mvc, "prorektor");
		save(prorektor, "/activities/" + id + "/edit", "Workshop om EVU i industrien",
				this.activities.findById(id).orElseThrow().getVersion());
		this.mvc.perform(post("/activities/{id}/status", id).session(ntnu)
			.with(csrf())
			.param("target", "IN_PROGRESS")
			.param("version", String.valueOf(this.activities.findById(id).orElseThrow().getVersion())))
			.andExpect(status().isFound());

		Document page = page("/activities/" + id + "/history", SignIn.as(this.mvc, "leser"));
		assertThat(page.select("h1").text()).isEqualTo("Historikk: Workshop om EVU i industrien");
		var changes = page.select(".history-change");
		assertThat(changes).hasSize(3);
		assertThat(changes.get(0).text()).contains("Endret av Per Johansen (NTNU)", "Status fra Planlagt til Pågår")
			.doesNotContain("Tittel");
		assertThat(changes.get(1).text()).contains("Endret av Kari Nordmann (NTNU)",
				"Tittel fra Workshop om etter- og videreutdanning til Workshop om EVU i industrien")
			.doesNotContain("Status", "Innsatsområde");
		assertThat(changes.get(2).text()).contains("Opprettet av Per Johansen (NTNU)", "Innsatsområde A: ",
				"Ansvarlig", "Bidragsytere", "Frist", "31.12.2031")
			.doesNotContain("Innsatsområde " + this.fixtures.focusArea("A") + " ");

		Document english = page("/activities/" + id + "/history?lang=en", ntnu);
		assertThat(english.select(".history-change").first().text()).contains("Changed by Per Johansen (NTNU)",
				"Status from Planned to In progress");
	}

	@Test
	void aLongHistoryIsShownTwentyFiveChangesToAPageTheNewestFirst() throws Exception {
		MockHttpSession ntnu = SignIn.as(this.mvc, "ntnu");
		long id = save(ntnu, "/activities/new", "Navn 0", 0);
		for (int i = 1; i <= 30; i++) {
			String title = "Navn " + i;
			this.transactions.executeWithoutResult(status -> {
				Activity activity = this.activities.findWhole(id).orElseThrow();
				activity.describe(title, activity.getDescription(), activity.getFocusAreaId(), activity.getCommitmentId(),
						activity.getLeadOrganisationId(), activity.getResponsiblePersonId(), activity.getContributorIds(),
						activity.getStartDate(), activity.getDueDate(), activity.getLinksText(), activity.getTagsText());
				this.activities.save(activity);
			});
		}
		String path = "/activities/" + id + "/history";
		Document first = page(path, ntnu);
		assertThat(first.select(".history-change")).hasSize(25);
		assertThat(first.select(".history-change").first().text()).contains("Tittel fra Navn 29 til Navn 30");
		assertThat(first.select(".history-change").last().text()).as("against a revision on the next page")
			.contains("Tittel fra Navn 5 til Navn 6");
		assertThat(first.select(".pagination").text()).contains("Side 1 av 2");
		String next = first.select("nav[aria-label=Sider i historikken] a").attr("href");
		assertThat(next).isEqualTo("?page=2");
		Document second = page(path + next, ntnu);
		assertThat(second.select(".history-change")).hasSize(6);
		assertThat(second.select(".history-change").first().text()).contains("Tittel fra Navn 4 til Navn 5");
		assertThat(second.select(".history-change").last().text()).contains("Opprettet av", "Navn 0");
		assertThat(page(path + "?page=9", ntnu).select(".history-change")).as("past the end: the last page").hasSize(6);
		this.mvc.perform(get(path + "?page=x").session(ntnu)).andExpect(status().isBadRequest());
	}

	@Test
	void deliverablesAddedRenamedDeliveredAndRemovedAppearInTheActivitysHistory() throws Exception {
		MockHttpSession ntnu = SignIn.as(this.mvc, "ntnu");
		long id = save(ntnu, "/activities/new", "Kurs i prosjektledelse", 0);
		for (String title : new String[] { "Kursplan", "Evaluering av kurset" }) {
			this.mvc.perform(post("/activities/{id}/deliverables", id).session(ntnu)
				.with(csrf())
				.param("title", title)
				.param("dueDate", "2031-06-30"))
				.andExpect(status().isFound());
		}
		assertThat(this.activities.findById(id).orElseThrow().getVersion()).as("each added deliverable changes the version once")
			.isEqualTo(2);
		this.transactions.executeWithoutResult(status -> {
			Activity activity = this.activities.findWhole(id).orElseThrow();
			activity.renameDeliverable(0, "Kursplan for høsten");
			this.activities.save(activity);
		});
		long version = this.activities.findById(id).orElseThrow().getVersion();
		this.mvc.perform(post("/activities/{id}/deliverables/0/done", id).session(ntnu)
			.with(csrf())
			.param("version", String.valueOf(version)))
			.andExpect(status().isFound());
		assertThat(this.activities.findById(id).orElseThrow().getVersion()).as("a delivery changes the version once")
			.isEqualTo(version + 1);
		this.mvc.perform(post("/activities/{id}/deliverables/1/remove", id).session(ntnu)
			.with(csrf())
			.param("version", String.valueOf(version + 1)))
			.andExpect(status().isFound());
		assertThat(this.activities.findWhole(id).orElseThrow().getDeliverables()).extracting(Deliverable::getTitle)
			.containsExactly("Kursplan for høsten");

		Document page = page("/activities/" + id + "/history", SignIn.as(this.mvc, "leser"));
		var changes = page.select(".history-change");
		assertThat(changes).hasSize(6);
		assertThat(changes.get(0).text()).contains("Leveranse «Evaluering av kurset»: Slettet av Per Johansen (NTNU)");
		assertThat(changes.get(1).text()).contains("Leveranse «Kursplan for høsten»: Endret av Per Johansen (NTNU)",
				"Levert fra nei til ja")
			.doesNotContain("Tittel");
		assertThat(changes.get(2).text()).contains("Leveranse «Kursplan for høsten»: Endret av Avtaleportalen (automatisk)",
				"Tittel fra Kursplan til Kursplan for høsten")
			.doesNotContain("Levert");
		assertThat(changes.get(3).text()).contains("Leveranse «Evaluering av kurset»: Opprettet av Per Johansen (NTNU)",
				"Tittel Evaluering av kurset", "Frist 30.06.2031", "Levert nei");
		assertThat(changes.get(4).text()).contains("Leveranse «Kursplan for høsten»: Opprettet av Per Johansen (NTNU)",
				"Tittel Kursplan");
		assertThat(changes.get(5).text()).contains("Opprettet av Per Johansen (NTNU)", "Kurs i prosjektledelse")
			.doesNotContain("Leveranse");
		assertThat(page.text()).as("the activity itself is not shown by number").doesNotContain("Aktivitet nr.");

		Document english = page("/activities/" + id + "/history?lang=en", ntnu);
		assertThat(english.select(".history-change").get(1).text())
			.contains("Deliverable “Kursplan for høsten”: Changed by Per Johansen (NTNU)", "Delivered from no to yes");
	}

	@Test
	void anActivityOutsideTheReadersAgreementsHasNoHistoryForThem() throws Exception {
		this.mvc.perform(get("/activities/" + Long.MAX_VALUE + "/history").session(SignIn.as(this.mvc, "leser")))
			.andExpect(status().isNotFound());
	}

	private long save(MockHttpSession session, String url, String title, long version) throws Exception {
		String location = this.mvc.perform(post(url).session(session)
			.with(csrf())
			.param("title", title)
			.param("description", "Hvordan bedriftene bruker NTNUs tilbud.")
			.param("focusAreaId", String.valueOf(this.fixtures.focusArea("A")))
			.param("lead", String.valueOf(this.fixtures.organisation("NTNU")))
			.param("responsiblePerson", PersonFields.textOf(this.jdbc, "ntnu"))
			.param("contributors", PersonFields.textOf(this.jdbc, "nho"))
			.param("startDate", "2031-01-15")
			.param("dueDate", "2031-12-31")
			.param("version", String.valueOf(version)))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1).replaceAll("[^0-9].*$", ""));
	}

	private Document page(String url, MockHttpSession session) throws Exception {
		return Pages.get200(this.mvc, url, session);
	}

}
