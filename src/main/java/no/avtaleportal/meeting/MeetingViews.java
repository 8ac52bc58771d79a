package no.avtaleportal.meeting;

import java.util.List;

import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.web.Flash;
import no.avtaleportal.web.ListPages;
import no.avtaleportal.web.SelectOption;

/**
 * What the meeting controllers share: the flash message keys, the way back to the meeting after a
 * change, the meeting page with its small forms, the one-field and merge pages, and who acts on
 * the minutes.
 */
final class MeetingViews {

	/** A flash message key saying what was done. */
	static final String FLASH = Flash.MESSAGE;

	/** A flash message key saying why a step was not taken. */
	static final String FLASH_ERROR = Flash.ERROR;

	private MeetingViews() {
	}

	/**
	 * The meeting page, with empty small forms where the model has none (a form that failed
	 * validation is kept with the user's input and its messages).
	 */
	static String show(Model model, MeetingPages pages, long id, SignedInUser user) {
		return show(model, pages, id, user, null);
	}

	/**
	 * The meeting page with page {@code carriedPage} (from 1; the first when {@code null}) of the
	 * action items carried over from earlier meetings.
	 */
	static String show(Model model, MeetingPages pages, long id, SignedInUser user, Integer carriedPage) {
		MeetingPage page = pages.page(id, user, carriedPage);
		ListPages.page(page.carriedOverTotal(), carriedPage, MeetingPages.CARRIED_PAGE_SIZE,
				number -> "/meetings/" + id + ((number > 1) ? "?carried=" + number : "") + "#carried-heading", model);
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

	/** The page that merges a decision or action item recorded twice into one of the choices. */
	static String mergePage(Model model, Meeting meeting, String titleKey, String duplicate, String action,
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

	/**
	 * After a change to the meeting: the message saying what was done, and back to the meeting's
	 * page.
	 */
	static String backToMeeting(RedirectAttributes redirect, String messageKey, long id) {
		redirect.addFlashAttribute(FLASH, messageKey);
		return "redirect:/meetings/" + id;
	}

	/** The same, back to the part of the page with the fragment's id ({@code agenda}, {@code item-12}). */
	static String backToMeeting(RedirectAttributes redirect, String messageKey, long id, String fragment) {
		return backToMeeting(redirect, messageKey, id) + "#" + fragment;
	}

	/** The user acting on the minutes: their login, name and the party they are a member for. */
	static Meeting.Actor actor(SignedInUser user, MeetingPages.Loaded loaded) {
		return new Meeting.Actor(user.getUsername(), user.getDisplayName(), loaded.membership().memberOrganisationId());
	}

}
