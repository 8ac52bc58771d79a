package no.avtaleportal.meeting;

import java.time.Clock;

import jakarta.validation.Valid;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.avtaleportal.account.SignedInUser;

/**
 * The minutes' workflow draft → submitted → approved → published ({@link MinutesWorkflow}, whose
 * steps are the meeting's rules), with the comments of the steering group and the archive
 * reference. Every step is a member's or the secretary's, at the version the page was opened at;
 * approving is for members only.
 */
@Controller
class MinutesController {

	private static final String FLASH = MeetingViews.FLASH;

	private final MeetingPages pages;

	private final MinutesWorkflow workflow;

	private final Clock clock;

	MinutesController(MeetingPages pages, MinutesWorkflow workflow, Clock clock) {
		this.pages = pages;
		this.workflow = workflow;
		this.clock = clock;
	}

	@PostMapping("/meetings/{id}/submit")
	@Transactional
	String submit(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		this.pages.change(id, version, user,
				(meeting, loaded) -> this.workflow.submit(meeting, MeetingViews.actor(user, loaded),
						loaded.membership().group()));
		redirect.addFlashAttribute(FLASH, "meeting.minutes.submitted");
		return "redirect:/meetings/" + id;
	}

	@PostMapping("/meetings/{id}/return")
	@Transactional
	String returnToDraft(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		this.pages.change(id, version, user,
				(meeting, loaded) -> meeting.returnToDraft(MeetingViews.actor(user, loaded), this.clock.instant(), null));
		redirect.addFlashAttribute(FLASH, "meeting.minutes.returned");
		return "redirect:/meetings/" + id;
	}

	@PostMapping("/meetings/{id}/approve")
	@Transactional
	String approve(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		MeetingPages.Loaded loaded = this.pages.load(id, user);
		if (!loaded.membership().isMember()) {
			throw new AccessDeniedException("only members of the steering group approve minutes");
		}
		Meeting meeting = MeetingPages.editable(loaded, version);
		this.workflow.approve(meeting, MeetingViews.actor(user, loaded), loaded.membership().group());
		this.pages.changed(meeting);
		redirect.addFlashAttribute(FLASH, (meeting.getMinutesStatus() == MinutesStatus.APPROVED)
				? "meeting.minutes.approved" : "meeting.minutes.approvalRecorded");
		return "redirect:/meetings/" + id;
	}

	@PostMapping("/meetings/{id}/publish")
	@Transactional
	String publish(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		this.pages.change(id, version, user,
				(meeting, loaded) -> this.workflow.publish(meeting, MeetingViews.actor(user, loaded),
						loaded.membership().group()));
		redirect.addFlashAttribute(FLASH, "meeting.minutes.published");
		return "redirect:/meetings/" + id;
	}

	@PostMapping("/meetings/{id}/comments")
	@Transactional
	String comment(@PathVariable long id, @Valid @ModelAttribute("commentForm") TextForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		MeetingPages.Loaded loaded = this.pages.load(id, user);
		Meeting meeting = MeetingPages.editable(loaded, form.getVersion());
		if (result.hasErrors()) {
			return MeetingViews.show(model, this.pages, id, user);
		}
		meeting.comment(MeetingViews.actor(user, loaded), this.clock.instant(), form.getText());
		this.pages.changed(meeting);
		redirect.addFlashAttribute(FLASH, "meeting.comment.saved");
		return "redirect:/meetings/" + id + "#comments";
	}

	@PostMapping("/meetings/{id}/archive-reference")
	@Transactional
	String archive(@PathVariable long id, @Valid @ModelAttribute("archiveForm") ArchiveForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		MeetingPages.Loaded loaded = this.pages.load(id, user);
		Meeting meeting = MeetingPages.editable(loaded, form.getVersion());
		if (result.hasErrors()) {
			return MeetingViews.show(model, this.pages, id, user);
		}
		meeting.fileInArchive(form.getReference());
		this.pages.changed(meeting);
		redirect.addFlashAttribute(FLASH, "meeting.archive.saved");
		return "redirect:/meetings/" + id + "#archive";
	}

}
