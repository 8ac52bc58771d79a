package no.avtaleportal.meeting;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SecondAgreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A personal calendar feed holds the meetings of the steering groups its owner belongs to now,
 * and nothing once they belong to none or their account is disabled; an account enabled again
 * needs a new feed (issue 13, finding 2).
 */
@PortalTest
class PersonalFeedTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private SecondAgreement second;

	@RegisterExtension
	final MeetingFixture fixture = new MeetingFixture();

	@Test
	void theFeedHoldsOnlyTheMeetingsOfTheOwnersOwnSteeringGroups() throws Exception {
		String ours = "Gloshaugen " + UUID.randomUUID();
		String theirs = "Hemmelig sted " + UUID.randomUUID();
		long own = this.fixture.plan(this.fixture.signIn("sekretaer"), "2031-02-03");
		this.fixture.send(this.fixture.signIn("sekretaer"), own, "/edit", "steeringGroupId",
				String.valueOf(this.fixture.steeringGroupId()), "date", "2031-02-03", "time", "10:00", "durationMinutes", "60",
				"place", ours);
		long other = this.fixture.plan(this.fixture.signIn("prorektor"), this.second.steeringGroupId(), "2031-02-04");
		this.fixture.send(this.fixture.signIn(SecondAgreement.SECRETARY), other, "/edit", "steeringGroupId",
				String.valueOf(this.second.steeringGroupId()), "date", "2031-02-04", "time", "10:00", "durationMinutes",
				"60", "place", theirs);

		String feed = this.mvc.perform(get(feed(this.fixture.signIn("avdelingsdirektor"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(unfolded(feed)).contains(ours).doesNotContain(theirs);
		assertThat(unfolded(this.mvc.perform(get(feed(this.fixture.signIn("prorektor")))).andReturn().getResponse()
			.getContentAsString())).contains(ours, theirs);
	}

	@Test
	void theFeedEndsWhenItsOwnerLeavesEveryGroupOrIsDisabledAndStaysEndedWhenEnabledAgain() throws Exception {
		String member = this.fixture.anotherNtnuMember();
		String path = feed(this.fixture.signIn(member));
		this.mvc.perform(get(path)).andExpect(status().isOk());

		this.jdbc.sql("update role_assignment set valid_to = current_date - 1 where person_id = (select person_id from user_account where username = :username)")
			.param("username", member)
			.update();
		this.mvc.perform(get(path)).andExpect(status().isNotFound());
		this.jdbc.sql("update role_assignment set valid_to = null where person_id = (select person_id from user_account where username = :username)")
			.param("username", member)
			.update();
		this.mvc.perform(get(path)).andExpect(status().isOk());

		this.jdbc.sql("update user_account set enabled = false where username = :username").param("username", member).update();
		this.mvc.perform(get(path)).andExpect(status().isNotFound());
		this.jdbc.sql("update user_account set enabled = true where username = :username").param("username", member).update();
		// an account enabled again needs a new feed
		this.mvc.perform(get(path)).andExpect(status().isNotFound());
		this.mvc.perform(get(feed(this.fixture.signIn(member)))).andExpect(status().isOk());
	}

	/** Makes a feed as the user and returns its path. */
	private String feed(MockHttpSession session) throws Exception {
		String url = (String) this.mvc.perform(post("/calendar/token").session(session).with(csrf()))
			.andExpect(status().isFound())
			.andReturn()
			.getFlashMap()
			.get("feedUrl");
		return url.substring(url.indexOf("/calendar/feed/"));
	}

	/** The calendar text with its folded lines joined (RFC 5545, 3.1). */
	private static String unfolded(String ics) {
		return ics.replace("\r\n ", "").replace("\n ", "");
	}

}
