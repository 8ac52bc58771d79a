package no.avtaleportal.activity;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import no.avtaleportal.support.Eventually;
import no.avtaleportal.support.LockWaits;
import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A status update or a deliverable adds to an activity; it does not edit what someone else may be
 * editing. Those made at the same moment (a status round's deadline, a meeting's eve) are all
 * kept, each request in its own transaction as in the running portal.
 */
@PortalTest
class ConcurrentStatusUpdatesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private ActivityRepository activities;

	@Test
	void statusUpdatesWrittenAtTheSameMomentAreAllKept() throws Exception {
		ActivityFixtures fixtures = new ActivityFixtures(this.jdbc, this.activities);
		MockHttpSession session = SignIn.as(this.mvc, "ntnu");
		long activity = fixtures.activity("Samtidige oppdateringer", "NTNU", fixtures.personOf("ntnu")).getId();
		Map<String, String> lightOnDay = Map.of("2024-03-01", "GREEN", "2024-03-03", "RED", "2024-03-02", "YELLOW");
		ExecutorService writers = Executors.newFixedThreadPool(lightOnDay.size() + 1);
		try (Connection holder = this.dataSource.getConnection()) {
			// someone else is saving the activity while three people press "Lagre" on a status update
			// and a fourth adds a deliverable
			holder.setAutoCommit(false);
			try (Statement statement = holder.createStatement()) {
				statement.execute("select id from activity where id = " + activity + " for update");
			}
			List<Future<Integer>> answers = new ArrayList<>();
			lightOnDay.forEach((day, light) -> answers.add(writers.submit(() -> this.mvc
				.perform(post("/activities/{id}/updates", activity).session(session)
					.with(csrf())
					.param("writtenOn", day)
					.param("light", light)
					.param("text", "Skrevet samtidig, datert " + day))
				.andReturn()
				.getResponse()
				.getStatus())));
			answers.add(writers.submit(() -> this.mvc
				.perform(post("/activities/{id}/deliverables", activity).session(session)
					.with(csrf())
					.param("title", "Leveranse lagt til samtidig")
					.param("dueDate", "2024-06-01"))
				.andReturn()
				.getResponse()
				.getStatus()));
			// all of them wait: for the activity, or behind one another in the queue for it
			Eventually.equalTo((long) answers.size(), () -> LockWaits.waitingOn(this.jdbc, "activity"));
			holder.commit();
			for (Future<Integer> answer : answers) {
				assertThat(answer.get()).as("each saved and shown, none meets the conflict page").isEqualTo(302);
			}

			String written = "Skrevet samtidig, datert ";
			assertThat(this.jdbc.sql("select text from status_update where activity_id = ?").params(activity)
				.query(String.class)
				.list()).containsExactlyInAnyOrder(written + "2024-03-01", written + "2024-03-02", written + "2024-03-03");
			String page = this.mvc.perform(get("/activities/{id}", activity).session(session))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(Jsoup.parse(page).select("section[aria-labelledby=history-heading]").text())
				.contains(written + "2024-03-01", written + "2024-03-02", written + "2024-03-03");
			assertThat(this.jdbc.sql("select current_light || ' ' || last_update_on from activity where id = ?")
				.params(activity)
				.query(String.class)
				.single()).as("the light of the latest day, whichever was saved last").isEqualTo("RED 2024-03-03");
			assertThat(this.jdbc.sql("select title from activity_deliverable where activity_id = ?").params(activity)
				.query(String.class)
				.list()).containsExactly("Leveranse lagt til samtidig");
			assertThat(this.jdbc.sql("select update_text from activity where id = ?").params(activity)
				.query(String.class)
				.single()).as("every update's text, which a search finds the activity by")
				.contains("datert 2024-03-01", "datert 2024-03-02", "datert 2024-03-03");
		}
		finally {
			writers.shutdown();
			this.jdbc.sql("delete from status_update where activity_id = ?").param(activity).update();
			this.jdbc.sql("delete from activity_deliverable where activity_id = ?").param(activity).update();
			this.jdbc.sql("delete from activity where id = ?").param(activity).update();
		}
	}

}
