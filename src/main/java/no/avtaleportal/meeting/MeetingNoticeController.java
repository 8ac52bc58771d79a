package no.avtaleportal.meeting;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.web.NotFoundException;

/**
 * Sending the meeting notice (innkalling): a short page that says who gets it (and who only in
 * the portal, having no e-mail address), then the send itself, at the version the page showed.
 * Only the steering group's members and secretary reach it ({@link MeetingChangeGuard} for the
 * POST), and only for a planned meeting that has not started and whose notice is not sent or out
 * of date.
 */
@Controller
class MeetingNoticeController {

	private final MeetingPages pages;

	private final MeetingInvitations invitations;

	MeetingNoticeController(MeetingPages pages, MeetingInvitations invitations) {
		this.pages = pages;
		this.invitations = invitations;
	}

	@GetMapping("/meetings/{id}/notice")
	@Transactional(readOnly = true)
	String confirm(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		Meeting meeting = MeetingPages.insider(this.pages.load(id, user));
		if (!MeetingPage.noticeCanBeSent(meeting, this.pages.now())) {
			// a link from an older page or list: the meeting page says how its notice stands
			redirect.addFlashAttribute(MeetingViews.FLASH_ERROR, "meeting.notice.nothingToSend");
			return "redirect:/meetings/" + id;
		}
		model.addAttribute("meeting", meeting);
		model.addAttribute("recipients", this.invitations.recipients(meeting));
		return "meeting/notice";
	}

	@PostMapping("/meetings/{id}/notice")
	@Transactional
	String send(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		MeetingPages.Loaded loaded = this.pages.load(id, user);
		Meeting meeting = sendable(loaded);
		MeetingPages.editable(loaded, version);
		boolean update = meeting.isNoticeSent();
		this.invitations.send(meeting, MeetingViews.actor(user, loaded), user);
		this.pages.changed(meeting);
		return MeetingViews.backToMeeting(redirect,
				update ? "meeting.notice.updateSent" : "meeting.notice.sent", id);
	}

	/**
	 * The meeting, when the user may send its notice now.
	 * @throws NotFoundException when there is no notice to send (held, cancelled, started, sent
	 * and not moved since)
	 */
	private Meeting sendable(MeetingPages.Loaded loaded) {
		Meeting meeting = MeetingPages.insider(loaded);
		if (!MeetingPage.noticeCanBeSent(meeting, this.pages.now())) {
			throw new NotFoundException("no notice to send for meeting " + meeting.getId());
		}
		return meeting;
	}

}
