package no.avtaleportal.meeting;

import java.time.Clock;
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
import no.avtaleportal.activity.Activities;
import no.avtaleportal.agreement.AgreementTerms;
import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.web.SelectOption;
import no.avtaleportal.web.NotFoundException;

/**
 * The agenda and the minutes: items (added, reordered without JavaScript, removed), notes,
 * decisions, action items, attendance, and the workflow draft → submitted → approved →
 * published with comments, addenda and the archive reference. Every edit is a member's or the
 * secretary's, on a draft, at the version the page was opened at.
 */
@Controller
class MinutesController {

	private static final String FLASH = MeetingController.FLASH;

	private final MeetingPages pages;

	private final MinutesWorkflow workflow;

	private final Clock clock;

	private final ActionOwners owners;

	private final AgreementTerms terms;

	MinutesController(MeetingPages pages, MinutesWorkflow workflow, Clock clock, ActionOwners owners,
			AgreementTerms terms) {
		this.terms = terms;
		this.pages = pages;
		this.workflow = workflow;
		this.clock = clock;
		this.owners = owners;
	}

	// ---- the agenda

	@GetMapping("/meetings/{id}/agenda/new")
	@Transactional(readOnly = true)
	String newItem(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		MeetingPages.Loaded loaded = this.pages.load(id, user);
		AgendaItemForm form = new AgendaItemForm();
		form.setVersion(MeetingPages.insider(loaded).getVersion());
		model.addAttribute("form", form);
		return itemForm(model, loaded, null);
	}

	@PostMapping("/meetings/{id}/agenda/new")
	@Transactional
	String createItem(@PathVariable long id, @Valid @ModelAttribute("form") AgendaItemForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		MeetingPages.Loaded loaded = this.pages.load(id, user);
		Meeting meeting = MeetingPages.editable(loaded, form.getVersion());
		checkTopics(form, loaded, user, result);
		if (result.hasErrors()) {
			return itemForm(model, loaded, null);
		}
		meeting.addAgendaItem(form.getTitle(), form.getPresenter(), form.getPlannedMinutes(), form.topics());
		this.pages.changed(meeting);
		redirect.addFlashAttribute(FLASH, "meeting.agenda.saved");
		return "redirect:/meetings/" + id + "#agenda";
	}

	@GetMapping("/meetings/{id}/agenda/{itemId}/edit")
	@Transactional(readOnly = true)
	String editItem(@PathVariable long id, @PathVariable long itemId, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		MeetingPages.Loaded loaded = this.pages.load(id, user);
		AgendaItem item = MeetingPages.insider(loaded).agendaItem(itemId);
		AgendaItemForm form = new AgendaItemForm();
		form.setTitle(item.getTitle());
		form.setPresenter(item.getPresenter());
		form.setPlannedMinutes(item.getPlannedMinutes());
		form.setFocusAreaId(item.getFocusAreaId());
		form.setCommitmentId(item.getCommitmentId());
		form.setActivityId(item.getActivityId());
		form.setNotes(item.getNotes());
		form.setVersion(loaded.meeting().getVersion());
		model.addAttribute("form", form);
		return itemForm(model, loaded, item);
	}

	@PostMapping("/meetings/{id}/agenda/{itemId}/edit")
	@Transactional
	String updateItem(@PathVariable long id, @PathVariable long itemId,
			@Valid @ModelAttribute("form") AgendaItemForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		MeetingPages.Loaded loaded = this.pages.load(id, user);
		Meeting meeting = MeetingPages.editable(loaded, form.getVersion());
		AgendaItem item = meeting.agendaItem(itemId);
		checkTopics(form, loaded, user, result);
		if (result.hasErrors()) {
			return itemForm(model, loaded, item);
		}
		meeting.writeNotes(itemId, form.getTitle(), form.getPresenter(), form.getPlannedMinutes(), form.topics(),
				form.getNotes());
		this.pages.changed(meeting);
		redirect.addFlashAttribute(FLASH, "meeting.agenda.saved");
		return "redirect:/meetings/" + id + "#item-" + itemId;
	}

	@PostMapping("/meetings/{id}/agenda/{itemId}/move")
	@Transactional
	String moveItem(@PathVariable long id, @PathVariable long itemId, @RequestParam int steps,
			@RequestParam long version, @AuthenticationPrincipal SignedInUser user) {
		this.pages.change(id, version, user, meeting -> meeting.moveAgendaItem(itemId, Integer.signum(steps)));
		return "redirect:/meetings/" + id + "#item-" + itemId;
	}

	@GetMapping("/meetings/{id}/agenda/{itemId}/delete")
	@Transactional(readOnly = true)
	String confirmDeleteItem(@PathVariable long id, @PathVariable long itemId, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		Meeting meeting = this.pages.insider(id, user);
		meeting.requireEditable();
		AgendaItem item = meeting.agendaItem(itemId);
		model.addAttribute("meeting", meeting);
		model.addAttribute("item", item);
		model.addAttribute("decisions", meeting.getDecisions().stream().filter(d -> d.getAgendaItem() == item).count());
		model.addAttribute("actions", meeting.getActionItems().stream().filter(a -> a.getAgendaItem() == item).count());
		return "meeting/agenda-item-delete";
	}

	@PostMapping("/meetings/{id}/agenda/{itemId}/delete")
	@Transactional
	String deleteItem(@PathVariable long id, @PathVariable long itemId, @RequestParam long version,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		this.pages.change(id, version, user, meeting -> meeting.removeAgendaItem(itemId));
		redirect.addFlashAttribute(FLASH, "meeting.agenda.deleted");
		return "redirect:/meetings/" + id + "#agenda";
	}

	private void checkTopics(AgendaItemForm form, MeetingPages.Loaded loaded, SignedInUser user, BindingResult result) {
		List<Agreements.Topic> topics = this.pages.topics(loaded.membership());
		if (form.getFocusAreaId() != null && topics.stream()
			.noneMatch(topic -> topic.focusArea() && topic.id() == form.getFocusAreaId())) {
			result.rejectValue("focusAreaId", "meeting.error.unknown");
		}
		if (form.getCommitmentId() != null && topics.stream()
			.noneMatch(topic -> !topic.focusArea() && topic.id() == form.getCommitmentId())) {
			result.rejectValue("commitmentId", "meeting.error.unknown");
		}
		if (form.getActivityId() != null && !this.pages.activityTitles(loaded.membership()).containsKey(form.getActivityId())) {
			result.rejectValue("activityId", "meeting.error.unknown");
		}
		if (result.hasFieldErrors("focusAreaId") || result.hasFieldErrors("commitmentId")
				|| result.hasFieldErrors("activityId")) {
			return;
		}
		Long commitmentArea = (form.getCommitmentId() == null) ? null : topics.stream()
			.filter(topic -> !topic.focusArea() && topic.id() == form.getCommitmentId())
			.flatMap(commitment -> topics.stream()
				.filter(topic -> topic.focusArea() && topic.code().equals(commitment.code())))
			.map(Agreements.Topic::id)
			.findFirst()
			.orElse(null);
		Activities.ActivityRef activity = (form.getActivityId() == null) ? null
				: this.pages.activity(form.getActivityId(), user).orElse(null);
		form.topics()
			.contradictions(commitmentArea, (activity != null) ? activity.focusAreaId() : null,
					(activity != null) ? activity.commitmentId() : null)
			.forEach(result::rejectValue);
	}

	private String itemForm(Model model, MeetingPages.Loaded loaded, AgendaItem item) {
		List<Agreements.Topic> topics = this.pages.topics(loaded.membership());
		model.addAttribute("meeting", loaded.meeting());
		model.addAttribute("item", item);
		model.addAttribute("focusAreas", topics.stream()
			.filter(Agreements.Topic::focusArea)
			.map(topic -> SelectOption.of(topic.id(), topic.label()))
			.toList());
		model.addAttribute("commitments", topics.stream()
			.filter(topic -> !topic.focusArea())
			.map(topic -> SelectOption.of(topic.id(), abbreviate(topic.label())))
			.toList());
		model.addAttribute("activities", this.pages.activityTitles(loaded.membership())
			.entrySet()
			.stream()
			.map(activity -> SelectOption.of(activity.getKey(), abbreviate(activity.getValue())))
			.toList());
		return "meeting/agenda-item-form";
	}

	private static String abbreviate(String text) {
		return (text.length() <= 120) ? text : text.substring(0, 119) + "…";
	}

	// ---- decisions and action items

	@GetMapping("/meetings/{id}/agenda/{itemId}/decisions/new")
	@Transactional(readOnly = true)
	String newDecision(@PathVariable long id, @PathVariable long itemId, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		Meeting meeting = this.pages.insider(id, user);
		meeting.agendaItem(itemId);
		TextForm form = new TextForm();
		form.setVersion(meeting.getVersion());
		model.addAttribute("form", form);
		return decisionPage(model, meeting, itemId);
	}

	@PostMapping("/meetings/{id}/agenda/{itemId}/decisions/new")
	@Transactional
	String createDecision(@PathVariable long id, @PathVariable long itemId, @Valid @ModelAttribute("form") TextForm form,
			BindingResult result, @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		Meeting meeting = MeetingPages.editable(this.pages.load(id, user), form.getVersion());
		if (result.hasErrors()) {
			return decisionPage(model, meeting, itemId);
		}
		meeting.addDecision(itemId, form.getText());
		this.pages.changed(meeting);
		redirect.addFlashAttribute(FLASH, "meeting.decision.saved");
		return "redirect:/meetings/" + id + "#item-" + itemId;
	}

	private static String decisionPage(Model model, Meeting meeting, long itemId) {
		model.addAttribute("subtitle", meeting.agendaItem(itemId).getTitle());
		return textPage(model, meeting, "meeting.decision.new", "meeting.field.decision",
				"/meetings/" + meeting.getId() + "/agenda/" + itemId + "/decisions/new");
	}

	@PostMapping("/meetings/{id}/decisions/{decisionId}/delete")
	@Transactional
	String deleteDecision(@PathVariable long id, @PathVariable long decisionId, @RequestParam long version,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		this.pages.change(id, version, user, meeting -> meeting.removeDecision(decisionId));
		redirect.addFlashAttribute(FLASH, "meeting.decision.deleted");
		return "redirect:/meetings/" + id;
	}

	@GetMapping("/meetings/{id}/decisions/{decisionId}/edit")
	@Transactional(readOnly = true)
	String editDecision(@PathVariable long id, @PathVariable long decisionId, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		Meeting meeting = this.pages.insider(id, user);
		meeting.requireEditable();
		Decision decision = meeting.decision(decisionId);
		TextForm form = new TextForm();
		form.setText(decision.getText());
		form.setVersion(meeting.getVersion());
		model.addAttribute("form", form);
		return editDecisionPage(model, meeting, decision);
	}

	@PostMapping("/meetings/{id}/decisions/{decisionId}/edit")
	@Transactional
	String updateDecision(@PathVariable long id, @PathVariable long decisionId,
			@Valid @ModelAttribute("form") TextForm form, BindingResult result, @AuthenticationPrincipal SignedInUser user,
			Model model, RedirectAttributes redirect) {
		Meeting meeting = MeetingPages.editable(this.pages.load(id, user), form.getVersion());
		Decision decision = meeting.decision(decisionId);
		if (result.hasErrors()) {
			return editDecisionPage(model, meeting, decision);
		}
		meeting.rewriteDecision(decisionId, form.getText());
		this.pages.changed(meeting);
		redirect.addFlashAttribute(FLASH, "meeting.decision.saved");
		return "redirect:/meetings/" + id + "#item-" + decision.getAgendaItem().getId();
	}

	private static String editDecisionPage(Model model, Meeting meeting, Decision decision) {
		model.addAttribute("subtitle", decision.getAgendaItem().getTitle());
		return textPage(model, meeting, "meeting.decision.edit", "meeting.field.decision",
				"/meetings/" + meeting.getId() + "/decisions/" + decision.getId() + "/edit");
	}

	@GetMapping("/meetings/{id}/decisions/{decisionId}/merge")
	@Transactional(readOnly = true)
	String mergeDecisionForm(@PathVariable long id, @PathVariable long decisionId,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		Meeting meeting = this.pages.insider(id, user);
		meeting.requireEditable();
		Decision duplicate = meeting.decision(decisionId);
		return mergePage(model, meeting, "meeting.decision.merge", duplicate.getText(),
				"/meetings/" + id + "/decisions/" + decisionId + "/merge", meeting.getDecisions()
					.stream()
					.filter(decision -> decision != duplicate)
					.map(decision -> SelectOption.of(decision.getId(), decision.getText()))
					.toList());
	}

	@PostMapping("/meetings/{id}/decisions/{decisionId}/merge")
	@Transactional
	String mergeDecision(@PathVariable long id, @PathVariable long decisionId, @RequestParam long into,
			@RequestParam long version, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		this.pages.change(id, version, user, meeting -> meeting.mergeDecision(decisionId, into));
		redirect.addFlashAttribute(FLASH, "meeting.merged");
		return "redirect:/meetings/" + id;
	}

	private static String mergePage(Model model, Meeting meeting, String titleKey, String duplicate, String action,
			List<SelectOption> choices) {
		MergeForm form = new MergeForm();
		form.setVersion(meeting.getVersion());
		model.addAttribute("form", form);
		model.addAttribute("meeting", meeting);
		model.addAttribute("titleKey", titleKey);
		model.addAttribute("duplicate", duplicate);
		model.addAttribute("action", action);
		model.addAttribute("choices", choices);
		return "meeting/merge";
	}

	@GetMapping("/meetings/{id}/agenda/{itemId}/actions/new")
	@Transactional(readOnly = true)
	String newAction(@PathVariable long id, @PathVariable long itemId, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		MeetingPages.Loaded loaded = this.pages.load(id, user);
		Meeting meeting = MeetingPages.insider(loaded);
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
		Meeting meeting = MeetingPages.editable(loaded, form.getVersion());
		AgendaItem item = meeting.agendaItem(itemId);
		Meeting.Owner owner = checkedOwner(form, loaded, result);
		if (result.hasErrors()) {
			return actionForm(model, loaded, item, null);
		}
		meeting.addActionItem(itemId, form.getText(), owner, form.getDueDate());
		this.pages.changed(meeting);
		redirect.addFlashAttribute(FLASH, "meeting.action.saved");
		return "redirect:/meetings/" + id + "#item-" + itemId;
	}

	@GetMapping("/meetings/{id}/actions/{actionId}/edit")
	@Transactional(readOnly = true)
	String editAction(@PathVariable long id, @PathVariable long actionId, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		MeetingPages.Loaded loaded = this.pages.load(id, user);
		Meeting meeting = MeetingPages.insider(loaded);
		meeting.requireEditable();
		ActionItem action = meeting.actionItem(actionId);
		ActionItemForm form = new ActionItemForm();
		form.setText(action.getText());
		form.setOwner(ActionOwners.choiceOf(action, meeting));
		form.setDueDate(action.getDueDate());
		form.setVersion(meeting.getVersion());
		model.addAttribute("form", form);
		return actionForm(model, loaded, meeting.agendaItem(action.getAgendaItem().getId()), action);
	}

	@PostMapping("/meetings/{id}/actions/{actionId}/edit")
	@Transactional
	String updateAction(@PathVariable long id, @PathVariable long actionId,
			@Valid @ModelAttribute("form") ActionItemForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		MeetingPages.Loaded loaded = this.pages.load(id, user);
		Meeting meeting = MeetingPages.editable(loaded, form.getVersion());
		ActionItem action = meeting.actionItem(actionId);
		Meeting.Owner owner = checkedOwner(form, loaded, result);
		if (result.hasErrors()) {
			return actionForm(model, loaded, meeting.agendaItem(action.getAgendaItem().getId()), action);
		}
		meeting.rewriteActionItem(actionId, form.getText(), owner, form.getDueDate());
		this.pages.changed(meeting);
		redirect.addFlashAttribute(FLASH, "meeting.action.saved");
		return "redirect:/meetings/" + id + "#action-" + actionId;
	}

	@GetMapping("/meetings/{id}/actions/{actionId}/merge")
	@Transactional(readOnly = true)
	String mergeActionForm(@PathVariable long id, @PathVariable long actionId, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		Meeting meeting = this.pages.insider(id, user);
		meeting.requireEditable();
		ActionItem duplicate = meeting.actionItem(actionId);
		return mergePage(model, meeting, "meeting.action.merge", duplicate.getText(),
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
		redirect.addFlashAttribute(FLASH, "meeting.merged");
		return "redirect:/meetings/" + id + "#action-" + into;
	}

	/**
	 * The action item form's owner, checked with its due date: an unknown owner or a due date
	 * outside the window around the agreement's term is a field error.
	 */
	private Meeting.Owner checkedOwner(ActionItemForm form, MeetingPages.Loaded loaded, BindingResult result) {
		this.terms.ofSteeringGroup(loaded.meeting().getSteeringGroupId()).check(result, "dueDate", form.getDueDate());
		if (form.getOwner() == null || form.getOwner().isBlank()) {
			return null;
		}
		Meeting.Owner owner = this.owners.owner(form.getOwner(), loaded.meeting(), loaded.membership()).orElse(null);
		if (owner == null) {
			result.rejectValue("owner", "meeting.error.unknown");
		}
		return owner;
	}

	private String actionForm(Model model, MeetingPages.Loaded loaded, AgendaItem item, ActionItem action) {
		model.addAttribute("meeting", loaded.meeting());
		model.addAttribute("item", item);
		model.addAttribute("action", action);
		model.addAttribute("owners", this.owners.choices(loaded.meeting(), loaded.membership()));
		return "meeting/action-form";
	}

	@PostMapping("/meetings/{id}/actions/{actionId}/delete")
	@Transactional
	String deleteAction(@PathVariable long id, @PathVariable long actionId, @RequestParam long version,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		this.pages.change(id, version, user, meeting -> meeting.removeActionItem(actionId));
		redirect.addFlashAttribute(FLASH, "meeting.action.deleted");
		return "redirect:/meetings/" + id;
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
		redirect.addFlashAttribute(FLASH, "meeting.action.doneSaved");
		if ("tasks".equals(form.getReturnTo())) {
			return "redirect:/tasks";
		}
		if ("dashboard".equals(form.getReturnTo())) {
			return "redirect:/dashboard?agreement=" + loaded.membership().group().agreementId();
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
		boolean owner = action.getOwnerPersonId() != null && action.getOwnerPersonId().equals(user.getPersonId());
		if (!owner && !loaded.membership().isInsider()) {
			throw new AccessDeniedException("not the owner of action item " + actionId);
		}
		if (action.isDone() || meeting.getMinutesStatus() == MinutesStatus.DRAFT
				|| meeting.getMinutesStatus() == MinutesStatus.SUBMITTED) {
			throw new MinutesLockedException();
		}
		return action;
	}

	private static String donePage(Model model, Meeting meeting, ActionItem action) {
		model.addAttribute("subtitle", action.getText());
		model.addAttribute("optional", true);
		return textPage(model, meeting, "meeting.action.done", "meeting.field.doneComment",
				"/meetings/" + meeting.getId() + "/actions/" + action.getId() + "/done");
	}

	/**
	 * The one-field page (a decision, a cancellation, a finished action item).
	 */
	static String textPage(Model model, Meeting meeting, String titleKey, String labelKey, String action) {
		model.addAttribute("meeting", meeting);
		model.addAttribute("titleKey", titleKey);
		model.addAttribute("labelKey", labelKey);
		model.addAttribute("action", action);
		return "meeting/text-form";
	}

	// ---- attendance

	@GetMapping("/meetings/{id}/attendance")
	@Transactional(readOnly = true)
	String attendance(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		Meeting meeting = this.pages.insider(id, user);
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
		redirect.addFlashAttribute(FLASH, "meeting.attendance.saved");
		return "redirect:/meetings/" + id + "#attendance";
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
		redirect.addFlashAttribute(FLASH, "meeting.attendance.guestSaved");
		return "redirect:/meetings/" + id + "/attendance";
	}

	private static String attendancePage(Model model, Meeting meeting) {
		model.addAttribute("meeting", meeting);
		model.addAttribute("attendees", meeting.getAttendees());
		model.addAttribute("presences", List.of(Presence.values()));
		return "meeting/attendance";
	}

	// ---- the workflow

	@PostMapping("/meetings/{id}/submit")
	@Transactional
	String submit(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		this.pages.change(id, version, user,
				(meeting, loaded) -> this.workflow.submit(meeting, actor(user, loaded), loaded.membership().group()));
		redirect.addFlashAttribute(FLASH, "meeting.minutes.submitted");
		return "redirect:/meetings/" + id;
	}

	@PostMapping("/meetings/{id}/return")
	@Transactional
	String returnToDraft(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		this.pages.change(id, version, user,
				(meeting, loaded) -> meeting.returnToDraft(actor(user, loaded), this.clock.instant(), null));
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
		this.workflow.approve(meeting, actor(user, loaded), loaded.membership().group());
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
				(meeting, loaded) -> this.workflow.publish(meeting, actor(user, loaded), loaded.membership().group()));
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
			return show(model, this.pages, id, user);
		}
		meeting.comment(actor(user, loaded), this.clock.instant(), form.getText());
		this.pages.changed(meeting);
		redirect.addFlashAttribute(FLASH, "meeting.comment.saved");
		return "redirect:/meetings/" + id + "#comments";
	}

	@PostMapping("/meetings/{id}/addenda")
	@Transactional
	String addendum(@PathVariable long id, @Valid @ModelAttribute("addendumForm") AddendumForm form,
			BindingResult result, @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		MeetingPages.Loaded loaded = this.pages.load(id, user);
		Meeting meeting = MeetingPages.editable(loaded, form.getVersion());
		if (result.hasErrors()) {
			return show(model, this.pages, id, user);
		}
		meeting.addAddendum(actor(user, loaded), this.clock.instant(), form.getText(), form.getReason());
		this.pages.changed(meeting);
		redirect.addFlashAttribute(FLASH, "meeting.addendum.saved");
		return "redirect:/meetings/" + id + "#addenda";
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
		boolean approved = meeting.approveAddendum(addendumId, actor(user, loaded), this.clock.instant(),
				loaded.membership().group().partyOrganisationIds());
		this.pages.changed(meeting);
		redirect.addFlashAttribute(FLASH, approved ? "meeting.addendum.approved" : "meeting.addendum.approvalRecorded");
		return "redirect:/meetings/" + id + "#addenda";
	}

	@PostMapping("/meetings/{id}/archive-reference")
	@Transactional
	String archive(@PathVariable long id, @Valid @ModelAttribute("archiveForm") ArchiveForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		MeetingPages.Loaded loaded = this.pages.load(id, user);
		Meeting meeting = MeetingPages.editable(loaded, form.getVersion());
		if (result.hasErrors()) {
			return show(model, this.pages, id, user);
		}
		meeting.fileInArchive(form.getReference());
		this.pages.changed(meeting);
		redirect.addFlashAttribute(FLASH, "meeting.archive.saved");
		return "redirect:/meetings/" + id + "#archive";
	}

	/**
	 * The meeting page, with empty small forms where the model has none (a form that failed
	 * validation is kept with the user's input and its messages).
	 */
	static String show(Model model, MeetingPages pages, long id, SignedInUser user) {
		MeetingPages.MeetingPage page = pages.page(id, user);
		model.addAttribute("page", page);
		long version = page.meeting().getVersion();
		if (!model.containsAttribute("commentForm")) {
			TextForm form = new TextForm();
			form.setVersion(version);
			model.addAttribute("commentForm", form);
		}
		if (!model.containsAttribute("addendumForm")) {
			AddendumForm form = new AddendumForm();
			form.setVersion(version);
			model.addAttribute("addendumForm", form);
		}
		if (!model.containsAttribute("archiveForm")) {
			ArchiveForm form = new ArchiveForm();
			form.setReference(page.meeting().getArchiveReference());
			form.setVersion(version);
			model.addAttribute("archiveForm", form);
		}
		return "meeting/show";
	}

	static Meeting.Actor actor(SignedInUser user, MeetingPages.Loaded loaded) {
		return new Meeting.Actor(user.getUsername(), user.getDisplayName(), loaded.membership().memberOrganisationId());
	}

}
