package no.avtaleportal.indicator;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.agreement.Agreements.CommitmentView;
import no.avtaleportal.agreement.Agreements.FocusAreaView;
import no.avtaleportal.audit.History;
import no.avtaleportal.document.SharedDocuments;
import no.avtaleportal.people.People.OrganisationView;
import no.avtaleportal.people.People;
import no.avtaleportal.web.SelectOption;
import no.avtaleportal.web.NotFoundException;

/**
 * The indicator pages: every indicator the user sees with its status, one page per indicator with
 * its chart, figures and measurements, the forms to define an indicator and to record and correct
 * measurements, its history and the CSV export. Each action checks on the server who may take it
 * (see {@link IndicatorPermissions}); an indicator of an agreement the user does not see is a 404.
 */
@Controller
class IndicatorController {

	private static final String FLASH = no.avtaleportal.web.Flash.MESSAGE;

	private final IndicatorRepository indicators;

	private final Indicators views;

	private final Agreements agreements;

	private final People people;

	private final SharedDocuments documents;

	private final IndicatorExport export;

	private final History history;

	private final Clock clock;

	IndicatorController(IndicatorRepository indicators, Indicators views, Agreements agreements, People people,
			SharedDocuments documents, IndicatorExport export, History history, Clock clock) {
		this.indicators = indicators;
		this.views = views;
		this.agreements = agreements;
		this.people = people;
		this.documents = documents;
		this.export = export;
		this.history = history;
		this.clock = clock;
	}

	@Bean
	static AccessRules indicatorAccess() {
		String[] definers = { Role.ADMIN.name(), Role.STEERING_GROUP.name(), Role.SECRETARY.name() };
		return requests -> requests.requestMatchers("/indicators/new", "/indicators/*/edit")
			.hasAnyRole(definers)
			.requestMatchers(HttpMethod.GET, "/indicators", "/indicators/**")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/indicators/*/measurements")
			.hasAnyRole(Role.ADMIN.name(), Role.STEERING_GROUP.name(), Role.SECRETARY.name(), Role.CONTRIBUTOR.name())
			.requestMatchers(HttpMethod.POST, "/indicators/*/measurements/*/edit")
			.hasAnyRole(Role.ADMIN.name(), Role.STEERING_GROUP.name());
	}

	/** Numbers as people write them: "12,5" as well as "12.5", spaces between thousands allowed. */
	@org.springframework.web.bind.annotation.InitBinder
	void numbers(org.springframework.web.bind.WebDataBinder binder) {
		binder.registerCustomEditor(java.math.BigDecimal.class, new java.beans.PropertyEditorSupport() {
			@Override
			public void setAsText(String text) {
				String plain = (text != null) ? text.replace('\u00a0', ' ').replace(" ", "").replace(',', '.') : "";
				setValue(plain.isEmpty() ? null : new java.math.BigDecimal(plain));
			}

			@Override
			public String getAsText() {
				return (getValue() != null) ? IndicatorForm.plain((java.math.BigDecimal) getValue()).toPlainString() : "";
			}
		});
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	@GetMapping("/indicators")
	String list(@AuthenticationPrincipal SignedInUser user, Model model) {
		List<FocusAreaView> areas = this.agreements.focusAreasVisibleTo(user);
		Map<Long, List<IndicatorView>> byCommitment = this.views
			.of(areas.stream().flatMap(area -> area.commitments().stream()).map(CommitmentView::id).toList(), today())
			.stream()
			.collect(Collectors.groupingBy(IndicatorView::commitmentId));
		model.addAttribute("areas", areas.stream()
			.filter(area -> area.commitments().stream().anyMatch(c -> byCommitment.containsKey(c.id())))
			.toList());
		model.addAttribute("byCommitment", byCommitment);
		model.addAttribute("mayDefine", IndicatorPermissions.mayDefine(user));
		return "indicator/list";
	}

	@GetMapping("/indicators/export")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal SignedInUser user, Locale locale) {
		List<FocusAreaView> areas = this.agreements.focusAreasVisibleTo(user);
		List<IndicatorView> all = this.views.of(
				areas.stream().flatMap(area -> area.commitments().stream()).map(CommitmentView::id).toList(), today());
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("indikatorer-" + today() + ".csv").build().toString())
			.body(this.export.toCsv(all, commitments(areas), locale));
	}

	// ---- one indicator

	@GetMapping("/indicators/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		Indicator indicator = visible(id, user, model);
		if (!model.containsAttribute("measurementForm")) {
			MeasurementForm form = new MeasurementForm();
			form.setMeasuredOn(today());
			model.addAttribute("measurementForm", form);
		}
		return showPage(indicator, user, model);
	}

	private String showPage(Indicator indicator, SignedInUser user, Model model) {
		CommitmentView commitment = (CommitmentView) model.getAttribute("commitment");
		model.addAttribute("indicator", IndicatorView.of(indicator, party(indicator.getResponsibleOrganisationId()), today()));
		model.addAttribute("mayRecord", IndicatorPermissions.mayRecord(user, indicator));
		model.addAttribute("mayCorrect", IndicatorPermissions.mayCorrect(user));
		model.addAttribute("mayDefine", IndicatorPermissions.mayDefine(user));
		model.addAttribute("documentOptions", documentOptions(model, indicator));
		model.addAttribute("documentTitles", documentTitles(model, indicator));
		model.addAttribute("commitment", commitment);
		return "indicator/show";
	}

	@PostMapping("/indicators/{id}/measurements")
	@Transactional
	String record(@PathVariable long id, @Valid @ModelAttribute("measurementForm") MeasurementForm form,
			BindingResult result, @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		Indicator indicator = visible(id, user, model);
		IndicatorPermissions.check(IndicatorPermissions.mayRecord(user, indicator), "indicator " + id);
		checkDocument(model, indicator, form, result);
		if (!result.hasErrors()) {
			try {
				indicator.record(form.getMeasuredOn(), form.getValue(), form.getComment(), form.getDocumentId(),
						user.getPersonId(), user.getDisplayName(), today());
			}
			catch (IndicatorRuleException ex) {
				result.rejectValue(ex.getField(), ex.getMessageKey());
			}
		}
		if (result.hasErrors()) {
			return showPage(indicator, user, model);
		}
		this.indicators.save(indicator);
		redirect.addFlashAttribute(FLASH, "indicator.measurement.saved");
		return "redirect:/indicators/" + id;
	}

	@GetMapping("/indicators/{id}/measurements/{measurementId}/edit")
	String correctForm(@PathVariable long id, @PathVariable long measurementId,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		Indicator indicator = visible(id, user, model);
		IndicatorPermissions.check(IndicatorPermissions.mayCorrect(user), "indicator " + id);
		Measurement measurement = measurement(indicator, measurementId);
		model.addAttribute("form", MeasurementForm.from(measurement));
		return correctPage(indicator, measurement, model);
	}

	@PostMapping("/indicators/{id}/measurements/{measurementId}/edit")
	@Transactional
	String correct(@PathVariable long id, @PathVariable long measurementId,
			@Valid @ModelAttribute("form") MeasurementForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		Indicator indicator = visible(id, user, model);
		IndicatorPermissions.check(IndicatorPermissions.mayCorrect(user), "indicator " + id);
		Measurement measurement = measurement(indicator, measurementId);
		checkVersion(form.getVersion(), measurement.getVersion(), Measurement.class, measurementId);
		checkDocument(model, indicator, form, result);
		if (!result.hasErrors()) {
			try {
				indicator.correct(measurement, form.getMeasuredOn(), form.getValue(), form.getComment(),
						form.getDocumentId(), today());
			}
			catch (IndicatorRuleException ex) {
				result.rejectValue(ex.getField(), ex.getMessageKey());
			}
		}
		if (result.hasErrors()) {
			return correctPage(indicator, measurement, model);
		}
		this.indicators.save(indicator);
		redirect.addFlashAttribute(FLASH, "indicator.measurement.corrected");
		return "redirect:/indicators/" + id;
	}

	private String correctPage(Indicator indicator, Measurement measurement, Model model) {
		model.addAttribute("indicator", indicator);
		model.addAttribute("measurement", measurement);
		model.addAttribute("documentOptions", documentOptions(model, indicator));
		return "indicator/measurement-form";
	}

	@GetMapping("/indicators/{id}/history")
	String history(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		Indicator indicator = visible(id, user, model);
		Map<Long, String> titles = documentTitles(model, indicator);
		History.Names words = (field, value) -> switch (field) {
			case "commitmentId" -> {
				CommitmentView commitment = commitments(areas(model)).get((Long) value);
				yield (commitment != null) ? commitment.label() : null;
			}
			case "responsibleOrganisationId" -> party((Long) value);
			case "documentId" -> titles.get((Long) value);
			default -> null;
		};
		return this.history.page(model,
				History.merge(this.history.of(Indicator.class, id, words),
						this.history.ofParts(Measurement.class, "indicator", id, "measuredOn", words)),
				indicator.getName(), "/indicators/" + id);
	}

	// ---- define and change

	@GetMapping("/indicators/new")
	String create(@RequestParam(name = "commitment", required = false) Long commitmentId,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		IndicatorForm form = new IndicatorForm();
		form.setCommitmentId(commitmentId);
		form.setDirection(Direction.HIGHER);
		form.setBaselineOn(today());
		model.addAttribute("form", form);
		return form(model, user, null);
	}

	@PostMapping("/indicators/new")
	@Transactional
	String create(@Valid @ModelAttribute("form") IndicatorForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		Indicator indicator = (form.getCommitmentId() != null) ? new Indicator(form.getCommitmentId()) : null;
		if (!save(indicator, form, result, user)) {
			return form(model, user, null);
		}
		redirect.addFlashAttribute(FLASH, "indicator.saved");
		return "redirect:/indicators/" + indicator.getId();
	}

	@GetMapping("/indicators/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		Indicator indicator = visible(id, user, model);
		model.addAttribute("form", IndicatorForm.from(indicator));
		return form(model, user, indicator);
	}

	@PostMapping("/indicators/{id}/edit")
	@Transactional
	String update(@PathVariable long id, @Valid @ModelAttribute("form") IndicatorForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		Indicator indicator = visible(id, user, model);
		checkVersion(form.getVersion(), indicator.getVersion(), Indicator.class, id);
		form.setCommitmentId(indicator.getCommitmentId());
		if (!save(indicator, form, result, user)) {
			return form(model, user, indicator);
		}
		redirect.addFlashAttribute(FLASH, "indicator.saved");
		return "redirect:/indicators/" + id;
	}

	/** Checks the form against the indicator's rules and saves it; {@code false} when the form has errors. */
	private boolean save(Indicator indicator, IndicatorForm form, BindingResult result, SignedInUser user) {
		Optional<FocusAreaView> area = areaOf(this.agreements.focusAreasVisibleTo(user), form.getCommitmentId());
		if (form.getCommitmentId() != null && area.isEmpty()) {
			result.rejectValue("commitmentId", "indicator.error.unknown");
		}
		if (form.getResponsibleOrganisationId() != null && area.isPresent()
				&& !parties(area.get().agreementId()).containsKey(form.getResponsibleOrganisationId())) {
			result.rejectValue("responsibleOrganisationId", "indicator.error.unknown");
		}
		if (result.hasErrors()) {
			return false;
		}
		try {
			form.applyTo(indicator);
		}
		catch (IndicatorRuleException ex) {
			result.rejectValue(ex.getField(), ex.getMessageKey());
			return false;
		}
		this.indicators.save(indicator);
		return true;
	}

	private String form(Model model, SignedInUser user, Indicator indicator) {
		List<FocusAreaView> areas = this.agreements.focusAreasVisibleTo(user);
		model.addAttribute("indicator", indicator);
		model.addAttribute("commitmentOptions", areas.stream()
			.flatMap(area -> area.commitments().stream().map(c -> SelectOption.of(c.id(), area.agreementTitle() + " – " + c.label())))
			.toList());
		model.addAttribute("partyOptions", this.people.organisations()
			.stream()
			.map(organisation -> SelectOption.of(organisation.id(), organisation.shortName()))
			.toList());
		model.addAttribute("units", Arrays.stream(Unit.values()).map(SelectOption::of).toList());
		model.addAttribute("directions", Arrays.stream(Direction.values()).map(SelectOption::of).toList());
		model.addAttribute("frequencies", Arrays.stream(Frequency.values()).map(SelectOption::of).toList());
		return "indicator/form";
	}

	// ---- helpers

	/**
	 * The indicator with its measurements, if the user sees its commitment; puts the commitment and
	 * the visible focus areas in the model.
	 * @throws NotFoundException when there is none or it is not the user's to see
	 */
	private Indicator visible(long id, SignedInUser user, Model model) {
		Indicator indicator = this.indicators.findWhole(id).orElseThrow(() -> new NotFoundException("indicator " + id));
		List<FocusAreaView> areas = this.agreements.focusAreasVisibleTo(user);
		FocusAreaView area = areaOf(areas, indicator.getCommitmentId())
			.orElseThrow(() -> new NotFoundException("indicator " + id));
		model.addAttribute("areas", areas);
		model.addAttribute("area", area);
		model.addAttribute("commitment", commitments(areas).get(indicator.getCommitmentId()));
		return indicator;
	}

	@SuppressWarnings("unchecked")
	private static List<FocusAreaView> areas(Model model) {
		return (List<FocusAreaView>) model.getAttribute("areas");
	}

	private static Optional<FocusAreaView> areaOf(List<FocusAreaView> areas, Long commitmentId) {
		return areas.stream()
			.filter(area -> area.commitments().stream().anyMatch(c -> commitmentId != null && c.id() == commitmentId))
			.findFirst();
	}

	private static Map<Long, CommitmentView> commitments(List<FocusAreaView> areas) {
		return areas.stream()
			.flatMap(area -> area.commitments().stream())
			.collect(Collectors.toMap(CommitmentView::id, c -> c, (first, second) -> first));
	}

	private Measurement measurement(Indicator indicator, long measurementId) {
		return indicator.measurement(measurementId)
			.orElseThrow(() -> new NotFoundException("measurement " + measurementId));
	}

	private static void checkVersion(Long submitted, long current, Class<?> type, Object id) {
		if (submitted == null || submitted != current) {
			throw new ObjectOptimisticLockingFailureException(type, id);
		}
	}

	/** The parties of the agreement by id, with their short names; every organisation when it has no steering group. */
	private Map<Long, String> parties(long agreementId) {
		List<Long> ids = this.agreements.steeringGroups()
			.stream()
			.filter(group -> group.agreementId() == agreementId)
			.flatMap(group -> group.partyOrganisationIds().stream())
			.toList();
		return this.people.organisations()
			.stream()
			.filter(organisation -> ids.isEmpty() || ids.contains(organisation.id()))
			.collect(Collectors.toMap(OrganisationView::id, OrganisationView::shortName));
	}

	private String party(Long organisationId) {
		return (organisationId != null) ? this.people.organisations(List.of(organisationId))
			.values()
			.stream()
			.map(OrganisationView::shortName)
			.findFirst()
			.orElse(null) : null;
	}

	/** The agreement's shared documents from the baseline's day to today, as evidence to choose from. */
	private List<SharedDocuments.Shared> evidence(Model model, Indicator indicator) {
		FocusAreaView area = (FocusAreaView) model.getAttribute("area");
		return this.documents.of(area.agreementId(), indicator.getBaselineOn().minusYears(1), today());
	}

	private List<SelectOption> documentOptions(Model model, Indicator indicator) {
		return evidence(model, indicator).stream().map(document -> SelectOption.of(document.id(), document.title())).toList();
	}

	private Map<Long, String> documentTitles(Model model, Indicator indicator) {
		return evidence(model, indicator).stream()
			.collect(Collectors.toMap(SharedDocuments.Shared::id, SharedDocuments.Shared::title));
	}

	private void checkDocument(Model model, Indicator indicator, MeasurementForm form, BindingResult result) {
		if (form.getDocumentId() != null && !documentTitles(model, indicator).containsKey(form.getDocumentId())) {
			result.rejectValue("documentId", "indicator.error.unknown");
		}
	}

}
