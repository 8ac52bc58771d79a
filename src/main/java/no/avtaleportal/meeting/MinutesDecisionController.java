package no.avtaleportal.meeting;

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
import no.avtaleportal.web.SelectOption;

/**
 * The decisions in a meeting's draft minutes, under their agenda items: recorded, rewritten,
 * merged when recorded twice, and removed. They get their numbers when the minutes are approved
 * ({@link MinutesWorkflow}); the register of numbered decisions is {@code /decisions}.
 */
@Controller
class MinutesDecisionController {

	private final MeetingPages pages;

	MinutesDecisionController(MeetingPages pages) {
		this.pages = pages;
	}

	@GetMapping("/meetings/{id}/agenda/{itemId}/decisions/new")
	@Transactional(readOnly = true)
	String newDecision(@PathVariable long id, @PathVariable long itemId, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		Meeting meeting = this.pages.insider(id, user);
		meeting.requireEditable();
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
		return MeetingViews.backToMeeting(redirect, "meeting.decision.saved", id, "item-" + itemId);
	}

	private static String decisionPage(Model model, Meeting meeting, long itemId) {
		model.addAttribute("subtitle", meeting.agendaItem(itemId).getTitle());
		return MeetingViews.textPage(model, meeting, "meeting.decision.new", "meeting.field.decision",
				"/meetings/" + meeting.getId() + "/agenda/" + itemId + "/decisions/new");
	}

	@PostMapping("/meetings/{id}/decisions/{decisionId}/delete")
	@Transactional
	String deleteDecision(@PathVariable long id, @PathVariable long decisionId, @RequestParam long version,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		this.pages.change(id, version, user, meeting -> meeting.removeDecision(decisionId));
		return MeetingViews.backToMeeting(redirect, "meeting.decision.deleted", id);
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
		return MeetingViews.backToMeeting(redirect, "meeting.decision.saved", id,
				"item-" + decision.getAgendaItem().getId());
	}

	private static String editDecisionPage(Model model, Meeting meeting, Decision decision) {
		model.addAttribute("subtitle", decision.getAgendaItem().getTitle());
		return MeetingViews.textPage(model, meeting, "meeting.decision.edit", "meeting.field.decision",
				"/meetings/" + meeting.getId() + "/decisions/" + decision.getId() + "/edit");
	}

	@GetMapping("/meetings/{id}/decisions/{decisionId}/merge")
	@Transactional(readOnly = true)
	String mergeDecisionForm(@PathVariable long id, @PathVariable long decisionId,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		Meeting meeting = this.pages.insider(id, user);
		meeting.requireEditable();
		Decision duplicate = meeting.decision(decisionId);
		return MeetingViews.mergePage(model, meeting, "meeting.decision.merge", duplicate.getText(),
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
		return MeetingViews.backToMeeting(redirect, "meeting.merged", id);
	}

}
