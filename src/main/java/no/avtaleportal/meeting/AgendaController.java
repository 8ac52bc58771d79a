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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.activity.Activities;
import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.web.SelectOption;

/**
 * The agenda of a meeting: items added, edited with their notes and links to focus areas,
 * intentions and activities, reordered without JavaScript and removed (after a confirmation page).
 * Every edit is a member's or the secretary's, on a draft, at the version the page was opened at.
 */
@Controller
class AgendaController {

	private final MeetingPages pages;

	AgendaController(MeetingPages pages) {
		this.pages = pages;
	}

	@GetMapping("/meetings/{id}/agenda/new")
	@Transactional(readOnly = true)
	String newItem(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		MeetingPages.Loaded loaded = this.pages.load(id, user);
		Meeting meeting = MeetingPages.insider(loaded);
		meeting.requireEditable();
		AgendaItemForm form = new AgendaItemForm();
		form.setVersion(meeting.getVersion());
		model.addAttribute("form", form);
		return itemForm(model, loaded, null);
	}

	@PostMapping("/meetings/{id}/agenda/new")
	@Transactional
	String createItem(@PathVariable long id, @Valid @ModelAttribute("form") AgendaItemForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		MeetingPages.Loaded loaded = this.pages.load(id, user);
		Meeting meeting = MeetingPages.editable(loaded, form, result, model);
		checkTopics(form, loaded, user, result);
		if (result.hasErrors()) {
			return itemForm(model, loaded, null);
		}
		meeting.addAgendaItem(form.getTitle(), form.getPresenter(), form.getPlannedMinutes(), form.topics());
		this.pages.changed(meeting);
		return MeetingViews.backToMeeting(redirect, "meeting.agenda.saved", id, "agenda");
	}

	@GetMapping("/meetings/{id}/agenda/{itemId}/edit")
	@Transactional(readOnly = true)
	String editItem(@PathVariable long id, @PathVariable long itemId, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		MeetingPages.Loaded loaded = this.pages.load(id, user);
		Meeting meeting = MeetingPages.insider(loaded);
		meeting.requireEditable();
		AgendaItem item = meeting.agendaItem(itemId);
		model.addAttribute("form", AgendaItemForm.from(item, meeting.getVersion()));
		return itemForm(model, loaded, item);
	}

	@PostMapping("/meetings/{id}/agenda/{itemId}/edit")
	@Transactional
	String updateItem(@PathVariable long id, @PathVariable long itemId,
			@Valid @ModelAttribute("form") AgendaItemForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		MeetingPages.Loaded loaded = this.pages.load(id, user);
		Meeting meeting = MeetingPages.editable(loaded, form,
				saved -> AgendaItemForm.from(saved.agendaItem(itemId), saved.getVersion()), result, model);
		AgendaItem item = meeting.agendaItem(itemId);
		checkTopics(form, loaded, user, result);
		if (result.hasErrors()) {
			return itemForm(model, loaded, item);
		}
		meeting.writeNotes(itemId, form.getTitle(), form.getPresenter(), form.getPlannedMinutes(), form.topics(),
				form.getNotes());
		this.pages.changed(meeting);
		return MeetingViews.backToMeeting(redirect, "meeting.agenda.saved", id, "item-" + itemId);
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
		return MeetingViews.backToMeeting(redirect, "meeting.agenda.deleted", id, "agenda");
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

}
