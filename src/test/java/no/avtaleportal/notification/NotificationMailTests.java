package no.avtaleportal.notification;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.support.Eventually;
import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With a mail server (GreenMail, a real SMTP server on a free port), every kind of notice
 * arrives as HTML with a plain-text alternative, in the recipient's language, with its one link
 * into the portal and a signed one-click unsubscribe (RFC 8058) that works. When the server is
 * down the mail is kept with the reason and sent when it is back; a notice whose handling a stop
 * interrupted is handed to its listener again from the publication registry in PostgreSQL. This
 * class has its own portal context, since mail is part of the configuration.
 */
@PortalTest
class NotificationMailTests {

	private static final int PORT = freePort();

	private static GreenMail smtp = start();

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> PORT);
		registry.add("avtaleportal.mail.from", () -> "avtaleportal@ntnu.example");
	}

	@AfterAll
	static void stop() {
		smtp.stop();
	}

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private NotificationSettings settings;

	@Autowired
	private MailDeliveries deliveries;

	@Autowired
	private IncompleteNotices incomplete;

	@Autowired
	private MessageSource messages;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Agreements agreements;

	@Test
	void everyKindArrivesInTheRecipientsLanguageWithItsLinkAndAOneClickUnsubscribe() throws Exception {
		this.settings.chooseLanguage(account("avdelingsdirektor"), "en");
		this.jdbc.sql("delete from notification_preference where account_id in (?, ?)")
			.params(account("prorektor"), account("avdelingsdirektor"))
			.update();
		String tag = unique();
		for (NoticeKind kind : NoticeKind.values()) {
			send(Notice.toPeople(kind, List.of(person("prorektor"), person("avdelingsdirektor")), "/decisions?n=7", tag,
					"20.11.2026", "3"));
		}
		Eventually.equalTo(2 * NoticeKind.values().length, () -> mailsWith(tag).size());
		List<MimeMessage> mails = mailsWith(tag);
		for (NoticeKind kind : NoticeKind.values()) {
			for (String username : List.of("prorektor", "avdelingsdirektor")) {
				Locale language = username.equals("prorektor") ? Locale.forLanguageTag("nb") : Locale.ENGLISH;
				String subject = this.messages.getMessage("notification.kind." + kind + ".subject",
						new Object[] { tag, "20.11.2026", "3" }, language);
				MimeMessage mail = mails.stream()
					.filter(received -> subjectOf(received).equals(subject) && to(received).equals(username + "@example.org"))
					.findFirst()
					.orElseThrow(() -> new AssertionError(kind + " to " + username + ": no mail \"" + subject + "\""));
				assertThat(mail.getFrom()[0].toString()).isEqualTo("avtaleportal@ntnu.example");
				assertThat(mail.getHeader("Content-Language")[0]).isEqualTo(language.getLanguage());
				String text = part(mail, "text/plain");
				String html = part(mail, "text/html");
				String action = this.messages.getMessage("notification.kind." + kind + ".action",
						new Object[] { tag, "20.11.2026", "3" }, language);
				assertThat(text).contains(action + ":\nhttp://localhost:", "/decisions?n=7");
				assertThat(html).contains("lang=\"" + language.getLanguage() + "\"", "/decisions?n=7\"", ">" + action + "</a>");
				String unsubscribe = mail.getHeader("List-Unsubscribe")[0];
				assertThat(unsubscribe).matches("<http://localhost:\\d+/unsubscribe\\?account=" + account(username)
						+ "&kind=" + kind + "&signature=[0-9a-f]{64}>");
				assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
			}
		}

		// the one-click POST a mail program sends, without a session or CSRF token: no more mail of that kind
		MimeMessage due = mails.stream()
			.filter(mail -> to(mail).equals("prorektor@example.org") && subjectOf(mail).startsWith("Frist om en uke"))
			.findFirst()
			.orElseThrow();
		String link = due.getHeader("List-Unsubscribe")[0].replaceAll("^<http://localhost:\\d+|>$", "");
		this.mvc.perform(post(link).param("List-Unsubscribe", "One-Click")).andExpect(status().isOk());
		String after = unique();
		send(Notice.toPeople(NoticeKind.ACTION_ITEM_DUE, List.of(person("prorektor")), "/decisions?n=7", after, "1.1.2027"));
		send(Notice.toPeople(NoticeKind.ACTION_ITEM_OVERDUE, List.of(person("prorektor")), "/decisions?n=7", after, "1.1.2027", "x"));
		Eventually.equalTo(1, () -> mailsWith(after).size());
		assertThat(subjectOf(mailsWith(after).get(0))).startsWith("Over fristen");
		this.jdbc.sql("delete from notification_preference where account_id = ?").param(account("prorektor")).update();
		this.jdbc.sql("delete from notification_language where account_id = ?").param(account("avdelingsdirektor")).update();
	}

	@Test
	void aMeetingNoticeCarriesItsAgendaAndCalendarInvitation() throws Exception {
		String tag = unique();
		byte[] ics = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
		send(Notice.toPeople(NoticeKind.MEETING_NOTICE, List.of(person("sekretaer")), "/decisions?n=8", tag, "20.11.2026", "13.00")
			.withDetails(List.of("01/2026 Åpning", "02/2026 Status"))
			.withAttachment("innkalling.ics", "text/calendar; method=REQUEST; charset=UTF-8", ics));
		Eventually.equalTo(1, () -> mailsWith(tag).size());
		MimeMessage mail = mailsWith(tag).get(0);
		assertThat(part(mail, "text/plain")).contains("- 01/2026 Åpning\n- 02/2026 Status");
		assertThat(part(mail, "text/html")).contains("<li>01/2026 Åpning</li>");
		BodyPart invitation = attachment(mail);
		assertThat(invitation.getFileName()).isEqualTo("innkalling.ics");
		assertThat(invitation.getContentType()).startsWith("text/calendar");
		assertThat(new String(invitation.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).contains("METHOD:REQUEST");
	}

	/**
	 * The meeting notice as the secretary sends it from the meeting page: each member, the
	 * secretary (and guests with an account) get it in their language with the agenda and a
	 * calendar REQUEST that ical4j reads; cancelling the meeting sends a CANCEL of the same UID.
	 */
	@Test
	void theSecretarysMeetingNoticeArrivesWithACalendarRequestAndTheCancellationWithACancel() throws Exception {
		this.settings.chooseLanguage(account("avdelingsdirektor"), "en");
		MockHttpSession secretary = SignIn.as(this.mvc, "sekretaer");
		String location = this.mvc.perform(post("/meetings/new").session(secretary)
			.with(csrf())
			.param("steeringGroupId", String.valueOf(this.agreements.steeringGroups().get(0).id()))
			.param("date", "2031-05-13")
			.param("time", "09:30")
			.param("durationMinutes", "90")
			.param("place", "NHO, Middelthuns gate 27, Oslo")
			.param("version", "0")).andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		try {
			this.mvc.perform(post("/meetings/" + id + "/agenda/new").session(secretary)
				.with(csrf())
				.param("version", String.valueOf(version(id)))
				.param("title", "Innkallingens sak")).andExpect(status().isFound());
			this.mvc.perform(post("/meetings/" + id + "/notice").session(secretary)
				.with(csrf())
				.param("version", String.valueOf(version(id)))).andExpect(status().isFound());
			List<String> addresses = List.of("sekretaer@example.org", "prorektor@example.org", "avdelingsdirektor@example.org");
			Eventually.equalTo(true, () -> mailsWith("13.05.2031").stream().map(NotificationMailTests::to).toList()
				.containsAll(addresses));
			MimeMessage english = mailsWith("13.05.2031").stream()
				.filter(mail -> to(mail).equals("avdelingsdirektor@example.org"))
				.findFirst()
				.orElseThrow();
			assertThat(subjectOf(english)).isEqualTo("Meeting notice: steering group meeting 13.05.2031 at 09.30");
			assertThat(part(english, "text/plain")).contains("Agenda:\n- ", "Innkallingens sak", "/meetings/" + id + "\n");
			MimeMessage norwegian = mailsWith("13.05.2031").stream()
				.filter(mail -> to(mail).equals("prorektor@example.org"))
				.findFirst()
				.orElseThrow();
			assertThat(subjectOf(norwegian)).isEqualTo("Innkalling: styringsgruppemøte 13.05.2031 kl. 09.30");
			assertThat(part(norwegian, "text/html")).contains(">Saksliste</h2>", "Innkallingens sak",
					"/meetings/" + id + "\"");
			List<BodyPart> files = attachments(norwegian);
			assertThat(files).hasSize(2);
			BodyPart invitation = files.get(0);
			assertThat(invitation.getContentType()).startsWith("text/calendar").contains("method=REQUEST");
			BodyPart pack = files.get(1);
			assertThat(pack.getFileName()).isEqualTo("sakspapirer-2031-05-13.pdf");
			try (PDDocument document = Loader.loadPDF(pack.getInputStream().readAllBytes())) {
				String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
				assertThat(xmp).as("the meeting pack is PDF/A").containsPattern("pdfaid:part[>=\"']+2");
				assertThat(new PDFTextStripper().getText(document)).contains("Innkallingens sak");
			}
			Calendar request = new CalendarBuilder().build(invitation.getInputStream());
			assertThat(request.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
			VEvent event = request.<VEvent>getComponent(Component.VEVENT).orElseThrow();
			String uid = this.jdbc.sql("select calendar_uid from meeting where id = ?").param(id).query(String.class).single();
			assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo(uid);
			assertThat(event.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("0");
			assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20310513T093000");
			assertThat(event.getProperty(Property.ORGANIZER).orElseThrow().getValue())
				.isEqualTo("mailto:avtaleportal@ntnu.example");
			assertThat(event.getProperties(Property.ATTENDEE).stream().map(attendee -> attendee.getValue()).toList())
				.containsAll(addresses.stream().map(address -> "mailto:" + address).toList());

			this.mvc.perform(post("/meetings/" + id + "/cancel").session(secretary)
				.with(csrf())
				.param("version", String.valueOf(version(id)))
				.param("text", "Styreleder er forhindret")).andExpect(status().isFound());
			Eventually.equalTo(true, () -> mailsWith("Avlyst: styringsgruppemøte 13.05.2031").stream()
				.anyMatch(mail -> to(mail).equals("prorektor@example.org")));
			MimeMessage cancellation = mailsWith("Avlyst: styringsgruppemøte 13.05.2031").get(0);
			assertThat(part(cancellation, "text/plain")).contains("Styreleder er forhindret");
			Calendar cancel = new CalendarBuilder().build(attachment(cancellation).getInputStream());
			assertThat(cancel.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
			VEvent cancelled = cancel.<VEvent>getComponent(Component.VEVENT).orElseThrow();
			assertThat(cancelled.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo(uid);
			assertThat(cancelled.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("1");
		}
		finally {
			this.jdbc.sql("delete from notification_delivery where kind like 'MEETING_%' and subject like '%13.05.2031%'").update();
			this.jdbc.sql("delete from notification_notice where path = ?").param("/meetings/" + id).update();
			this.jdbc.sql("delete from notification_language where account_id = ?").param(account("avdelingsdirektor")).update();
		}
	}

	private long version(long meetingId) {
		return this.jdbc.sql("select version from meeting where id = ?").param(meetingId).query(Long.class).single();
	}

	@Test
	void whenTheMailServerIsDownTheMailIsKeptWithTheReasonAndSentWhenItIsBack() throws Exception {
		String tag = unique();
		smtp.stop();
		try {
			send(Notice.toPeople(NoticeKind.MINUTES_SUBMITTED, List.of(person("prorektor")), "/decisions?n=9", tag));
			Eventually.equalTo("FAILED", () -> deliveryStatus(tag));
			String reason = this.jdbc.sql("select reason from notification_delivery where subject like ?")
				.param("%" + tag + "%")
				.query(String.class)
				.single();
			assertThat(reason).isNotBlank();
			String outbox = this.mvc.perform(get("/admin/outbox").session(SignIn.as(this.mvc, "admin")))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(outbox).contains(tag, "Feilet");
		}
		finally {
			smtp = start();
		}
		this.deliveries.sendPending();
		Eventually.equalTo(1, () -> mailsWith(tag).size());
		assertThat(deliveryStatus(tag)).isEqualTo("SENT");
	}

	@Test
	void aNoticeWhoseHandlingAStopInterruptedIsHandledFromTheRegistry() {
		String tag = unique();
		// what the registry held when the portal stopped: the notice published, its listener not yet done
		Map<String, Object> publication = this.transactions.execute(status -> {
			this.events.publishEvent(
					Notice.toPeople(NoticeKind.MINUTES_PUBLISHED, List.of(person("avdelingsdirektor")), "/decisions?n=10", tag));
			Map<String, Object> row = this.jdbc
				.sql("select id, listener_id, event_type, serialized_event from event_publication where serialized_event like ?")
				.param("%" + tag + "%")
				.query()
				.singleRow();
			status.setRollbackOnly();
			return row;
		});
		this.jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status, completion_attempts)
				values (?, ?, ?, ?, ?, 'PUBLISHED', 0)""")
			.params(publication.get("id"), publication.get("listener_id"), publication.get("event_type"),
					publication.get("serialized_event"), Timestamp.from(Instant.now().minus(10, ChronoUnit.MINUTES)))
			.update();
		assertThat(mailsWith(tag)).isEmpty();

		this.incomplete.resubmit();
		Eventually.equalTo(1, () -> mailsWith(tag).size());
		Eventually.equalTo(0L, () -> this.jdbc.sql("select count(*) from event_publication where serialized_event like ? and completion_date is null")
			.param("%" + tag + "%")
			.query(Long.class)
			.single());
	}

	private void send(Notice notice) {
		this.transactions.executeWithoutResult(status -> this.events.publishEvent(notice));
	}

	private static List<MimeMessage> mailsWith(String tag) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> subjectOf(mail).contains(tag)).toList();
	}

	private static String subjectOf(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String to(MimeMessage mail) {
		try {
			return mail.getAllRecipients()[0].toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The text of the first part of the type, however deep the multiparts nest. */
	private static String part(Part part, String type) throws Exception {
		if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			return ((String) part.getContent()).replace("\r\n", "\n");
		}
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				String text = part(multipart.getBodyPart(i), type);
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}

	private static BodyPart attachment(MimeMessage mail) throws Exception {
		List<BodyPart> found = attachments(mail);
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	private static List<BodyPart> attachments(MimeMessage mail) throws Exception {
		List<BodyPart> found = new ArrayList<>();
		collectAttachments((Multipart) mail.getContent(), found);
		return found;
	}

	private static void collectAttachments(Multipart multipart, List<BodyPart> found) throws Exception {
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart part = multipart.getBodyPart(i);
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				found.add(part);
			}
			else if (part.isMimeType("multipart/*")) {
				collectAttachments((Multipart) part.getContent(), found);
			}
		}
	}

	private String deliveryStatus(String tag) {
		return this.jdbc.sql("select status from notification_delivery where subject like ?")
			.param("%" + tag + "%")
			.query(String.class)
			.optional()
			.orElse("");
	}

	private long account(String username) {
		return this.jdbc.sql("select id from user_account where username = ?").param(username).query(Long.class).single();
	}

	private long person(String username) {
		return this.jdbc.sql("select person_id from user_account where username = ?")
			.param(username)
			.query(Long.class)
			.single();
	}

	private static String unique() {
		return "M" + UUID.randomUUID().toString().substring(0, 8);
	}

	private static GreenMail start() {
		GreenMail server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
		return server;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
