package no.avtaleportal.meeting;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import no.avtaleportal.support.CalendarFiles;
import no.avtaleportal.support.Eventually;
import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SecondAgreement;
import no.avtaleportal.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The meeting notice (innkalling) without a mail server: the secretary sends it from the meeting
 * page to the members, the secretary and the guests with an account; the outbox shows each mail
 * with its agenda, papers and the calendar REQUEST (stable UID, SEQUENCE, one ATTENDEE a mail
 * address); a moved meeting says its notice is out of date and sends an update with a raised
 * SEQUENCE; cancelling sends METHOD:CANCEL at once. Only the steering group sends it, and "Mine
 * oppgaver" asks the secretary for it in the four weeks before the meeting.
 * {@code NotificationMailTests} receives the same mail over SMTP.
 */
@PortalTest
class MeetingInvitationTests {

	private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private SecondAgreement secondAgreement;

	@RegisterExtension
	final MeetingFixture fixture = new MeetingFixture();

	private long meetingId;

	@AfterEach
	void removeTheMails() {
		this.jdbc.sql("delete from notification_delivery where kind like 'MEETING_%' and subject like '%.2031%'").update();
		this.jdbc.sql("delete from notification_notice where path = :path")
			.param("path", "/meetings/" + this.meetingId)
			.update();
	}

	@Test
	void theSecretarySendsTheNoticeAnUpdateAfterAMoveAndTheCancellation() throws Exception {
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		this.meetingId = this.fixture.plan(secretary, "2031-03-11");
		long id = this.meetingId;
		this.fixture.addItem(secretary, id, "Status for fokusområdene");
		String caseNumber = this.jdbc.sql("select case_number from agenda_item where meeting_id = :id")
			.param("id", id)
			.query(String.class)
			.single();

		// the page offers the notice; "Mine oppgaver" asks for it four weeks ahead, not before
		assertThat(page(secretary, "/meetings/" + id)).contains("Ikke sendt", "/meetings/" + id + "/notice\"",
				"Send innkalling");
		assertThat(tasksOn(secretary, "2031-02-01")).doesNotContain("/meetings/" + id + "/notice");
		assertThat(tasksOn(secretary, "2031-02-20")).contains("/meetings/" + id + "/notice", "møtet 11.03.2031");
		assertThat(tasksOn(this.fixture.signIn("prorektor"), "2031-02-20")).doesNotContain("/meetings/" + id + "/notice");
		String confirm = page(secretary, "/meetings/" + id + "/notice");
		assertThat(confirm).contains("Send innkalling", "name=\"version\"");
		for (String name : displayNames("sekretaer", "prorektor", "avdelingsdirektor")) {
			assertThat(confirm).contains(name);
		}

		this.fixture.send(secretary, id, "/notice").andExpect(status().isFound());
		awaitHandled();
		List<Mail> first = mails("MEETING_NOTICE");
		List<String> emails = emails("sekretaer", "prorektor", "avdelingsdirektor");
		assertThat(first).extracting(Mail::recipient).containsAll(emails);
		Mail mail = first.get(0);
		assertThat(mail.status()).isEqualTo("HELD");
		assertThat(mail.subject()).isEqualTo("Innkalling: styringsgruppemøte 11.03.2031 kl. 10.00");
		assertThat(mail.text()).contains("11.03.2031 kl. 10.00–12.00", "Gløshaugen, Trondheim", "Saksliste:\n- " + caseNumber
				+ " Status for fokusområdene", "/meetings/" + id);
		assertThat(mail.html()).contains("<h2", ">Saksliste</h2>", caseNumber + " Status for fokusområdene");
		Calendar request = calendar(mail.ics());
		assertThat(CalendarFiles.problems(mail.ics())).isEmpty();
		assertThat(request.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
		VEvent event = request.<VEvent>getComponent(Component.VEVENT).orElseThrow();
		String uid = this.jdbc.sql("select calendar_uid from meeting where id = :id").param("id", id).query(String.class).single();
		assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo(uid);
		int sequence = Integer.parseInt(event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
		assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20310311T100000");
		List<String> attendees = event.getProperties(Property.ATTENDEE).stream().map(p -> p.getValue()).toList();
		assertThat(attendees).doesNotHaveDuplicates()
			.containsAll(emails.stream().map(email -> "mailto:" + email).toList())
			.hasSize(first.size());
		assertThat(event.getProperty(Property.ORGANIZER).orElseThrow().getValue()).startsWith("mailto:");
		assertThat(page(secretary, "/meetings/" + id)).contains("Sendt ").doesNotContain("/meetings/" + id + "/notice\"");
		assertThat(tasksOn(secretary, "2031-02-20")).doesNotContain("/meetings/" + id + "/notice");
		assertThat(page(this.fixture.signIn("admin"), "/admin/outbox")).contains(mail.subject());

		// moved: the page and the task list say the notice is out of date; the update raises the SEQUENCE
		this.fixture.send(secretary, id, "/edit", "steeringGroupId", String.valueOf(this.fixture.steeringGroupId()), "date", "2031-03-12", "time", "13:00", "durationMinutes", "120", "place",
				"Gløshaugen, Trondheim").andExpect(status().isFound());
		assertThat(page(secretary, "/meetings/" + id)).contains("innkallingen er utdatert", "Send oppdatert innkalling");
		assertThat(tasksOn(secretary, "2031-02-20")).contains("Send oppdatert innkalling til møtet 12.03.2031");
		this.fixture.send(secretary, id, "/notice").andExpect(status().isFound());
		awaitHandled();
		Mail update = mails("MEETING_NOTICE_UPDATED").get(0);
		assertThat(update.subject()).isEqualTo("Oppdatert innkalling: styringsgruppemøte 12.03.2031 kl. 13.00");
		VEvent moved = calendar(update.ics()).<VEvent>getComponent(Component.VEVENT).orElseThrow();
		assertThat(moved.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo(uid);
		assertThat(Integer.parseInt(moved.getProperty(Property.SEQUENCE).orElseThrow().getValue())).isGreaterThan(sequence);
		assertThat(moved.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20310312T130000");

		// cancelled: the same people get METHOD:CANCEL at once, with a higher SEQUENCE still
		assertThat(page(secretary, "/meetings/" + id + "/cancel")).contains("Innkallingen er sendt.");
		this.fixture.send(secretary, id, "/cancel", "text", "Flyttes til høsten").andExpect(status().isFound());
		awaitHandled();
		Mail cancellation = mails("MEETING_CANCELLED").get(0);
		assertThat(cancellation.text()).contains("Flyttes til høsten");
		Calendar cancel = calendar(cancellation.ics());
		assertThat(CalendarFiles.problems(cancellation.ics())).isEmpty();
		assertThat(cancel.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
		VEvent cancelled = cancel.<VEvent>getComponent(Component.VEVENT).orElseThrow();
		assertThat(cancelled.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo(uid);
		assertThat(cancelled.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
		assertThat(Integer.parseInt(cancelled.getProperty(Property.SEQUENCE).orElseThrow().getValue()))
			.isGreaterThan(Integer.parseInt(moved.getProperty(Property.SEQUENCE).orElseThrow().getValue()));
		assertThat(cancelled.getProperties(Property.ATTENDEE)).hasSize(attendees.size());
		assertThat(page(secretary, "/meetings/" + id)).contains("Avlysningen ble sendt til de innkalte");
	}

	@Test
	void onlyTheSteeringGroupSendsTheNotice() throws Exception {
		this.secondAgreement.load();
		MockHttpSession secretary = this.fixture.signIn("sekretaer");
		this.meetingId = this.fixture.plan(secretary, "2031-04-08");
		long id = this.meetingId;
		for (String outsider : List.of("leser", "ntnu")) {
			MockHttpSession session = this.fixture.signIn(outsider);
			this.fixture.send(session, id, "/notice").andExpect(status().isForbidden());
			this.mvc.perform(get("/meetings/" + id + "/notice").session(session)).andExpect(status().isNotFound());
		}
		MockHttpSession other = this.fixture.signIn(SecondAgreement.SECRETARY);
		this.fixture.send(other, id, "/notice").andExpect(status().isNotFound());
		this.mvc.perform(get("/meetings/" + id + "/notice").session(other)).andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("select notice_sent_at is null from meeting where id = :id")
			.param("id", id)
			.query(Boolean.class)
			.single()).isTrue();

		// a stale page (the meeting changed since) is the conflict page, and nothing is sent
		long opened = this.fixture.version(id);
		this.fixture.addItem(secretary, id, "Ny sak");
		this.mvc.perform(post("/meetings/" + id + "/notice").session(secretary).with(csrf()).param("version", String.valueOf(opened)))
			.andExpect(status().isConflict());
		// a member may send it too: the steering group plans the meeting together
		this.fixture.send(this.fixture.signIn("prorektor"), id, "/notice").andExpect(status().isFound());
		awaitHandled();
		assertThat(mails("MEETING_NOTICE")).isNotEmpty();
		this.mvc.perform(get("/meetings/" + id + "/notice").session(secretary)).andExpect(status().isFound());
		this.fixture.send(secretary, id, "/cancel", "text", "Rydder etter testen").andExpect(status().isFound());
		awaitHandled();
	}

	private String page(MockHttpSession session, String path) throws Exception {
		return this.mvc.perform(get(path).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String tasksOn(MockHttpSession session, String day) throws Exception {
		Instant at = LocalDateTime.parse(day + "T09:00").atZone(OSLO).toInstant();
		return TestClock.portal().at(at, () -> page(session, "/tasks"));
	}

	private List<String> displayNames(String... usernames) {
		return this.jdbc.sql("select display_name from user_account where username in (:names)")
			.param("names", List.of(usernames))
			.query(String.class)
			.list();
	}

	private List<String> emails(String... usernames) {
		return this.jdbc.sql("select email from user_account where username in (:names) and email is not null")
			.param("names", List.of(usernames))
			.query(String.class)
			.list();
	}

	/** The mails of the kind about this test's meeting, each with its calendar file. */
	private List<Mail> mails(String kind) {
		return this.jdbc.sql("""
				select d.recipient, d.status, d.subject, d.text_body, d.html_body, a.content
				from notification_delivery d join notification_attachment a on a.delivery_id = d.id
				where d.kind = :kind and d.text_body like :path and a.filename like '%.ics'
				order by d.id""")
			.param("kind", kind)
			.param("path", "%/meetings/" + this.meetingId + "\n%")
			.query((rs, row) -> new Mail(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), new String(rs.getBytes(6), StandardCharsets.UTF_8)))
			.list();
	}

	private static Calendar calendar(String ics) throws Exception {
		return new CalendarBuilder().build(new StringReader(ics));
	}

	private void awaitHandled() {
		Eventually.equalTo(0L, () -> this.jdbc.sql("select count(*) from event_publication where completion_date is null")
			.query(Long.class)
			.single());
	}

	record Mail(String recipient, String status, String subject, String text, String html, String ics) {
	}

}
