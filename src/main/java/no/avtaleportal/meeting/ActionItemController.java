package no.avtaleportal.meeting;

import java.time.Clock;

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
import no.avtaleportal.web.NotFoundException;

/**
 * The action items in a meeting's minutes: agreed under an agenda item with an owner and a due date,
 * rewritten, merged and removed while the minutes are a draft, and marked done (with an optional
 * comment) by their owner or the steering group once the minutes are approved
 * ({@link ActionItem#canBeClosedBy}).
 */
@Controller
class ActionItemController {

	private final MeetingPages pages;

	private final Clock clock;

	private final ActionOwners owners;

	private final AgreementTerms terms;

	ActionItemController(MeetingPages pages, Clock clock, ActionOwners owners, AgreementTerms terms) {
		this.pages = pages;
		this.clock = clock;
		this.owners = owners;
		this.terms = terms;
	}

	@GetMapping("/meetings/{id}/agenda/{itemId}/actions/new")
	@Transactional(readOnly = true)
	String newAction(@PathVariable long id, @PathVariable long itemId, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		MeetingPages.Loaded loaded = this.pages.load(id, user);
		Meeting meeting = MeetingPages.insider(loaded);
		meeting.requireEditable();
		AgendaItem item = meeting.agendaItem(itemId);
		ActionItemForm form = new ActionItemForm();
		form.setVersion(meeting.getVersion());
		model.addAttribute("form", form);
		return actionForm(model, loaded, item, null);
	}

	@PostMapping("/meetings/{id}/agenda/{itemId}/actions/new")
	@Transactional
	String createAction(@PathVariable long id, @PathVariable long itemId,
			@Valid @ModelAttribute("form") ActionItemForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		MeetingPages.Loaded loaded = this.pages.load(id, user);
		Meeting meeting = MeetingPages.editable(loaded, form, result, model);
		AgendaItem item = meeting.agendaItem(itemId);
		Meeting.Owner owner = checkedOwner(form, loaded, result, model);
		if (result.hasErrors()) {
			return actionForm(model, loaded, item, null);
		}
		meeting.addActionItem(itemId, form.getText(), owner, form.getDueDate());
		this.pages.changed(meeting);
		return MeetingViews.backToMeeting(redirect, "meeting.action.saved", id, "item-" + itemId);
	}

	@GetMapping("/meetings/{id}/actions/{actionId}/edit")
	@Transactional(readOnly = true)
	String editAction(@PathVariable long id, @PathVariable long actionId, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		MeetingPages.Loaded loaded = this.pages.load(id, user);
		Meeting meeting = MeetingPages.insider(loaded);
		meeting.requireEditable();
		ActionItem action = meeting.actionItem(actionId);
		model.addAttribute("form", ActionItemForm.from(action, meeting, this.owners.textOf(action)));
		return actionForm(model, loaded, meeting.agendaItem(action.getAgendaItem().getId()), action);
	}

	@PostMapping("/meetings/{id}/actions/{actionId}/edit")
	@Transactional
	String updateAction(@PathVariable long id, @PathVariable long actionId,
			@Valid @ModelAttribute("form") ActionItemForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		MeetingPages.Loaded loaded = this.pages.load(id, user);
		Meeting meeting = MeetingPages.editable(loaded, form, saved -> {
			ActionItem now = saved.actionItem(actionId);
			return ActionItemForm.from(now, saved, this.owners.textOf(now));
		}, result, model);
		ActionItem action = meeting.actionItem(actionId);
		Meeting.Owner owner = checkedOwner(form, loaded, result, model);
		if (result.hasErrors()) {
			return actionForm(model, loaded, meeting.agendaItem(action.getAgendaItem().getId()), action);
		}
		meeting.rewriteActionItem(actionId, form.getText(), owner, form.getDueDate());
		this.pages.changed(meeting);
		return MeetingViews.backToMeeting(redirect, "meeting.action.saved", id, "action-" + actionId);
	}

	@GetMapping("/meetings/{id}/actions/{actionId}/merge")
	@Transactional(readOnly = true)
	String mergeActionForm(@PathVariable long id, @PathVariable long actionId, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		Meeting meeting = this.pages.insider(id, user);
		meeting.requireEditable();
		ActionItem duplicate = meeting.actionItem(actionId);
		return MeetingViews.mergePage(model, meeting, "meeting.action.merge", duplicate.getText(),
				"/meetings/" + id + "/actions/" + actionId + "/merge", meeting.getActionItems()
					.stream()
					.filter(action -> action != duplicate)
					.map(action -> SelectOption.of(action.getId(), action.getText() + " (" + action.getOwnerName() + ")"))
					.toList());
	}

	@PostMapping("/meetings/{id}/actions/{actionId}/merge")
	@Transactional
	String mergeAction(@PathVariable long id, @PathVariable long actionId, @RequestParam long into,
			@RequestParam long version, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		this.pages.change(id, version, user, meeting -> meeting.mergeActionItem(actionId, into));
		return MeetingViews.backToMeeting(redirect, "meeting.merged", id, "action-" + into);
	}

	/**
	 * The action item form's owner, checked with its due date: an owner who is neither an
	 * attendee nor one person of the parties, or a due date outside the window around the
	 * agreement's term, is a field error.
	 */
	private Meeting.Owner checkedOwner(ActionItemForm form, MeetingPages.Loaded loaded, BindingResult result, Model model) {
		this.terms.ofSteeringGroup(loaded.meeting().getSteeringGroupId()).check(result, "dueDate", form.getDueDate());
		return this.owners.owner(form, loaded, result, model);
	}

	private String actionForm(Model model, MeetingPages.Loaded loaded, AgendaItem item, ActionItem action) {
		model.addAttribute("meeting", loaded.meeting());
		model.addAttribute("item", item);
		model.addAttribute("action", action);
		model.addAttribute("attendees", ActionOwners.suggestions(loaded.meeting()));
		return "meeting/action-form";
	}

	@PostMapping("/meetings/{id}/actions/{actionId}/delete")
	@Transactional
	String deleteAction(@PathVariable long id, @PathVariable long actionId, @RequestParam long version,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		this.pages.change(id, version, user, meeting -> meeting.removeActionItem(actionId));
		return MeetingViews.backToMeeting(redirect, "meeting.action.deleted", id);
	}

	@GetMapping("/meetings/{id}/actions/{actionId}/done")
	@Transactional(readOnly = true)
	String doneForm(@PathVariable long id, @PathVariable long actionId, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		MeetingPages.Loaded loaded = this.pages.load(id, user);
		ActionItem action = closable(loaded, actionId, user);
		model.addAttribute("form", new DoneForm());
		return donePage(model, loaded.meeting(), action);
	}

	@PostMapping("/meetings/{id}/actions/{actionId}/done")
	@Transactional
	String markDone(@PathVariable long id, @PathVariable long actionId, @Valid @ModelAttribute("form") DoneForm form,
			BindingResult result, @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		MeetingPages.Loaded loaded = this.pages.load(id, user);
		ActionItem action = closable(loaded, actionId, user);
		if (result.hasErrors()) {
			return donePage(model, loaded.meeting(), action);
		}
		action.markDone(user.getDisplayName(), this.clock.instant(), form.getText());
		redirect.addFlashAttribute(MeetingViews.FLASH, "meeting.action.doneSaved");
		if ("tasks".equals(form.getReturnTo())) {
			return "redirect:/tasks";
		}
		return "redirect:/meetings/" + id + "#action-" + actionId;
	}

	/**
	 * The action item, if it is agreed (approved or published minutes), open, and the user is its
	 * owner or in the steering group.
	 */
	private static ActionItem closable(MeetingPages.Loaded loaded, long actionId, SignedInUser user) {
		Meeting meeting = loaded.meeting();
		ActionItem action = meeting.findActionItem(actionId)
			.orElseThrow(() -> new NotFoundException("action item " + actionId));
		if (!action.isOwnedBy(user.getPersonId()) && !loaded.membership().isInsider()) {
			throw new AccessDeniedException("not the owner of action item " + actionId);
		}
		if (!action.isClosable()) {
			throw new MinutesLockedException();
		}
		return action;
	}

	private static String donePage(Model model, Meeting meeting, ActionItem action) {
		model.addAttribute("subtitle", action.getText());
		model.addAttribute("optional", true);
		return MeetingViews.textPage(model, meeting, "meeting.action.done", "meeting.field.doneComment",
				"/meetings/" + meeting.getId() + "/actions/" + action.getId() + "/done");
	}

}
