package no.avtaleportal.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.avtaleportal.account.AccessRules;
import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.agreement.AgreementOverview;
import no.avtaleportal.agreement.AgreementView;
import no.avtaleportal.agreement.Agreements.FocusAreaView;
import no.avtaleportal.audit.History;
import no.avtaleportal.indicator.Indicators;
import no.avtaleportal.meeting.MeetingDecisions;
import no.avtaleportal.web.NotFoundException;
import no.avtaleportal.web.PdfDocuments;
import no.avtaleportal.web.Formats;
import no.avtaleportal.web.Flash;
import no.avtaleportal.web.ListPages;
import no.avtaleportal.web.StaleEdit;

/**
 * The evaluation pages of an agreement: the dossier, the assessments and the decision (proposed
 * here, on a form of its own); the report as PDF/A; and the history. The party's assessment form is
 * {@link AssessmentController}.
 */
@Controller
class EvaluationController {

	static final String FLASH = Flash.MESSAGE;

	private final Evaluations evaluations;

	private final PdfDocuments pdfs;

	private final History history;

	private final MessageSource messages;

	private final Indicators indicators;

	EvaluationController(Evaluations evaluations, PdfDocuments pdfs, History history, MessageSource messages,
			Indicators indicators) {
		this.indicators = indicators;
		this.evaluations = evaluations;
		this.pdfs = pdfs;
		this.history = history;
		this.messages = messages;
	}

	/** Before the agreement module's rules, which leave POSTs under {@code /agreements} to administrators. */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	static AccessRules evaluationAccess() {
		return requests -> requests.requestMatchers("/agreements/*/evaluation", "/agreements/*/evaluation/**")
			.authenticated();
	}

	@GetMapping("/agreements/{id}/evaluation")
	String show(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		EvaluationPage page = this.evaluations.page(id, user);
		model.addAttribute("page", page);
		model.addAttribute("indicatorFigures", indicatorFigures(page));
		model.addAttribute("agreement", page.overview().agreement());
		return "evaluation/show";
	}

	/** The dossier's activities with their status updates in the period, a page at a time. */
	@GetMapping("/agreements/{id}/evaluation/activities")
	String activities(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
			@RequestParam(name = "page", required = false) Integer number, Model model) {
		Evaluations.DossierPage page = this.evaluations.dossierPage(id, user);
		List<DossierActivities.Entry> shown = ListPages.of(DossierActivities.entries(page.areas()), number,
				DossierActivities.PAGE_SIZE, n -> "/agreements/" + id + "/evaluation/activities?page=" + n, model);
		model.addAttribute("page", page);
		model.addAttribute("agreement", page.overview().agreement());
		model.addAttribute("activities", DossierActivities.of(this.evaluations.withUpdates(page, shown)));
		return "evaluation/activities";
	}

	// ---- the decision

	/**
	 * The form that writes the decision into a meeting's draft minutes, on a page of its own: it lists
	 * every open activity a renegotiation may carry over, which the evaluation page should not carry.
	 */
	@GetMapping("/agreements/{id}/evaluation/decision")
	String decisionForm(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		EvaluationPage page = this.evaluations.page(id, user);
		if (!page.mayPropose()) {
			return notProposable(page, redirect);
		}
		DecisionForm form = new DecisionForm();
		form.setVersion(page.version());
		return decisionPage(model, page, form);
	}

	@PostMapping("/agreements/{id}/evaluation/decision")
	String propose(@PathVariable long id, @Valid @ModelAttribute("form") DecisionForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		EvaluationPage page = this.evaluations.page(id, user);
		if (!page.mayPropose()) {
			return notProposable(page, redirect);
		}
		StaleEdit.check(page.version(), form, null, result, model);
		check(form, page, result);
		if (result.hasErrors()) {
			return decisionPage(model, page, form);
		}
		this.evaluations.propose(id, user, form);
		redirect.addFlashAttribute(FLASH, "evaluation.decision.proposed");
		return "redirect:/agreements/" + id + "/evaluation#decision";
	}

	/**
	 * Where someone who may not propose the decision now ({@link EvaluationPage#mayPropose}) goes: a
	 * member or the secretary back to the evaluation page, which shows the decision, with why at its top
	 * (a colleague proposed it first, it is treated, or no meeting has draft minutes to put it in);
	 * anyone else gets 403.
	 */
	private static String notProposable(EvaluationPage page, RedirectAttributes redirect) {
		if (!page.inSteeringGroup()) {
			throw new AccessDeniedException("no decision to propose");
		}
		redirect.addFlashAttribute(Flash.ERROR, page.frozen() ? "evaluation.decision.closed"
				: (page.decision() != null) ? "evaluation.decision.taken" : "evaluation.decision.noDraft");
		return "redirect:/agreements/" + page.overview().agreement().id() + "/evaluation";
	}

	private static String decisionPage(Model model, EvaluationPage page, DecisionForm form) {
		model.addAttribute("page", page);
		model.addAttribute("agreement", page.overview().agreement());
		model.addAttribute("form", form);
		return "evaluation/decision-form";
	}

	private static void check(DecisionForm form, EvaluationPage page, BindingResult result) {
		AgreementView agreement = page.overview().agreement();
		if (form.getMeetingId() != null
				&& page.draftMeetings().stream().noneMatch(meeting -> meeting.id() == form.getMeetingId())) {
			result.rejectValue("meetingId", "evaluation.error.meeting");
		}
		if (form.getOutcome() == Outcome.EXTEND && (form.getMonths() == null
				|| page.extensionOptions().stream().noneMatch(option -> option.months() == form.getMonths()))) {
			result.rejectValue("months", "evaluation.error.months");
		}
		if (form.getOutcome() == Outcome.END) {
			LocalDate endOn = form.getEndOn();
			if (endOn == null) {
				result.rejectValue("endOn", "evaluation.error.endOn");
			}
			else if (endOn.isBefore(agreement.startDate()) || endOn.isAfter(agreement.endDate())) {
				result.rejectValue("endOn", "evaluation.error.endOnRange");
			}
		}
		if (form.getOutcome() == Outcome.RENEGOTIATE && form.getCarryOver()
			.stream()
			.anyMatch(activity -> page.openActivities().stream().noneMatch(line -> line.id() == activity))) {
			result.rejectValue("carryOver", "evaluation.error.carryOver");
		}
	}

	// ---- the report and the history

	/** Each outcome indicator's baseline, target and value at the end of the period under review. */
	private List<Indicators.PeriodFigure> indicatorFigures(EvaluationPage page) {
		return (page.dossier() != null) ? this.indicators.figuresAt(page.overview().focusAreas(), page.dossier().to())
				: List.of();
	}

	@GetMapping("/agreements/{id}/evaluation/report.pdf")
	ResponseEntity<byte[]> report(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Locale locale) {
		EvaluationPage page = this.evaluations.page(id, user);
		byte[] pdf = this.pdfs.render("evaluation/report-pdf", Map.of("page", page, "agreement",
				page.overview().agreement(), "styles", PdfDocuments.PLAIN_STYLES, "indicatorFigures",
				indicatorFigures(page)), locale);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"evaluering-" + id + ".pdf\"")
			.contentType(MediaType.APPLICATION_PDF)
			.body(pdf);
	}

	@GetMapping("/agreements/{id}/evaluation/history")
	String history(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
			@RequestParam(name = "page", required = false) Integer historyPage, Model model, Locale locale) {
		Evaluations.Records records = this.evaluations.records(id, user);
		String title = records.overview().agreement().title();
		// references in words: the agreement by its title, the meeting by its date, the decision by
		// its number and words, the activities carried over by their titles; each read when named
		History.Names names = History.Names.whenNamed(() -> Map.of(id, title), "agreementId")
			.or(History.Names.whenNamed(() -> records.decision()
				.get()
				.map(decision -> Map.of(decision.meetingId(),
						this.messages.getMessage("meeting.title", new Object[] { Formats.date(decision.meetingDay()) },
								locale)))
				.orElse(Map.of()), "meetingId"))
			.or(History.Names.whenNamed(() -> records.decision()
				.get()
				.map(decision -> Map.of(decision.id(), (decision.number() != null)
						? this.messages.getMessage("history.evaluation.decision",
								new Object[] { decision.number(), shorten(decision.text()) }, locale)
						: this.messages.getMessage("history.evaluation.proposed",
								new Object[] { shorten(decision.text()) }, locale)))
				.orElse(Map.of()), "decisionId"))
			.or((field, value) -> "carryOver".equals(field) ? carriedOver(records.dossier().get(), value) : null);
		return this.history.page(model, historyPage,
				this.history.of(Evaluation.class, records.evaluation().getId(), names), title,
				"/agreements/" + id + "/evaluation");
	}

	/** The activities carried over ("12, 14"), by their titles in the dossier. */
	private static String carriedOver(Dossier dossier, Object ids) {
		Map<Long, String> titles = new java.util.HashMap<>();
		dossier.areas().forEach(area -> area.activities().forEach(line -> titles.put(line.id(), line.title())));
		return java.util.Arrays.stream(String.valueOf(ids).split(","))
			.map(String::strip)
			.map(activityId -> titles.getOrDefault(Long.valueOf(activityId), activityId))
			.collect(java.util.stream.Collectors.joining(", "));
	}

	private static String shorten(String text) {
		return (text.length() <= 80) ? text : text.substring(0, 79).strip() + "…";
	}

	@GetMapping("/agreements/{id}/evaluation/assessments/{assessmentId}/history")
	String assessmentHistory(@PathVariable long id, @PathVariable long assessmentId,
			@AuthenticationPrincipal SignedInUser user,
			@RequestParam(name = "page", required = false) Integer historyPage, Model model, Locale locale) {
		Evaluations.Records records = this.evaluations.records(id, user);
		Assessment assessment = records.assessments()
			.get()
			.stream()
			.filter(candidate -> candidate.getId() == assessmentId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("assessment " + assessmentId));
		AgreementOverview overview = records.overview();
		// the evaluation by its agreement's title, a focus area by its code and title, a rating in
		// words ("3 – Godt"), a party by its short name
		History.Names names = History.Names
			.whenNamed(() -> Map.of(records.evaluation().getId(), overview.agreement().title()), "evaluationId")
			.or(History.Names.whenNamed(() -> overview.focusAreas()
				.stream()
				.collect(java.util.stream.Collectors.toMap(FocusAreaView::id,
						area -> area.code() + ": " + area.title())), "focusAreaId"))
			.or((field, value) -> "organisationId".equals(field) ? overview.partyName(((Number) value).longValue())
					: null)
			.or((field, value) -> "rating".equals(field)
					? this.messages.getMessage("evaluation.rating." + value, null, String.valueOf(value), locale)
					: null);
		List<History.Entry> entries = History.merge(this.history.of(Assessment.class, assessmentId, names),
				this.history.ofParts(Rating.class, "assessment", assessmentId, "focusAreaId", names));
		return this.history.page(model, historyPage, entries,
				overview.agreement().title() + " – "
						+ Objects.requireNonNullElse(overview.partyName(assessment.getOrganisationId()), ""),
				"/agreements/" + id + "/evaluation");
	}

}
