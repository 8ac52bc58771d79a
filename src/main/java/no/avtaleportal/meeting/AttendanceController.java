package no.avtaleportal.meeting;

import java.util.List;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.avtaleportal.account.SignedInUser;

/**
 * Who attended a meeting: the presence of each invited member and the guests added to the draft
 * minutes.
 */
@Controller
class AttendanceController {

	private final MeetingPages pages;

	AttendanceController(MeetingPages pages) {
		this.pages = pages;
	}

	@GetMapping("/meetings/{id}/attendance")
	@Transactional(readOnly = true)
	String attendance(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		Meeting meeting = this.pages.insider(id, user);
		meeting.requireEditable();
		model.addAttribute("form", AttendanceForm.from(meeting));
		GuestForm guest = new GuestForm();
		guest.setVersion(meeting.getVersion());
		model.addAttribute("guestForm", guest);
		return attendancePage(model, meeting);
	}

	@PostMapping("/meetings/{id}/attendance")
	@Transactional
	String saveAttendance(@PathVariable long id, @Valid @ModelAttribute("form") AttendanceForm form,
			BindingResult result, @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		Meeting meeting = MeetingPages.editable(this.pages.load(id, user), form.getVersion());
		if (result.hasErrors()) {
			GuestForm guest = new GuestForm();
			guest.setVersion(form.getVersion());
			model.addAttribute("guestForm", guest);
			return attendancePage(model, meeting);
		}
		form.getEntries().forEach(entry -> meeting.recordPresence(entry.getId(), entry.getPresence()));
		this.pages.changed(meeting);
		return MeetingViews.backToMeeting(redirect, "meeting.attendance.saved", id, "attendance");
	}

	@PostMapping("/meetings/{id}/attendance/guests")
	@Transactional
	String addGuest(@PathVariable long id, @Valid @ModelAttribute("guestForm") GuestForm guest, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		Meeting meeting = MeetingPages.editable(this.pages.load(id, user), guest.getVersion());
		if (result.hasErrors()) {
			model.addAttribute("form", AttendanceForm.from(meeting));
			return attendancePage(model, meeting);
		}
		meeting.addAttendee(guest.getName(), guest.getOrganisation(), null, AttendeeKind.GUEST);
		this.pages.changed(meeting);
		redirect.addFlashAttribute(MeetingViews.FLASH, "meeting.attendance.guestSaved");
		return "redirect:/meetings/" + id + "/attendance";
	}

	private static String attendancePage(Model model, Meeting meeting) {
		model.addAttribute("meeting", meeting);
		model.addAttribute("attendees", meeting.getAttendees());
		model.addAttribute("presences", List.of(Presence.values()));
		return "meeting/attendance";
	}

}
