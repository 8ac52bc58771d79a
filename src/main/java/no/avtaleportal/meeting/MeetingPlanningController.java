package no.avtaleportal.meeting;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

import jakarta.validation.Valid;
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

import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.agreement.AgreementTerms;
import no.avtaleportal.web.SelectOption;

/**
 * Planning a meeting (from scratch or from the previous one's agenda), moving it, marking it held
 * (once it has started) or not held, and cancelling it with a reason. What a user may do is
 * checked here on the server, whatever the page offered.
 */
@Controller
class MeetingPlanningController {

	private final MeetingPages pages;

	private final MeetingRepository meetings;

	private final SteeringGroupAccess access;

	private final AgreementTerms terms;

	private final MeetingInvitations invitations;

	MeetingPlanningController(MeetingPages pages, MeetingRepository meetings, SteeringGroupAccess access,
			AgreementTerms terms, MeetingInvitations invitations) {
		this.invitations = invitations;
		this.pages = pages;
		this.meetings = meetings;
		this.access = access;
		this.terms = terms;
	}

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
		return MeetingViews.backToMeeting(redirect, "meeting.saved", meeting.getId());
	}

	@GetMapping("/meetings/{id}/edit")
	@Transactional(readOnly = true)
	String editMeeting(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		MeetingPages.Loaded loaded = this.pages.load(id, user);
		Meeting meeting = MeetingPages.insider(loaded);
		meeting.requirePlanned();
		model.addAttribute("form", MeetingForm.from(meeting));
		return meetingForm(model, List.of(loaded.membership()), meeting);
	}

	@PostMapping("/meetings/{id}/edit")
	@Transactional
	String updateMeeting(@PathVariable long id, @Valid @ModelAttribute("form") MeetingForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		MeetingPages.Loaded loaded = this.pages.load(id, user);
		Meeting meeting = MeetingPages.editable(loaded, form, MeetingForm::from, result, model);
		checkMeeting(form, result);
		this.terms.ofSteeringGroup(meeting.getSteeringGroupId()).check(result, "date", form.getDate());
		if (result.hasErrors()) {
			return meetingForm(model, List.of(loaded.membership()), meeting);
		}
		meeting.reschedule(startsAt(form), form.getDurationMinutes(), form.getPlace(), form.getVideoLink());
		this.pages.changed(meeting);
		return MeetingViews.backToMeeting(redirect, "meeting.saved", id);
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
			redirect.addFlashAttribute(MeetingViews.FLASH_ERROR, ex.getMessageKey());
			return "redirect:/meetings/" + id;
		}
		this.pages.changed(meeting);
		return MeetingViews.backToMeeting(redirect, "meeting.heldSaved", id);
	}

	/** Sets a meeting marked held by mistake back to planned, while its minutes are a draft. */
	@PostMapping("/meetings/{id}/not-held")
	@Transactional
	String markNotHeld(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		this.pages.change(id, version, user, Meeting::markNotHeld);
		return MeetingViews.backToMeeting(redirect, "meeting.notHeldSaved", id);
	}

	@GetMapping("/meetings/{id}/cancel")
	@Transactional(readOnly = true)
	String cancelForm(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		Meeting meeting = this.pages.insider(id, user);
		meeting.requirePlanned();
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
		Meeting meeting = MeetingPages.editable(loaded, form, result, model);
		if (result.hasErrors()) {
			return cancelPage(model, meeting);
		}
		meeting.cancel(form.getText(), MeetingViews.actor(user, loaded), this.pages.now());
		this.invitations.cancelled(meeting);
		this.pages.changed(meeting);
		return MeetingViews.backToMeeting(redirect, "meeting.cancelled", id);
	}

	private String cancelPage(Model model, Meeting meeting) {
		if (meeting.isNoticeSent()) {
			model.addAttribute("noteKey", "meeting.notice.cancelNote");
		}
		return MeetingViews.textPage(model, meeting, "meeting.cancel.title", "meeting.field.cancellationReason",
				"/meetings/" + meeting.getId() + "/cancel");
	}

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
