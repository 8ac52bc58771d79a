package no.avtaleportal.meeting;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.avtaleportal.account.AccessRules;
import no.avtaleportal.account.Role;
import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.agreement.AgreementTerms;
import no.avtaleportal.audit.History;
import no.avtaleportal.web.SelectOption;
import no.avtaleportal.web.Formats;
import no.avtaleportal.web.PdfDocuments;
import no.avtaleportal.web.Flash;

/**
 * The meetings list with the yearly rhythm, planning a meeting (from scratch or from the previous
 * one), moving and cancelling it, marking it held, the meeting page, its calendar file and the
 * minutes as PDF/A. What a user may do is checked here on the server, whatever the page offered.
 */
@Controller
class MeetingController {

	static final String FLASH = Flash.MESSAGE;

	/** A flash message key saying why a step was not taken. */
	static final String FLASH_ERROR = Flash.ERROR;


	private final MeetingPages pages;

	private final MeetingRepository meetings;

	private final SteeringGroupAccess access;

	private final MeetingCalendar calendar;

	private final PdfDocuments pdfs;

	private final History history;

	private final MessageSource messages;

	private final AgreementTerms terms;

	MeetingController(MeetingPages pages, MeetingRepository meetings, SteeringGroupAccess access,
			MeetingCalendar calendar, PdfDocuments pdfs, History history, MessageSource messages, AgreementTerms terms) {
		this.terms = terms;
		this.history = history;
		this.messages = messages;
		this.pages = pages;
		this.meetings = meetings;
		this.access = access;
		this.calendar = calendar;
		this.pdfs = pdfs;
	}

	@Bean
	static AccessRules meetingAccess() {
		// Changes to meetings are for members and the secretary; the owner of an action item marks
		// it done too. Others are refused here, before their form is read (a malformed one is a 400
		// only to those who may send it). Each action checks the group itself.
		return requests -> requests.requestMatchers(HttpMethod.GET, "/calendar/feed/**")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/meetings/*/actions/*/done")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/meetings/**")
			.hasAnyRole(Role.STEERING_GROUP.name(), Role.SECRETARY.name())
			.requestMatchers("/meetings", "/meetings/**", "/decisions", "/calendar", "/calendar/**")
			.authenticated();
	}

	@GetMapping("/meetings")
	String list(@AuthenticationPrincipal SignedInUser user, Model model) {
		List<MeetingPages.GroupMeetings> groups = this.pages.list(user);
		model.addAttribute("groups", groups);
		model.addAttribute("canPlan", groups.stream().anyMatch(group -> group.membership().isInsider()));
		return "meeting/list";
	}

	// ---- planning

	@GetMapping("/meetings/new")
	@Transactional(readOnly = true)
	String newMeeting(@RequestParam(name = "from", required = false) Long fromId,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		MeetingForm form = new MeetingForm();
		form.setDurationMinutes(120);
		form.setTime(LocalTime.of(10, 0));
		List<Membership> groups = insiderGroups(user);
		if (fromId != null) {
			Meeting previous = this.pages.insider(fromId, user);
			form.setFromMeetingId(previous.getId());
			form.setSteeringGroupId(previous.getSteeringGroupId());
			form.setDurationMinutes(previous.getDurationMinutes());
			form.setTime(previous.getStartsAt().toLocalTime());
			form.setPlace(previous.getPlace());
			form.setVideoLink(previous.getVideoLink());
			model.addAttribute("previous", previous);
		}
		else if (groups.size() == 1) {
			form.setSteeringGroupId(groups.get(0).group().id());
		}
		model.addAttribute("form", form);
		return meetingForm(model, groups, null);
	}

	@PostMapping("/meetings/new")
	@Transactional
	String createMeeting(@Valid @ModelAttribute("form") MeetingForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		List<Membership> groups = insiderGroups(user);
		Membership membership = groups.stream()
			.filter(candidate -> form.getSteeringGroupId() != null
					&& candidate.group().id() == form.getSteeringGroupId())
			.findFirst()
			.orElse(null);
		if (membership == null && form.getSteeringGroupId() != null) {
			throw new AccessDeniedException("not a member of steering group " + form.getSteeringGroupId());
		}
		Meeting previous = (form.getFromMeetingId() != null) ? this.pages.insider(form.getFromMeetingId(), user)
				: null;
		checkMeeting(form, result);
		if (membership != null) {
			this.terms.ofSteeringGroup(membership.group().id()).check(result, "date", form.getDate());
		}
		if (result.hasErrors()) {
			model.addAttribute("previous", previous);
			return meetingForm(model, groups, null);
		}
		Meeting meeting = new Meeting(membership.group().id(), startsAt(form), form.getDurationMinutes(), form.getPlace(),
				form.getVideoLink());
		this.access.invite(meeting, membership.group());
		if (previous != null) {
			previous.getAgenda()
				.forEach(item -> meeting.addAgendaItem(item.getTitle(), item.getPresenter(), item.getPlannedMinutes(),
						item.getTopics()));
		}
		this.meetings.save(meeting);
		this.pages.numberCases(meeting);
		redirect.addFlashAttribute(FLASH, "meeting.saved");
		return "redirect:/meetings/" + meeting.getId();
	}

	@GetMapping("/meetings/{id}/edit")
	@Transactional(readOnly = true)
	String editMeeting(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		MeetingPages.Loaded loaded = this.pages.load(id, user);
		Meeting meeting = MeetingPages.insider(loaded);
		MeetingForm form = new MeetingForm();
		form.setSteeringGroupId(meeting.getSteeringGroupId());
		form.setDate(meeting.getStartsAt().toLocalDate());
		form.setTime(meeting.getStartsAt().toLocalTime());
		form.setDurationMinutes(meeting.getDurationMinutes());
		form.setPlace(meeting.getPlace());
		form.setVideoLink(meeting.getVideoLink());
		form.setVersion(meeting.getVersion());
		model.addAttribute("form", form);
		return meetingForm(model, List.of(loaded.membership()), meeting);
	}

	@PostMapping("/meetings/{id}/edit")
	@Transactional
	String updateMeeting(@PathVariable long id, @Valid @ModelAttribute("form") MeetingForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		MeetingPages.Loaded loaded = this.pages.load(id, user);
		Meeting meeting = MeetingPages.editable(loaded, form.getVersion());
		checkMeeting(form, result);
		this.terms.ofSteeringGroup(meeting.getSteeringGroupId()).check(result, "date", form.getDate());
		if (result.hasErrors()) {
			return meetingForm(model, List.of(loaded.membership()), meeting);
		}
		meeting.reschedule(startsAt(form), form.getDurationMinutes(), form.getPlace(), form.getVideoLink());
		this.pages.changed(meeting);
		redirect.addFlashAttribute(FLASH, "meeting.saved");
		return "redirect:/meetings/" + id;
	}

	/** Marks the meeting held, once it has started; before that the page says why not. */
	@PostMapping("/meetings/{id}/held")
	@Transactional
	String markHeld(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		Meeting meeting = MeetingPages.editable(this.pages.load(id, user), version);
		try {
			meeting.markHeld(this.pages.now());
		}
		catch (MeetingRuleException ex) {
			redirect.addFlashAttribute(FLASH_ERROR, ex.getMessageKey());
			return "redirect:/meetings/" + id;
		}
		this.pages.changed(meeting);
		redirect.addFlashAttribute(FLASH, "meeting.heldSaved");
		return "redirect:/meetings/" + id;
	}

	/** Sets a meeting marked held by mistake back to planned, while its minutes are a draft. */
	@PostMapping("/meetings/{id}/not-held")
	@Transactional
	String markNotHeld(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		this.pages.change(id, version, user, Meeting::markNotHeld);
		redirect.addFlashAttribute(FLASH, "meeting.notHeldSaved");
		return "redirect:/meetings/" + id;
	}

	@GetMapping("/meetings/{id}/cancel")
	@Transactional(readOnly = true)
	String cancelForm(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		Meeting meeting = this.pages.insider(id, user);
		TextForm form = new TextForm();
		form.setVersion(meeting.getVersion());
		model.addAttribute("form", form);
		return cancelPage(model, meeting);
	}

	@PostMapping("/meetings/{id}/cancel")
	@Transactional
	String cancel(@PathVariable long id, @Valid @ModelAttribute("form") TextForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		MeetingPages.Loaded loaded = this.pages.load(id, user);
		Meeting meeting = MeetingPages.editable(loaded, form.getVersion());
		if (result.hasErrors()) {
			return cancelPage(model, meeting);
		}
		meeting.cancel(form.getText(), MinutesController.actor(user, loaded), this.pages.now());
		this.pages.changed(meeting);
		redirect.addFlashAttribute(FLASH, "meeting.cancelled");
		return "redirect:/meetings/" + id;
	}

	private String cancelPage(Model model, Meeting meeting) {
		return MinutesController.textPage(model, meeting, "meeting.cancel.title", "meeting.field.cancellationReason",
				"/meetings/" + meeting.getId() + "/cancel");
	}

	// ---- reading

	@GetMapping("/meetings/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		return MinutesController.show(model, this.pages, id, user);
	}

	/**
	 * Every saved change of the meeting and its agenda, attendance, notes, decisions and action
	 * items, also of those since removed. Those who may not see drafts see it only from the
	 * publication of the minutes on; before that, it is a 404 to them like the draft itself.
	 */
	@GetMapping("/meetings/{id}/history")
	String history(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model, Locale locale) {
		MeetingPages.Loaded loaded = this.pages.load(id, user);
		History.Names topics = this.pages.topicNames(loaded.membership());
		List<History.Entry> entries = History.merge(this.history.of(Meeting.class, id),
				this.history.ofParts(AgendaItem.class, "meeting", id, "title", topics),
				this.history.ofParts(Attendee.class, "meeting", id, "name", topics),
				this.history.ofParts(Decision.class, "meeting", id, "text", topics),
				this.history.ofParts(ActionItem.class, "meeting", id, "text", topics));
		if (!loaded.membership().isInsider()) {
			long published = this.pages.publishedInRevision(id);
			entries = entries.stream().filter(entry -> entry.revision() >= published).toList();
			model.addAttribute("historyNote", "meeting.history.fromPublication");
		}
		String subject = this.messages.getMessage("meeting.title",
				new Object[] { Formats.date(loaded.meeting().getStartsAt().toLocalDate()) },
				locale);
		return this.history.page(model, entries, subject, "/meetings/" + id);
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
		MeetingPages.MeetingPage page = this.pages.page(id, user);
		if (!page.isApprovedOrPublished()) {
			throw new no.avtaleportal.web.NotFoundException("minutes of meeting " + id);
		}
		byte[] pdf = this.pdfs.render("meeting/minutes-pdf", Map.of("page", page, "styles", PdfDocuments.PLAIN_STYLES), locale);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"referat-" + id + ".pdf\"")
			.contentType(MediaType.APPLICATION_PDF)
			.body(pdf);
	}

	// ---- shared

	private String meetingForm(Model model, List<Membership> groups, Meeting meeting) {
		model.addAttribute("meeting", meeting);
		model.addAttribute("groups", groups.stream()
			.map(membership -> SelectOption.of(membership.group().id(), membership.group().agreementTitle()))
			.toList());
		return "meeting/form";
	}

	private List<Membership> insiderGroups(SignedInUser user) {
		List<Membership> groups = this.access.memberships(user).stream().filter(Membership::isInsider).toList();
		if (groups.isEmpty()) {
			throw new AccessDeniedException("not in any steering group");
		}
		return groups;
	}

	private static void checkMeeting(MeetingForm form, BindingResult result) {
		if (isBlank(form.getPlace()) && isBlank(form.getVideoLink())) {
			result.rejectValue("place", "meeting.error.placeRequired");
		}
		if (!isBlank(form.getVideoLink()) && !form.getVideoLink().strip().startsWith("https://")) {
			result.rejectValue("videoLink", "meeting.error.videoLink");
		}
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static ZonedDateTime startsAt(MeetingForm form) {
		return ZonedDateTime.of(form.getDate(), form.getTime(), Meeting.OSLO);
	}

}
