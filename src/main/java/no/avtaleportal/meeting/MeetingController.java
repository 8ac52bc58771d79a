package no.avtaleportal.meeting;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import no.avtaleportal.account.AccessRules;
import no.avtaleportal.account.Role;
import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.audit.History;
import no.avtaleportal.web.Formats;
import no.avtaleportal.web.PdfDocuments;

/**
 * Reading meetings: the list with the yearly rhythm, the meeting page, its history, its calendar
 * file, the minutes and the meeting pack as PDF/A; and who may reach the meeting pages at all. Planning is
 * {@link MeetingPlanningController}, the agenda and minutes have controllers of their own.
 */
@Controller
class MeetingController {

	private final MeetingPages pages;

	private final MeetingCalendar calendar;

	private final PdfDocuments pdfs;

	private final History history;

	private final MessageSource messages;

	private final MeetingPack pack;

	MeetingController(MeetingPages pages, MeetingCalendar calendar, PdfDocuments pdfs, History history,
			MessageSource messages, MeetingPack pack) {
		this.pack = pack;
		this.history = history;
		this.messages = messages;
		this.pages = pages;
		this.calendar = calendar;
		this.pdfs = pdfs;
	}

	@Bean
	static AccessRules meetingAccess() {
		// Changes to meetings are for members and the secretary; the owner of an action item marks
		// it done too. Others are refused here, before their form is read (a malformed one is a 400
		// only to those who may send it). Each action checks the group itself, as reading the
		// meeting's pack (/meetings/{id}/pack.pdf) does.
		return requests -> requests.requestMatchers(HttpMethod.GET, "/calendar/feed/**")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/meetings/*/actions/*/done")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/meetings/**")
			.hasAnyRole(Role.STEERING_GROUP.name(), Role.SECRETARY.name())
			.requestMatchers("/meetings", "/meetings/**", "/decisions", "/calendar", "/calendar/**")
			.authenticated();
	}

	/**
	 * Meetings on a page of the list, of all the steering groups the user follows together, as the
	 * other lists: the page stays the same size however many agreements the user follows. Those
	 * who follow several choose one agreement to see its group's alone, with its rhythm.
	 */
	static final int PAGE_SIZE = 25;

	@GetMapping("/meetings")
	String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) Long agreement,
			@RequestParam(defaultValue = "0") int page, Model model) {
		int shown = Math.max(page, 0);
		MeetingPages.MeetingList list = this.pages.list(user, agreement, shown, PAGE_SIZE);
		model.addAttribute("list", list);
		model.addAttribute("agreement", agreement);
		model.addAttribute("canPlan", list.followed().stream().anyMatch(Membership::isInsider));
		String filter = (agreement != null) ? "agreement=" + agreement + "&" : "";
		model.addAttribute("earlierUrl", list.hasEarlier() ? "/meetings?" + filter + "page=" + (shown + 1) : null);
		model.addAttribute("laterUrl", (shown > 0) ? "/meetings?" + filter + "page=" + (shown - 1) : null);
		return "meeting/list";
	}

	@GetMapping("/meetings/{id}")
	String show(@PathVariable long id, @RequestParam(name = "carried", required = false) Integer carriedPage,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		return MeetingViews.show(model, this.pages, id, user, carriedPage);
	}

	/**
	 * Every saved change of the meeting and its agenda, attendance, notes, decisions and action
	 * items, also of those since removed. Those who may not see drafts see it only from the
	 * publication of the minutes on; before that, it is a 404 to them like the draft itself.
	 */
	@GetMapping("/meetings/{id}/history")
	String history(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
			@RequestParam(name = "page", required = false) Integer historyPage, Model model, Locale locale) {
		MeetingPages.Loaded loaded = this.pages.load(id, user);
		boolean insider = loaded.membership().isInsider();
		History.Names topics = this.pages.topicNames(loaded.membership(), id);
		// the meeting's own changes from the publication of its minutes on, to those who see only them
		History.Since meeting = this.history.since(Meeting.class, id, History.Names.NONE,
				version -> insider || version.getMinutesStatus() == MinutesStatus.PUBLISHED);
		List<History.Entry> entries = History.merge(meeting.entries(),
				this.history.ofParts(AgendaItem.class, "meeting", id, "title", topics),
				this.history.ofParts(Attendee.class, "meeting", id, "name", topics),
				this.history.ofParts(Decision.class, "meeting", id, "text", topics),
				this.history.ofParts(ActionItem.class, "meeting", id, "text", topics));
		if (!insider) {
			entries = entries.stream().filter(entry -> entry.revision() >= meeting.revision()).toList();
			model.addAttribute("historyNote", "meeting.history.fromPublication");
		}
		String subject = this.messages.getMessage("meeting.title",
				new Object[] { Formats.date(loaded.meeting().getStartsAt().toLocalDate()) },
				locale);
		return this.history.page(model, historyPage, entries, subject, "/meetings/" + id);
	}

	@GetMapping("/meetings/{id}/meeting.ics")
	@Transactional(readOnly = true)
	ResponseEntity<String> ics(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Locale locale) {
		Meeting meeting = this.pages.load(id, user).meeting();
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"meeting-" + id + ".ics\"")
			.contentType(MediaType.parseMediaType(MeetingCalendar.MEDIA_TYPE))
			.body(this.calendar.render(List.of(meeting), locale));
	}

	@GetMapping("/meetings/{id}/minutes.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Locale locale) {
		MeetingPage page = this.pages.page(id, user);
		if (!page.isApprovedOrPublished()) {
			throw new no.avtaleportal.web.NotFoundException("minutes of meeting " + id);
		}
		byte[] pdf = this.pdfs.render("meeting/minutes-pdf", Map.of("page", page, "styles", PdfDocuments.PLAIN_STYLES), locale);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"referat-" + id + ".pdf\"")
			.contentType(MediaType.APPLICATION_PDF)
			.body(pdf);
	}

	/** The meeting pack (sakspapirer) of a planned or held meeting, for its steering group. */
	@GetMapping("/meetings/{id}/pack.pdf")
	ResponseEntity<byte[]> pack(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Locale locale) {
		MeetingPack.Pdf pdf = this.pack.pdf(id, user, locale);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(pdf.fileName()).build().toString())
			.contentType(MediaType.APPLICATION_PDF)
			.body(pdf.content());
	}

}
