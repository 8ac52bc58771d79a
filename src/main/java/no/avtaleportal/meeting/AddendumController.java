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
 * Corrections to published minutes: an addendum is proposed by a member or the secretary and
 * becomes part of the minutes once a member of each party has approved it.
 */
@Controller
class AddendumController {

	private final MeetingPages pages;

	private final Clock clock;

	AddendumController(MeetingPages pages, Clock clock) {
		this.pages = pages;
		this.clock = clock;
	}

	@PostMapping("/meetings/{id}/addenda")
	@Transactional
	String addendum(@PathVariable long id, @Valid @ModelAttribute("addendumForm") AddendumForm form,
			BindingResult result, @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		MeetingPages.Loaded loaded = this.pages.load(id, user);
		Meeting meeting = MeetingPages.editable(loaded, form, result, model);
		if (result.hasErrors()) {
			return MeetingViews.show(model, this.pages, id, user);
		}
		meeting.addAddendum(MeetingViews.actor(user, loaded), this.clock.instant(), form.getText(), form.getReason());
		this.pages.changed(meeting);
		return MeetingViews.backToMeeting(redirect, "meeting.addendum.saved", id, "addenda");
	}

	@PostMapping("/meetings/{id}/addenda/{addendumId}/approve")
	@Transactional
	String approveAddendum(@PathVariable long id, @PathVariable long addendumId, @RequestParam long version,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		MeetingPages.Loaded loaded = this.pages.load(id, user);
		if (!loaded.membership().isMember()) {
			throw new AccessDeniedException("only members of the steering group approve addenda");
		}
		Meeting meeting = MeetingPages.editable(loaded, version);
		boolean approved = meeting.approveAddendum(addendumId, MeetingViews.actor(user, loaded), this.clock.instant(),
				loaded.membership().group().partyOrganisationIds());
		this.pages.changed(meeting);
		return MeetingViews.backToMeeting(redirect,
				approved ? "meeting.addendum.approved" : "meeting.addendum.approvalRecorded", id, "addenda");
	}

}
