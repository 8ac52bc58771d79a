package no.avtaleportal.meeting;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import no.avtaleportal.support.BrowserTest;
import no.avtaleportal.support.LargeSet;
import no.avtaleportal.support.TestClock;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A meeting from plan to published minutes in a real browser: the secretary plans it, builds the
 * agenda, writes minutes with a decision and an action item and sends them for approval; the
 * prorector and the department director approve; a reader reads the published minutes and
 * downloads the PDF. axe checks every page on the way.
 */
class MeetingBrowserTests extends BrowserTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theDecisionRegisterSaysWhenItsMeetingFilterListsOnlyTheNewest() {
		long agreement = this.jdbc.queryForObject("select id from agreement where import_key = 'ntnu-nho-2023'", Long.class);
		LargeSet meetings = LargeSet.meetings(this.jdbc, DecisionRegister.MEETING_OPTIONS + 1);
		meetings.insert(agreement);
		try {
			logIn("prorektor");
			this.page.navigate("/decisions");
			assertThat(this.page.locator("#decisions-meeting-more")).containsText("Møtefilteret viser de 30 siste møtene");
			assertThat(this.page.getByLabel("Møte", new Page.GetByLabelOptions().setExact(true)))
				.hasAttribute("aria-describedby", "decisions-meeting-more");
			check("decision-register-meeting-filter");
			screenshots("phone-decision-register-meeting-filter");
		}
		finally {
			meetings.remove();
		}
	}

	@Test
	void aFormOfPublishedMinutesOpenedFromAnOldLinkSaysTheyHaveMovedOn() {
		long meeting = this.jdbc.queryForObject("""
				select m.id from meeting m join steering_group g on g.id = m.steering_group_id
				join agreement a on a.id = g.agreement_id
				where a.import_key = 'ntnu-nho-2023' and m.minutes_status = 'PUBLISHED' order by m.id limit 1""", Long.class);
		long item = this.jdbc.queryForObject("select id from agenda_item where meeting_id = ? order by position limit 1",
				Long.class, meeting);
		logIn("sekretaer");
		com.microsoft.playwright.Response response = this.page.navigate("/meetings/" + meeting + "/agenda/" + item + "/edit");
		assertThat(response.status()).isEqualTo(409);
		assertThat(this.page.locator("h1")).hasText("Dette kan ikke endres nå");
		assertThat(this.page.locator("main")).containsText("referatet er for eksempel sendt til godkjenning eller publisert");
		assertThat(this.page.locator("form textarea")).hasCount(0);
		check("minutes-moved-on");
	}

	@Test
	void fromPlanToPublishedMinutes() throws Exception {
		logIn("sekretaer");
		this.page.navigate("/meetings");
		assertThat(this.page.locator("h1")).hasText("Styringsgruppemøter");
		// the secretary of the demo agreement's group sees the second agreement's published minutes too
		Locator meetings = this.page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Møter, nyeste først"));
		assertThat(meetings.locator("thead")).containsText("Avtale");
		check("meeting-list-secretary");
		screenshots("phone-meeting-list-secretary");
		long agreement = this.jdbc.queryForObject("select id from agreement where import_key = 'ntnu-nho-2023'", Long.class);
		this.page.getByLabel("Avtale", new Page.GetByLabelOptions().setExact(true)).selectOption(String.valueOf(agreement));
		button("Vis").click();
		assertThat(this.page.locator("main")).containsText("Møter per kalenderår");
		assertThat(meetings.locator("thead")).not().containsText("Avtale");
		check("meeting-list-secretary-one-agreement");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kalender")).click();
		// "Lag kalenderadresse", or "Lag ny adresse" when the secretary made one before
		this.page.locator("form[action$='/calendar/token'] button").click();
		assertThat(this.page.getByLabel("Din kalenderadresse")).hasValue(Pattern.compile(".*/calendar/feed/.*\\.ics"));
		check("calendar");
		this.page.navigate("/meetings");

		button("Planlegg møte").click();
		assertThat(this.page.locator("h1")).hasText("Planlegg møte");
		button("Lagre").click();
		assertThat(this.page.locator("#error-summary")).containsText("Fyll ut sted eller videolenke.");
		check("meeting-form-errors");
		screenshots("phone-meeting-form-errors-nb");
		this.page.getByLabel("Dato").fill("2034-03-09");
		this.page.getByLabel("Klokkeslett").fill("10:00");
		this.page.getByLabel("Sted", new Page.GetByLabelOptions().setExact(true)).fill("NTNU Gløshaugen, Trondheim");
		button("Lagre").click();
		assertThat(this.page.locator("h1")).hasText("Styringsgruppemøte 09.03.2034");
		String meetingUrl = this.page.url();

		button("Ny sak").click();
		this.page.getByLabel("Sak", new Page.GetByLabelOptions().setExact(true)).fill("Eventuelt");
		button("Lagre").click();
		// deleting an agenda item asks first, and keeping it leads back to the meeting
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Slett saken: Eventuelt")).click();
		assertThat(this.page.locator("h1")).hasText("Slette saken?");
		check("agenda-item-delete");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Behold saken")).click();
		assertThat(this.page.locator("h1")).hasText("Styringsgruppemøte 09.03.2034");
		button("Ny sak").click();
		this.page.getByLabel("Sak", new Page.GetByLabelOptions().setExact(true)).fill("Status for innsatsområde A");
		this.page.getByLabel("Innleder").fill("Kari Nordmann");
		this.page.getByLabel("Planlagt tid i minutter").fill("30");
		this.page.getByLabel("Innsatsområde").selectOption(new SelectOption().setIndex(1));
		this.page.getByLabel("Aktivitet", new Page.GetByLabelOptions().setExact(true))
			.selectOption(new SelectOption().setIndex(1));
		check("agenda-item-form");
		button("Lagre").click();
		assertThat(this.page.locator(".agenda-meta a[href^='/activities/']")).hasCount(1);
		// reorder without JavaScript: the status item goes first
		button("Flytt opp: Status for innsatsområde A").click();
		// the item keeps the case number it got when it was put on the agenda
		assertThat(this.page.locator(".agenda-item h3").first())
			.hasText(Pattern.compile("^Sak \\d\\d/2034\\s+Status for innsatsområde A$"));

		button("Rediger sak og referat: Status for innsatsområde A").click();
		this.page.getByLabel("Referat fra saken").fill("NTNU orienterte om **tre nye rapporter**.\n\n- Innspill til statsbudsjettet");
		button("Lagre").click();
		button("Nytt vedtak under saken: Status for innsatsområde A").click();
		this.page.getByLabel("Vedtak").fill("Styringsgruppen tar statusrapporten til orientering.");
		check("decision-form");
		button("Lagre").click();
		button("Nytt oppfølgingspunkt under saken: Status for innsatsområde A").click();
		this.page.getByLabel("Oppfølgingspunkt").fill("Sende rapportene til NHO");
		this.page.getByLabel("Ansvarlig").fill("Kari Nordmann");
		this.page.getByLabel("Frist").fill("2034-04-01");
		check("action-form");
		screenshots("phone-action-form-nb");
		button("Lagre").click();
		assertThat(this.page.locator("main")).containsText("tre nye rapporter");

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Oppmøte")).first().click();
		this.page.getByLabel("Til stede").first().check();
		check("attendance");
		button("Lagre").click();

		// the notice (innkalling): the page says who gets it, and the meeting page that it went out
		assertThat(this.page.locator(".meeting-facts")).containsText("Ikke sendt");
		button("Send innkalling").click();
		assertThat(this.page.locator("h1")).hasText("Send innkalling");
		assertThat(this.page.locator(".notice-recipients li")).not().hasCount(0);
		check("meeting-notice");
		button("Send innkalling").click();
		assertThat(this.page.locator("h1")).hasText("Styringsgruppemøte 09.03.2034");
		assertThat(this.page.locator("main")).containsText("Innkallingen er sendt.");
		assertThat(this.page.locator(".meeting-facts")).containsText("Sendt ");
		check("meeting-notice-sent");

		// a meeting is held only once it has started: the button comes with the meeting's day
		assertThat(this.page.locator(".not-started")).hasText("Møtet kan markeres som gjennomført når det har startet.");
		TestClock.portal().at(ZonedDateTime.of(2034, 3, 9, 10, 5, 0, 0, ZoneId.of("Europe/Oslo")).toInstant(), () -> {
			this.page.reload();
			button("Marker som gjennomført").click();
			return null;
		});
		assertThat(this.page.locator(".meeting-badges")).containsText("Gjennomført");
		assertThat(button("Last ned sakspapirer (PDF)")).hasAttribute("href", java.util.regex.Pattern.compile("/meetings/\\d+/pack\\.pdf$"));
		check("meeting-draft");
		button("Send til godkjenning").click();
		assertThat(this.page.locator(".meeting-badges")).containsText("Sendt til godkjenning");
		check("meeting-submitted");

		switchTo("prorektor", meetingUrl);
		button("Godkjenn referatet").click();
		assertThat(this.page.locator("main")).containsText("Venter på godkjenning fra NHO.");
		check("meeting-approved-by-ntnu");

		switchTo("avdelingsdirektor", meetingUrl);
		button("Godkjenn referatet").click();
		assertThat(this.page.locator(".meeting-badges")).containsText("Godkjent");
		String number = this.page.locator(".decisions strong").first().textContent();
		assertThat(number).matches("\\d\\d/2034");
		check("meeting-approved");
		button("Publiser referatet").click();
		assertThat(this.page.locator(".meeting-badges")).containsText("Publisert");
		check("meeting-published-member");
		screenshots("phone-meeting-nb");
		button("Historikk").click();
		assertThat(this.page.locator("main")).containsText("Referatets status fra Godkjent til Publisert");
		check("meeting-history-member");

		switchTo("leser", meetingUrl);
		assertThat(this.page.locator("h1")).hasText("Styringsgruppemøte 09.03.2034");
		assertThat(this.page.locator("main")).containsText(number);
		assertThat(this.page.locator("main")).containsText("Sende rapportene til NHO");
		assertThat(this.page.locator("#comments")).hasCount(0);
		check("meeting-published-reader");
		button("Historikk").click();
		assertThat(this.page.locator("main")).containsText("Du ser endringene fra referatet ble publisert.");
		check("meeting-history-reader");
		this.page.navigate(meetingUrl);

		Download download = this.page.waitForDownload(
				() -> this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Referat som PDF/A")).click());
		Path pdf = Paths.get("target", "screenshots", "minutes.pdf");
		Files.createDirectories(pdf.getParent());
		download.saveAs(pdf);
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertThat(new PDFTextStripper().getText(document)).contains(number, "Sende rapportene til NHO");
			ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 80), "png",
					Paths.get("target", "screenshots", "minutes-pdf-page1.png").toFile());
		}

		this.page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hovedmeny"))
			.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Møter"))
			.click();
		check("meeting-list-reader");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vedtaksregister")).click();
		assertThat(this.page.locator("main tbody")).containsText(number);
		check("decision-register");
		this.page.navigate("/calendar");
		assertThat(this.page.locator("main")).containsText("for styringsgruppens medlemmer og sekretæren");
		assertThat(this.page.locator("form[action$='/calendar/token']")).hasCount(0);
		check("calendar-reader");
	}

	private com.microsoft.playwright.Locator button(String name) {
		return this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true))
			.or(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)))
			.first();
	}

	private void switchTo(String username, String url) {
		this.context.clearCookies();
		logIn(username);
		this.page.navigate(url);
	}

	private void check(String screenshot) {
		assertAccessible();
		screenshot(screenshot);
	}

}
