package no.avtaleportal.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import no.avtaleportal.activity.ActivityHistory.Snapshot;
import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard's figures as they stand today read each activity's light and latest status update
 * from the activity itself, an earlier day's from its status updates (issue 15): both tell the same,
 * also when an update is written afterwards for an earlier day.
 */
@PortalTest
class FiguresTodayTests {

	private static final String TITLE = "Figurer i dag";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ActivityRepository activities;

	@Autowired
	private ActivityHistory history;

	@Autowired
	private Clock clock;

	@AfterEach
	void remove() {
		this.jdbc.sql("delete from activity where title = :title").param("title", TITLE).update();
	}

	@Test
	void todaysFiguresTellTheLatestStatusUpdateAsTheHistoryDoes() throws Exception {
		ActivityFixtures fixtures = new ActivityFixtures(this.jdbc, this.activities);
		long id = fixtures.activity(TITLE, "NTNU", fixtures.personOf("ntnu")).getId();
		LocalDate today = LocalDate.now(this.clock);
		MockHttpSession ntnu = SignIn.as(this.mvc, "ntnu");
		report(ntnu, id, today.minusDays(3), "YELLOW");
		// written afterwards for an earlier day: not the latest
		report(ntnu, id, today.minusDays(10), "RED");

		for (LocalDate day : List.of(today, today.minusDays(1))) {
			Snapshot shown = shown(fixtures.focusArea("A"), id, day);
			assertThat(shown.lastUpdateOn()).as("on %s", day).isEqualTo(today.minusDays(3));
			assertThat(shown.light()).as("on %s", day).isEqualTo(Light.YELLOW);
		}
		Snapshot before = shown(fixtures.focusArea("A"), id, today.minusDays(4));
		assertThat(before.lastUpdateOn()).isEqualTo(today.minusDays(10));
		assertThat(before.light()).isEqualTo(Light.RED);
	}

	private void report(MockHttpSession session, long id, LocalDate day, String light) throws Exception {
		this.mvc.perform(post("/activities/{id}/updates", id).session(session)
			.with(csrf())
			.param("writtenOn", day.toString())
			.param("light", light)
			.param("text", "Status per " + day))
			.andExpect(status().isFound());
	}

	/** The activity as the figures of the day list it: changed since long before, so listed. */
	private Snapshot shown(long area, long id, LocalDate day) {
		ActivityHistory.Figures figures = this.history.figuresOnDay(List.of(area), day, LocalDate.of(2000, 1, 1),
				null, day.minusMonths(6), Integer.MAX_VALUE, Integer.MAX_VALUE);
		return Stream.concat(figures.late().stream(), figures.changed().stream())
			.filter(activity -> activity.id() == id)
			.findFirst()
			.orElseThrow();
	}

}
