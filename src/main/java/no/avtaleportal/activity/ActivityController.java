package no.avtaleportal.activity;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.validation.Valid;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
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

import no.avtaleportal.account.AccessRules;
import no.avtaleportal.account.Role;
import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.agreement.AgreementTerms;
import no.avtaleportal.agreement.Agreements.CommitmentView;
import no.avtaleportal.agreement.Agreements.FocusAreaView;
import no.avtaleportal.agreement.DateWindow;
import no.avtaleportal.audit.History;
import no.avtaleportal.people.People;
import no.avtaleportal.people.PersonResolver;
import no.avtaleportal.web.Flash;
import no.avtaleportal.web.PersonPicker;
import no.avtaleportal.web.SelectOption;
import no.avtaleportal.web.StaleEdit;

/**
 * One activity: its page and history, and the form that creates and edits it. Every action checks
 * on the server who may take it (see {@link ActivityPermissions}); the list is
 * {@link ActivityListController}, the changes on the page {@link ActivityStatusController}.
 */
@Controller
class ActivityController {

	private final ActivityPages pages;

	private final ActivityRepository activities;

	private final People people;

	private final PersonResolver persons;

	private final History history;

	private final AgreementTerms terms;

	ActivityController(ActivityPages pages, ActivityRepository activities, People people, PersonResolver persons,
			History history, AgreementTerms terms) {
		this.pages = pages;
		this.activities = activities;
		this.people = people;
		this.persons = persons;
		this.history = history;
		this.terms = terms;
	}

	@Bean
	static AccessRules activityAccess() {
		String[] writers = { Role.ADMIN.name(), Role.STEERING_GROUP.name(), Role.SECRETARY.name(), Role.CONTRIBUTOR.name() };
		return requests -> requests.requestMatchers("/activities/new")
			.hasAnyRole(writers)
			.requestMatchers(HttpMethod.GET, "/activities", "/activities/**")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/activities/**")
			.hasAnyRole(writers);
	}

	@GetMapping("/activities/{id}")
	String show(@PathVariable long id, @RequestParam(name = "page", required = false) Integer historyPage,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		return this.pages.show(this.pages.visibleActivity(id, user, model), historyPage, user, model);
	}

	/**
	 * Every saved change of the activity and its deliverables, field by field, for anyone who may
	 * read it.
	 */
	@GetMapping("/activities/{id}/history")
	String history(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
			@RequestParam(name = "page", required = false) Integer historyPage, Model model) {
		Activity activity = this.pages.visibleActivity(id, user, model);
		Names names = (Names) model.getAttribute("names");
		History.Names words = (field, value) -> switch (field) {
			case "focusAreaId" -> (names.area((Long) value) != null)
					? names.area((Long) value).code() + ": " + names.area((Long) value).title() : null;
			case "commitmentId" -> (names.commitment((Long) value) != null) ? names.commitment((Long) value).label() : null;
			case "leadOrganisationId" -> names.lead((Long) value);
			case "responsiblePersonId", "contributorIds" -> names.person((Long) value);
			default -> null;
		};
		return this.history.page(model, historyPage,
				History.merge(this.history.of(Activity.class, id, words),
						this.history.ofParts(Deliverable.class, "activity", id, "title", words)),
				activity.getTitle(), "/activities/" + id);
	}

	@GetMapping("/activities/new")
	String newActivity(@AuthenticationPrincipal SignedInUser user, Model model,
			@RequestParam(required = false) Long area) {
		ActivityPermissions.checkCreate(user);
		Long person = user.getPersonId();
		model.addAttribute("form", ActivityForm.startedBy(area, user.getOrganisationId(),
				(person != null) ? this.persons.texts(Set.of(person)).get(person) : null));
		return form(model, user, null);
	}

	@PostMapping("/activities/new")
	@Transactional
	String create(@Valid @ModelAttribute("form") ActivityForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		ActivityPermissions.checkCreate(user);
		if (!check(form, user, result, model)) {
			return form(model, user, null);
		}
		Activity activity = this.activities.save(form.create());
		redirect.addFlashAttribute(Flash.MESSAGE, "activity.saved");
		return "redirect:/activities/" + activity.getId();
	}

	@GetMapping("/activities/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		Activity activity = this.pages.visibleActivity(id, user, model);
		ActivityPermissions.checkUpdate(user, activity);
		return form(model.addAttribute("form", savedForm(activity)), user, activity);
	}

	@PostMapping("/activities/{id}/edit")
	@Transactional
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ActivityForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		Activity activity = this.pages.visibleActivity(id, user, model);
		ActivityPermissions.checkUpdate(user, activity);
		StaleEdit.check(activity.getVersion(), form, savedForm(activity), result, model);
		if (!check(form, user, result, model)) {
			return form(model, user, activity);
		}
		form.applyTo(activity);
		this.activities.save(activity);
		redirect.addFlashAttribute(Flash.MESSAGE, "activity.saved");
		return "redirect:/activities/" + id;
	}

	/** The activity as saved, its people named as their fields name them. */
	private ActivityForm savedForm(Activity activity) {
		Map<Long, String> texts = this.persons.texts(Stream.concat(Stream.of(activity.getResponsiblePersonId()),
				activity.getContributorIds().stream()).collect(Collectors.toSet()));
		return ActivityForm.from(activity, texts);
	}

	/**
	 * Checks what Bean Validation cannot and sets the persons the form names; {@code false} when
	 * the form has errors.
	 */
	private boolean check(ActivityForm form, SignedInUser user, BindingResult result, Model model) {
		List<FocusAreaView> areas = this.pages.areasOf(user);
		FocusAreaView area = areas.stream()
			.filter(candidate -> form.getFocusAreaId() != null && candidate.id() == form.getFocusAreaId())
			.findFirst()
			.orElse(null);
		if (form.getFocusAreaId() != null && area == null) {
			result.rejectValue("focusAreaId", "activity.error.unknown");
		}
		if (form.getCommitmentId() != null && (area == null
				|| area.commitments().stream().map(CommitmentView::id).noneMatch(form.getCommitmentId()::equals))) {
			result.rejectValue("commitmentId", "activity.error.commitmentNotInArea");
		}
		if (form.getLead() != null && !ActivityFilter.JOINT.equals(form.getLead()) && (form.leadOrganisationId() == null
				|| this.people.organisations().stream().noneMatch(org -> form.leadOrganisationId().equals(org.id())))) {
			result.rejectValue("lead", "activity.error.unknown");
		}
		PersonPicker picker = new PersonPicker(this.persons::resolve, form, result, model);
		form.setResponsiblePersonId(picker.one("responsiblePerson", form.getResponsiblePerson()));
		form.setContributorIds(picker.lines("contributors", form.getContributors()));
		if (form.getLinks() != null && Arrays.stream(form.getLinks().split("\\R"))
			.map(String::strip)
			.anyMatch(link -> !link.isEmpty() && !link.matches("https?://\\S+"))) {
			result.rejectValue("links", "activity.error.link");
		}
		if (area != null) {
			DateWindow window = this.terms.ofAgreement(area.agreementId());
			window.check(result, "startDate", form.getStartDate());
			window.check(result, "dueDate", form.getDueDate());
		}
		try {
			Activity.checkDates(form.getStartDate(), form.getDueDate());
		}
		catch (ActivityRuleException ex) {
			result.rejectValue(ex.getField(), ex.getMessageKey());
		}
		return !result.hasErrors();
	}

	private String form(Model model, SignedInUser user, Activity activity) {
		List<FocusAreaView> areas = this.pages.areasOf(user);
		// the organisations' names: the people are typed, not chosen from a list of everyone
		Names names = this.pages.names(areas, Set.of());
		model.addAttribute("activity", activity);
		model.addAttribute("areaOptions", areas.stream()
			.map(area -> SelectOption.of(area.id(), area.labelWithAgreement()))
			.toList());
		model.addAttribute("commitmentOptions", ActivityPages.commitmentOptions(areas));
		model.addAttribute("leadOptions", ActivityPages.leadOptions(names));
		return "activity/form";
	}

}
