package no.avtaleportal.activity;

import java.util.function.ObjIntConsumer;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

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
import no.avtaleportal.agreement.AgreementTerms;
import no.avtaleportal.web.Flash;
import no.avtaleportal.web.NotFoundException;
import no.avtaleportal.web.StaleEdit;

/**
 * How an activity goes, on its page: status updates, changes of status and its deliverables.
 * Each change is the activity's own ({@link Activity#moveTo}, {@link Activity#report}, ...); a
 * broken rule comes back on the page with the input kept.
 */
@Controller
class ActivityStatusController {

	private final ActivityPages pages;

	private final ActivityRepository activities;

	private final StatusUpdateRepository updates;

	private final AgreementTerms terms;

	ActivityStatusController(ActivityPages pages, ActivityRepository activities, StatusUpdateRepository updates,
			AgreementTerms terms) {
		this.pages = pages;
		this.activities = activities;
		this.updates = updates;
		this.terms = terms;
	}

	@PostMapping("/activities/{id}/updates")
	@Transactional
	String report(@PathVariable long id, @Valid @ModelAttribute("updateForm") StatusUpdateForm form,
			BindingResult result, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		Activity activity = addingTo(id, user, model);
		this.terms.ofFocusArea(activity.getFocusAreaId()).check(result, "writtenOn", form.getWrittenOn());
		StatusUpdate saved = null;
		if (!result.hasErrors()) {
			try {
				saved = this.updates.save(form.applyTo(activity, this.pages.today(), user.getPersonId(), user.getDisplayName()));
			}
			catch (ActivityRuleException ex) {
				result.rejectValue(ex.getField(), ex.getMessageKey());
			}
		}
		if (result.hasErrors()) {
			return this.pages.show(activity, user, model);
		}
		redirect.addFlashAttribute(Flash.MESSAGE, "activity.update.saved");
		// a new update on the first page shows below the message; one dated earlier is shown on its own page
		int page = this.pages.historyPageOf(saved);
		return "redirect:" + ActivityPages.pageUrl(id, page) + ((page > 1) ? "#update-" + saved.getId() : "");
	}

	/**
	 * A status update, for a link to it (a search hit): the activity's page with the page of its
	 * history that holds it.
	 */
	@GetMapping("/activities/{id}/updates/{updateId}")
	@Transactional(readOnly = true)
	String showUpdate(@PathVariable long id, @PathVariable long updateId, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		this.pages.visibleActivity(id, user, model);
		StatusUpdate update = this.updates.findByIdAndActivityId(updateId, id)
			.orElseThrow(() -> new NotFoundException("status update " + updateId));
		return "redirect:" + ActivityPages.pageUrl(id, this.pages.historyPageOf(update)) + "#update-" + updateId;
	}

	@PostMapping("/activities/{id}/status")
	@Transactional
	String changeStatus(@PathVariable long id, @Valid @ModelAttribute("statusForm") StatusChangeForm form,
			BindingResult result, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		Activity activity = updatable(id, user, model);
		StaleEdit.check(activity.getVersion(), form, null, result, model);
		this.terms.ofFocusArea(activity.getFocusAreaId()).check(result, "completedOn", form.getCompletedOn());
		if (!result.hasErrors()) {
			try {
				form.applyTo(activity, this.pages.today());
			}
			catch (ActivityRuleException ex) {
				result.rejectValue(ex.getField(), ex.getMessageKey());
			}
		}
		if (result.hasErrors()) {
			return this.pages.show(activity, user, model);
		}
		this.activities.save(activity);
		redirect.addFlashAttribute(Flash.MESSAGE, "activity.status.saved");
		return "redirect:/activities/" + id;
	}

	@PostMapping("/activities/{id}/deliverables")
	@Transactional
	String addDeliverable(@PathVariable long id, @Valid @ModelAttribute("deliverableForm") DeliverableForm form,
			BindingResult result, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		Activity activity = addingTo(id, user, model);
		this.terms.ofFocusArea(activity.getFocusAreaId()).check(result, "dueDate", form.getDueDate());
		if (result.hasErrors()) {
			return this.pages.show(activity, user, model);
		}
		form.applyTo(activity);
		this.activities.save(activity);
		redirect.addFlashAttribute(Flash.MESSAGE, "activity.deliverable.saved");
		return "redirect:/activities/" + id;
	}

	@PostMapping("/activities/{id}/deliverables/{index}/done")
	@Transactional
	String deliver(@PathVariable long id, @PathVariable int index, @RequestParam(required = false) Long version,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		redirect.addFlashAttribute(Flash.MESSAGE, "activity.deliverable.delivered");
		return changeDeliverable(id, index, version, user, model, Activity::markDelivered);
	}

	@PostMapping("/activities/{id}/deliverables/{index}/remove")
	@Transactional
	String removeDeliverable(@PathVariable long id, @PathVariable int index, @RequestParam(required = false) Long version,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		redirect.addFlashAttribute(Flash.MESSAGE, "activity.deliverable.removed");
		return changeDeliverable(id, index, version, user, model, Activity::removeDeliverable);
	}

	/**
	 * Changes the deliverable at the position (from 0) of an activity the user may update, when
	 * the form was made from the activity's current version. Who may not see or update the
	 * activity learns no more than that, whatever the form holds; a form without its version is a
	 * 400 to the others.
	 */
	private String changeDeliverable(long id, int index, Long version, SignedInUser user, Model model,
			ObjIntConsumer<Activity> change) {
		Activity activity = updatable(id, user, model);
		if (version == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"the form holds no version");
		}
		StaleEdit.require(activity.getVersion(), version, Activity.class, activity.getId());
		if (index < 0 || index >= activity.getDeliverables().size()) {
			throw new NotFoundException("deliverable " + index + " of activity " + id);
		}
		change.accept(activity, index);
		this.activities.save(activity);
		return "redirect:/activities/" + id;
	}

	/**
	 * The activity, if the user may see and update it, to add a status update or a deliverable to:
	 * held until the request's transaction ends and read only then ({@link ActivityRepository#lockForUpdate}),
	 * so that what someone added a moment earlier is no conflict. Nothing the user saw is changed.
	 */
	private Activity addingTo(long id, SignedInUser user, Model model) {
		this.activities.lockForUpdate(id);
		return updatable(id, user, model);
	}

	/** The activity, if the user may see and update it. */
	private Activity updatable(long id, SignedInUser user, Model model) {
		Activity activity = this.pages.visibleActivity(id, user, model);
		ActivityPermissions.checkUpdate(user, activity);
		return activity;
	}

}
