package no.avtaleportal.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import no.avtaleportal.account.AccessRules;
import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.agreement.AgreementOverview;
import no.avtaleportal.agreement.AgreementSummary;
import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.evaluation.Evaluations;
import no.avtaleportal.web.NotFoundException;
import no.avtaleportal.web.PdfDocuments;

/**
 * The progress dashboard of one agreement: its term, what the agreement requires next, and its
 * focus areas, as they stand today or on an earlier day. Every signed-in person may open it for
 * the agreements their organisation is a party to.
 */
@Controller
class DashboardController {

	private final Agreements agreements;

	private final PdfDocuments pdfs;

	private final Clock clock;

	private final Evaluations evaluations;

	DashboardController(Agreements agreements, PdfDocuments pdfs, Clock clock, Evaluations evaluations) {
		this.agreements = agreements;
		this.pdfs = pdfs;
		this.clock = clock;
		this.evaluations = evaluations;
	}

	@Bean
	static AccessRules dashboardAccess() {
		return requests -> requests.requestMatchers(HttpMethod.GET, "/dashboard", "/dashboard.pdf").authenticated();
	}

	@GetMapping("/dashboard")
	String dashboard(@ModelAttribute("view") DashboardView view, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		List<AgreementSummary> visible = this.agreements.visibleTo(user);
		model.addAttribute("agreements", visible);
		if (!visible.isEmpty()) {
			model.addAttribute("dashboard", assemble(view, result, visible, user));
		}
		return "dashboard/dashboard";
	}

	@GetMapping("/dashboard.pdf")
	ResponseEntity<byte[]> pdf(@ModelAttribute("view") DashboardView view, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Locale locale) {
		List<AgreementSummary> visible = this.agreements.visibleTo(user);
		if (visible.isEmpty()) {
			throw new NotFoundException("no agreement for " + user.getUsername());
		}
		Dashboard dashboard = assemble(view, result, visible, user);
		byte[] pdf = this.pdfs.render("dashboard/dashboard-pdf", Map.of("dashboard", dashboard), locale);
		String name = "oversikt-" + dashboard.overview().id() + "-" + dashboard.day() + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(pdf);
	}

	private Dashboard assemble(DashboardView view, BindingResult result, List<AgreementSummary> visible,
			SignedInUser user) {
		LocalDate today = LocalDate.now(this.clock);
		if (view.getAsOf() != null && view.getAsOf().isAfter(today)) {
			result.rejectValue("asOf", "dashboard.asOf.future");
		}
		LocalDate day = (result.hasFieldErrors("asOf") || view.getAsOf() == null) ? today : view.getAsOf();
		AgreementOverview overview = this.agreements.overview(chosen(view.getAgreement(), visible), user, day);
		return new Dashboard(overview,
				AgreementRequirements.of(overview, this.evaluations.treatedBy(overview.id(), day).orElse(null)),
				day.isBefore(today));
	}

	/** The agreement asked for, else the first one in force, else the newest. */
	private static long chosen(Long asked, List<AgreementSummary> visible) {
		if (asked != null) {
			return asked;
		}
		return visible.stream()
			.filter(summary -> summary.status().isInForce())
			.findFirst()
			.orElse(visible.get(0))
			.id();
	}

	/**
	 * What the dashboard is asked to show: which agreement, on which day.
	 */
	static class DashboardView {

		private Long agreement;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate asOf;

		public Long getAgreement() {
			return this.agreement;
		}

		public void setAgreement(Long agreement) {
			this.agreement = agreement;
		}

		public LocalDate getAsOf() {
			return this.asOf;
		}

		public void setAsOf(LocalDate asOf) {
			this.asOf = asOf;
		}

	}

}
