package no.avtaleportal.activity;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.validation.Valid;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.agreement.DateWindow;
import no.avtaleportal.agreement.Agreements.CommitmentView;
import no.avtaleportal.agreement.Agreements.FocusAreaView;
import no.avtaleportal.audit.History;
import no.avtaleportal.people.People;
import no.avtaleportal.web.SelectOption;
import no.avtaleportal.web.Markdown;
import no.avtaleportal.web.NotFoundException;
import no.avtaleportal.web.StaleEdit;
import no.avtaleportal.web.Flash;

/**
 * The activity pages: the list with its filters and search, one page per activity with its
 * history, and the forms to create and edit activities, report status and change status. Every
 * action checks on the server who may take it (see {@link ActivityPermissions}).
 */
@Controller
class ActivityController {

	static final String FLASH = Flash.MESSAGE;

	private final ActivityRepository activities;

	private final StatusUpdateRepository updates;

	private final ActivityList list;

	private final Agreements agreements;

	private final People people;

	private final Markdown markdown;

	private final ActivityExport export;

	private final ActivityHistory statusHistory;

	private final Clock clock;

	private final History history;

	private final AgreementTerms terms;

	private final ObjectProvider<ActivityPageContribution> contributions;

	ActivityController(ActivityRepository activities, StatusUpdateRepository updates, ActivityList list,
			Agreements agreements, People people, Markdown markdown, ActivityExport export,
			ActivityHistory statusHistory, Clock clock, History history, AgreementTerms terms,
			ObjectProvider<ActivityPageContribution> contributions) {
		this.contributions = contributions;
		this.terms = terms;
		this.history = history;
		this.export = export;
		this.statusHistory = statusHistory;
		this.markdown = markdown;
		this.activities = activities;
		this.updates = updates;
		this.list = list;
		this.agreements = agreements;
		this.people = people;
		this.clock = clock;
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

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	// ---- the list

	@GetMapping("/activities")
	String list(@ModelAttribute("filter") ActivityFilter filter, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		List<FocusAreaView> areas = this.agreements.focusAreasVisibleTo(user);
		Names names = names(areas);
		ActivityList.Page page = this.list.page(filter, areaIds(areas, filter), user.getPersonId(), today());
		model.addAttribute("page", page);
		model.addAttribute("names", names);
		model.addAttribute("today", today());
		model.addAttribute("agreementOptions", areas.stream()
			.map(area -> SelectOption.of(area.agreementId(), area.agreementTitle()))
			.distinct()
			.toList());
		model.addAttribute("areaOptions", areas.stream().map(area -> SelectOption.of(area.id(), area.label())).toList());
		model.addAttribute("commitmentOptions", commitmentOptions(areas));
		model.addAttribute("leadOptions", leadOptions(names));
		model.addAttribute("personOptions", personOptions(names));
		model.addAttribute("statuses", Arrays.stream(ActivityStatus.values()).map(SelectOption::of).toList());
		model.addAttribute("lights", Arrays.stream(Light.values()).map(SelectOption::of).toList());
		model.addAttribute("canCreate", ActivityPermissions.mayCreate(user));
		model.addAttribute("previousQuery", (page.number() > 0) ? filter.toQuery(page.number() - 1) : null);
		model.addAttribute("nextQuery", (page.number() + 1 < page.pages()) ? filter.toQuery(page.number() + 1) : null);
		model.addAttribute("exportQuery", filter.toQuery(null));
		return "activity/list";
	}

	@GetMapping("/activities/export")
	ResponseEntity<byte[]> export(@ModelAttribute("filter") ActivityFilter filter,
			@AuthenticationPrincipal SignedInUser user, Locale locale) {
		List<FocusAreaView> areas = this.agreements.focusAreasVisibleTo(user);
		List<ActivityRow> rows = this.list.all(filter, areaIds(areas, filter), user.getPersonId(), today());
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("aktiviteter-" + today() + ".csv").build().toString())
			.body(this.export.toCsv(rows, names(areas), today(), locale));
	}

	static Set<Long> areaIds(List<FocusAreaView> areas, ActivityFilter filter) {
		return areas.stream()
			.filter(area -> filter.agreement() == null || area.agreementId() == filter.agreement())
			.map(FocusAreaView::id)
			.collect(Collectors.toSet());
	}

	Names names(List<FocusAreaView> areas) {
		return Names.of(areas, this.people.persons(), this.people.organisations());
	}

	private List<SelectOption> commitmentOptions(List<FocusAreaView> areas) {
		return areas.stream()
			.flatMap(area -> area.commitments().stream())
			.map(commitment -> SelectOption.of(commitment.id(), commitment.label()))
			.toList();
	}

	private static List<SelectOption> leadOptions(Names names) {
		return Stream.concat(names.organisations()
			.values()
			.stream()
			.map(organisation -> SelectOption.of(organisation.id(), organisation.shortName())),
				Stream.of(new SelectOption(ActivityFilter.JOINT, "activity.lead.joint", true)))
			.toList();
	}

	private static List<SelectOption> personOptions(Names names) {
		return names.persons().values().stream().map(person -> SelectOption.of(person.id(), person.label())).toList();
	}

	// ---- one activity

	@GetMapping("/activities/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		return showPage(visibleActivity(id, user, model), user, model);
	}

	/**
	 * Every saved change of the activity and its deliverables, field by field, for anyone who may
	 * read it.
	 */
	@GetMapping("/activities/{id}/history")
	String history(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		Activity activity = visibleActivity(id, user, model);
		Names names = (Names) model.getAttribute("names");
		History.Names words = (field, value) -> switch (field) {
			case "focusAreaId" -> (names.area((Long) value) != null)
					? names.area((Long) value).code() + " " + names.area((Long) value).title() : null;
			case "commitmentId" -> (names.commitment((Long) value) != null) ? names.commitment((Long) value).label() : null;
			case "leadOrganisationId" -> names.lead((Long) value);
			case "responsiblePersonId", "contributorIds" -> names.person((Long) value);
			default -> null;
		};
		return this.history.page(model,
				History.merge(this.history.of(Activity.class, id, words),
						this.history.ofParts(Deliverable.class, "activity", id, "title", words)),
				activity.getTitle(), "/activities/" + id);
	}

	/** The activity's page, with empty forms for those not already in the model (with errors). */
	private String showPage(Activity activity, SignedInUser user, Model model) {
		if (!model.containsAttribute("updateForm")) {
			StatusUpdateForm updateForm = new StatusUpdateForm();
			updateForm.setWrittenOn(today());
			model.addAttribute("updateForm", updateForm);
		}
		if (!model.containsAttribute("statusForm")) {
			StatusChangeForm statusForm = new StatusChangeForm();
			statusForm.setVersion(activity.getVersion());
			model.addAttribute("statusForm", statusForm);
		}
		if (!model.containsAttribute("deliverableForm")) {
			model.addAttribute("deliverableForm", new DeliverableForm());
		}
		model.addAttribute("activity", activity);
		model.addAttribute("markdown", this.markdown);
		model.addAttribute("updates", this.updates.findByActivityIdOrderByWrittenOnDescIdDesc(activity.getId()));
		model.addAttribute("canUpdate", ActivityPermissions.mayUpdate(user, activity));
		model.addAttribute("today", today());
		model.addAttribute("lights", Arrays.stream(Light.values()).map(SelectOption::of).toList());
		model.addAttribute("targets", targets(activity.getStatus()));
		this.contributions.orderedStream().forEach(contribution -> contribution.toActivityPage(activity.getId(), model));
		return "activity/show";
	}

	private static List<SelectOption> targets(ActivityStatus status) {
		List<ActivityStatus> targets = switch (status) {
			case PLANNED -> List.of(ActivityStatus.IN_PROGRESS, ActivityStatus.ON_HOLD, ActivityStatus.COMPLETED,
					ActivityStatus.CANCELLED);
			case IN_PROGRESS -> List.of(ActivityStatus.ON_HOLD, ActivityStatus.COMPLETED, ActivityStatus.CANCELLED);
			case ON_HOLD -> List.of(ActivityStatus.IN_PROGRESS, ActivityStatus.COMPLETED, ActivityStatus.CANCELLED);
			case COMPLETED, CANCELLED -> List.of(ActivityStatus.IN_PROGRESS);
		};
		return targets.stream().map(SelectOption::of).toList();
	}

	/**
	 * The activity with everything its pages show, if the user may see it; puts the names it
	 * refers to in the model.
	 * @throws NotFoundException when there is none or it belongs to an agreement the user may not see
	 */
	private Activity visibleActivity(long id, SignedInUser user, Model model) {
		Activity activity = this.activities.findWhole(id).orElseThrow(() -> new NotFoundException("activity " + id));
		List<FocusAreaView> areas = this.agreements.focusAreasVisibleTo(user);
		if (areas.stream().noneMatch(area -> area.id() == activity.getFocusAreaId())) {
			throw new NotFoundException("activity " + id);
		}
		model.addAttribute("names", names(areas));
		return activity;
	}

	@PostMapping("/activities/{id}/updates")
	@Transactional
	String report(@PathVariable long id, @Valid @ModelAttribute("updateForm") StatusUpdateForm form,
			BindingResult result, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		Activity activity = visibleActivity(id, user, model);
		ActivityPermissions.checkUpdate(user, activity);
		this.terms.ofFocusArea(activity.getFocusAreaId()).check(result, "writtenOn", form.getWrittenOn());
		if (!result.hasErrors()) {
			try {
				this.updates.save(activity.report(form.getWrittenOn(), today(), user.getPersonId(), user.getDisplayName(),
						form.getLight(), form.getText()));
			}
			catch (ActivityRuleException ex) {
				result.rejectValue(ex.getField(), ex.getMessageKey());
			}
		}
		if (result.hasErrors()) {
			return showPage(activity, user, model);
		}
		redirect.addFlashAttribute(FLASH, "activity.update.saved");
		return "redirect:/activities/" + id;
	}

	@PostMapping("/activities/{id}/status")
	@Transactional
	String changeStatus(@PathVariable long id, @Valid @ModelAttribute("statusForm") StatusChangeForm form,
			BindingResult result, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		Activity activity = visibleActivity(id, user, model);
		ActivityPermissions.checkUpdate(user, activity);
		StaleEdit.check(activity.getVersion(), form, null, result, model);
		this.terms.ofFocusArea(activity.getFocusAreaId()).check(result, "completedOn", form.getCompletedOn());
		if (!result.hasErrors()) {
			try {
				switch (form.getTarget()) {
					case IN_PROGRESS -> {
						if (activity.getStatus().isClosed()) {
							activity.reopen();
						}
						else {
							activity.start();
						}
					}
					case ON_HOLD -> activity.putOnHold();
					case COMPLETED -> activity.complete(form.getCompletedOn(), today());
					case CANCELLED -> activity.cancel(form.getReason());
					case PLANNED -> throw new ActivityRuleException("target", "activity.error.cannotPlan");
				}
			}
			catch (ActivityRuleException ex) {
				result.rejectValue(ex.getField(), ex.getMessageKey());
			}
		}
		if (result.hasErrors()) {
			return showPage(activity, user, model);
		}
		this.activities.save(activity);
		this.statusHistory.record(activity, (activity.getStatus() == ActivityStatus.COMPLETED) ? activity.getCompletedOn() : today());
		redirect.addFlashAttribute(FLASH, "activity.status.saved");
		return "redirect:/activities/" + id;
	}

	@PostMapping("/activities/{id}/deliverables")
	@Transactional
	String addDeliverable(@PathVariable long id, @Valid @ModelAttribute("deliverableForm") DeliverableForm form,
			BindingResult result, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		Activity activity = visibleActivity(id, user, model);
		ActivityPermissions.checkUpdate(user, activity);
		this.terms.ofFocusArea(activity.getFocusAreaId()).check(result, "dueDate", form.getDueDate());
		if (result.hasErrors()) {
			return showPage(activity, user, model);
		}
		activity.addDeliverable(form.getTitle(), form.getDueDate());
		this.activities.save(activity);
		redirect.addFlashAttribute(FLASH, "activity.deliverable.saved");
		return "redirect:/activities/" + id;
	}

	@PostMapping("/activities/{id}/deliverables/{index}/done")
	@Transactional
	String deliver(@PathVariable long id, @PathVariable int index, @RequestParam(required = false) Long version,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		redirect.addFlashAttribute(FLASH, "activity.deliverable.delivered");
		return changeDeliverable(id, index, version, user, model, Activity::markDelivered);
	}

	@PostMapping("/activities/{id}/deliverables/{index}/remove")
	@Transactional
	String removeDeliverable(@PathVariable long id, @PathVariable int index, @RequestParam(required = false) Long version,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		redirect.addFlashAttribute(FLASH, "activity.deliverable.removed");
		return changeDeliverable(id, index, version, user, model, Activity::removeDeliverable);
	}

	/**
	 * Changes the deliverable at the position (from 0) of an activity the user may update, when
	 * the form was made from the activity's current version. Who may not see or update the
	 * activity learns no more than that, whatever the form holds; a form without its version is a
	 * 400 to the others.
	 */
	private String changeDeliverable(long id, int index, Long version, SignedInUser user, Model model,
			java.util.function.ObjIntConsumer<Activity> change) {
		Activity activity = visibleActivity(id, user, model);
		ActivityPermissions.checkUpdate(user, activity);
		if (version == null) {
			throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST,
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

	// ---- create and edit

	@GetMapping("/activities/new")
	String newActivity(@AuthenticationPrincipal SignedInUser user, Model model,
			@RequestParam(required = false) Long area) {
		ActivityPermissions.checkCreate(user);
		ActivityForm form = new ActivityForm();
		form.setFocusAreaId(area);
		form.setLead((user.getOrganisationId() != null) ? user.getOrganisationId().toString() : ActivityFilter.JOINT);
		form.setResponsiblePersonId(user.getPersonId());
		return form(model.addAttribute("form", form), user, null);
	}

	@PostMapping("/activities/new")
	@Transactional
	String create(@Valid @ModelAttribute("form") ActivityForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		ActivityPermissions.checkCreate(user);
		if (!check(form, user, result)) {
			return form(model, user, null);
		}
		Activity activity = new Activity(form.getTitle(), form.getFocusAreaId(), form.getResponsiblePersonId());
		form.applyTo(activity);
		this.activities.save(activity);
		redirect.addFlashAttribute(FLASH, "activity.saved");
		return "redirect:/activities/" + activity.getId();
	}

	@GetMapping("/activities/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		Activity activity = visibleActivity(id, user, model);
		ActivityPermissions.checkUpdate(user, activity);
		return form(model.addAttribute("form", ActivityForm.from(activity)), user, activity);
	}

	@PostMapping("/activities/{id}/edit")
	@Transactional
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ActivityForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		Activity activity = visibleActivity(id, user, model);
		ActivityPermissions.checkUpdate(user, activity);
		StaleEdit.check(activity.getVersion(), form, ActivityForm.from(activity), result, model);
		if (!check(form, user, result)) {
			return form(model, user, activity);
		}
		form.applyTo(activity);
		this.activities.save(activity);
		redirect.addFlashAttribute(FLASH, "activity.saved");
		return "redirect:/activities/" + id;
	}

	/**
	 * Checks what Bean Validation cannot; {@code false} when the form has errors.
	 */
	private boolean check(ActivityForm form, SignedInUser user, BindingResult result) {
		List<FocusAreaView> areas = this.agreements.focusAreasVisibleTo(user);
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
		Set<Long> personIds = this.people.persons().stream().map(People.PersonView::id).collect(Collectors.toSet());
		if (form.getResponsiblePersonId() != null && !personIds.contains(form.getResponsiblePersonId())) {
			result.rejectValue("responsiblePersonId", "activity.error.unknown");
		}
		if (form.getContributorIds() != null && !personIds.containsAll(form.getContributorIds())) {
			result.rejectValue("contributorIds", "activity.error.unknown");
		}
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
		if (form.getStartDate() != null && form.getDueDate() != null && form.getDueDate().isBefore(form.getStartDate())) {
			result.rejectValue("dueDate", "activity.error.dueBeforeStart");
		}
		return !result.hasErrors();
	}

	private String form(Model model, SignedInUser user, Activity activity) {
		List<FocusAreaView> areas = this.agreements.focusAreasVisibleTo(user);
		Names names = names(areas);
		model.addAttribute("activity", activity);
		model.addAttribute("areaOptions", areas.stream()
			.map(area -> SelectOption.of(area.id(), area.label() + " – " + area.agreementTitle()))
			.toList());
		model.addAttribute("commitmentOptions", commitmentOptions(areas));
		model.addAttribute("leadOptions", leadOptions(names));
		model.addAttribute("personOptions", personOptions(names));
		return "activity/form";
	}

}
