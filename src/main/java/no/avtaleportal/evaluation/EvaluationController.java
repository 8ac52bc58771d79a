package no.avtaleportal.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import no.avtaleportal.agreement.AgreementView;
import no.avtaleportal.audit.History;
import no.avtaleportal.indicator.Indicators;
import no.avtaleportal.meeting.MeetingDecisions;
import no.avtaleportal.web.NotFoundException;
import no.avtaleportal.web.PdfDocuments;
import no.avtaleportal.web.Formats;
import no.avtaleportal.web.Flash;
import no.avtaleportal.web.StaleEdit;

/**
 * The evaluation pages of an agreement: the dossier, the assessments and the decision (proposed
 * here); the report as PDF/A; and the history. The party's assessment form is
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
		DecisionForm form = new DecisionForm();
		form.setVersion(page.version());
		return showPage(model, page, form);
	}

	private String showPage(Model model, EvaluationPage page, DecisionForm form) {
		model.addAttribute("page", page);
		model.addAttribute("indicatorFigures", indicatorFigures(page));
		model.addAttribute("agreement", page.overview().agreement());
		model.addAttribute("form", form);
		model.addAttribute("today", this.evaluations.today());
		return "evaluation/show";
	}

	// ---- the decision

	@PostMapping("/agreements/{id}/evaluation/decision")
	String propose(@PathVariable long id, @Valid @ModelAttribute("form") DecisionForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		EvaluationPage page = this.evaluations.page(id, user);
		if (!page.mayPropose()) {
			throw new org.springframework.security.access.AccessDeniedException("no decision to propose");
		}
		StaleEdit.check(page.version(), form, null, result, model);
		check(form, page, result);
		if (result.hasErrors()) {
			return showPage(model, page, form);
		}
		this.evaluations.propose(id, user, form);
		redirect.addFlashAttribute(FLASH, "evaluation.decision.proposed");
		return "redirect:/agreements/" + id + "/evaluation#decision";
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
			@RequestParam(name = "page", required = false) Integer historyPage, Model model) {
		EvaluationPage page = this.evaluations.page(id, user);
		if (page.evaluation() == null) {
			throw new NotFoundException("evaluation of agreement " + id);
		}
		String title = page.overview().agreement().title();
		Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		// references in words: the agreement by its title, the meeting by its date, the decision by
		// its number and words, the activities carried over by their titles
		Map<Long, String> activities = new java.util.HashMap<>();
		(page.dossier() != null ? page.dossier().areas() : List.<Dossier.Area>of()).forEach(area -> {
			area.otherActivities().forEach(line -> activities.put(line.id(), line.title()));
			area.commitments().forEach(part -> part.activities().forEach(line -> activities.put(line.id(), line.title())));
		});
		MeetingDecisions.DecisionView decision = page.decision();
		History.Names names = (field, value) -> switch (field) {
			case "agreementId" -> (((Number) value).longValue() == id) ? title : null;
			case "meetingId" -> (decision != null && decision.meetingId() == ((Number) value).longValue())
					? this.messages.getMessage("meeting.title",
							new Object[] { Formats.date(decision.meetingDay()) },
							locale)
					: null;
			case "decisionId" -> (decision != null && decision.id() == ((Number) value).longValue())
					? ((decision.number() != null)
							? this.messages.getMessage("history.evaluation.decision",
									new Object[] { decision.number(), shorten(decision.text()) }, locale)
							: this.messages.getMessage("history.evaluation.proposed",
									new Object[] { shorten(decision.text()) }, locale))
					: null;
			case "carryOver" -> java.util.Arrays.stream(String.valueOf(value).split(","))
				.map(String::strip)
				.map(activityId -> activities.getOrDefault(Long.valueOf(activityId), activityId))
				.collect(java.util.stream.Collectors.joining(", "));
			default -> null;
		};
		return this.history.page(model, historyPage,
				this.history.of(Evaluation.class, page.evaluation().getId(), names), title,
				"/agreements/" + id + "/evaluation");
	}

	private static String shorten(String text) {
		return (text.length() <= 80) ? text : text.substring(0, 79).strip() + "…";
	}

	@GetMapping("/agreements/{id}/evaluation/assessments/{assessmentId}/history")
	String assessmentHistory(@PathVariable long id, @PathVariable long assessmentId,
			@AuthenticationPrincipal SignedInUser user,
			@RequestParam(name = "page", required = false) Integer historyPage, Model model, Locale locale) {
		EvaluationPage page = this.evaluations.page(id, user);
		Assessment assessment = page.assessments()
			.stream()
			.filter(candidate -> candidate.getId() == assessmentId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("assessment " + assessmentId));
		// a focus area by its code and title, a rating in words ("3 – Godt")
		History.Names names = (field, value) -> switch (field) {
			case "focusAreaId" -> page.dossier()
				.areas()
				.stream()
				.filter(area -> area.id() == ((Number) value).longValue())
				.findFirst()
				.map(area -> area.code() + ": " + area.title())
				.orElse(null);
			case "rating" -> this.messages.getMessage("evaluation.rating." + value, null, String.valueOf(value), locale);
			case "organisationId" -> page.partyName(((Number) value).longValue());
			default -> null;
		};
		List<History.Entry> entries = History.merge(this.history.of(Assessment.class, assessmentId, names),
				this.history.ofParts(Rating.class, "assessment", assessmentId, "focusAreaId", names));
		return this.history.page(model, historyPage, entries,
				page.overview().agreement().title() + " – " + page.partyName(assessment.getOrganisationId()),
				"/agreements/" + id + "/evaluation");
	}

}
