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
		return MeetingViews.backToMeeting(redirect, "meeting.minutes.submitted", id);
	}

	@PostMapping("/meetings/{id}/return")
	@Transactional
	String returnToDraft(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		this.pages.change(id, version, user,
				(meeting, loaded) -> meeting.returnToDraft(MeetingViews.actor(user, loaded), this.clock.instant(), null));
		return MeetingViews.backToMeeting(redirect, "meeting.minutes.returned", id);
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
		return MeetingViews.backToMeeting(redirect, (meeting.getMinutesStatus() == MinutesStatus.APPROVED)
				? "meeting.minutes.approved" : "meeting.minutes.approvalRecorded", id);
	}

	@PostMapping("/meetings/{id}/publish")
	@Transactional
	String publish(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		this.pages.change(id, version, user,
				(meeting, loaded) -> this.workflow.publish(meeting, MeetingViews.actor(user, loaded),
						loaded.membership().group()));
		return MeetingViews.backToMeeting(redirect, "meeting.minutes.published", id);
	}

	@PostMapping("/meetings/{id}/comments")
	@Transactional
	String comment(@PathVariable long id, @Valid @ModelAttribute("commentForm") TextForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		MeetingPages.Loaded loaded = this.pages.load(id, user);
		Meeting meeting = MeetingPages.editable(loaded, form, result, model);
		if (result.hasErrors()) {
			return MeetingViews.show(model, this.pages, id, user);
		}
		meeting.comment(MeetingViews.actor(user, loaded), this.clock.instant(), form.getText());
		this.pages.changed(meeting);
		return MeetingViews.backToMeeting(redirect, "meeting.comment.saved", id, "comments");
	}

	@PostMapping("/meetings/{id}/archive-reference")
	@Transactional
	String archive(@PathVariable long id, @Valid @ModelAttribute("archiveForm") ArchiveForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		MeetingPages.Loaded loaded = this.pages.load(id, user);
		Meeting meeting = MeetingPages.editable(loaded, form, result, model);
		if (result.hasErrors()) {
			return MeetingViews.show(model, this.pages, id, user);
		}
		meeting.fileInArchive(form.getReference());
		this.pages.changed(meeting);
		return MeetingViews.backToMeeting(redirect, "meeting.archive.saved", id, "archive");
	}

}
