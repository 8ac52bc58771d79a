package no.avtaleportal.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpMethod;
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

/**
 * The progress dashboard of one agreement: its term, what the agreement requires next, and its
 * focus areas, as they stand today or on an earlier day. Every signed-in person may open it for
 * the agreements their organisation is a party to.
 */
@Controller
class DashboardController {

	private final Agreements agreements;

	private final Clock clock;

	DashboardController(Agreements agreements, Clock clock) {
		this.agreements = agreements;
		this.clock = clock;
	}

	@Bean
	static AccessRules dashboardAccess() {
		return requests -> requests.requestMatchers(HttpMethod.GET, "/dashboard").authenticated();
	}

	@GetMapping("/dashboard")
	String dashboard(@ModelAttribute("view") DashboardView view, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		List<AgreementSummary> visible = this.agreements.visibleTo(user);
		model.addAttribute("agreements", visible);
		model.addAttribute("today", today);
		if (visible.isEmpty()) {
			return "dashboard/dashboard";
		}
		if (view.getAsOf() != null && view.getAsOf().isAfter(today)) {
			result.rejectValue("asOf", "dashboard.asOf.future");
		}
		LocalDate day = (result.hasErrors() || view.getAsOf() == null) ? today : view.getAsOf();
		long id = chosen(view.getAgreement(), visible);
		AgreementOverview overview = this.agreements.overview(id, user, day);
		model.addAttribute("overview", overview);
		model.addAttribute("requirements", AgreementRequirements.of(overview));
		model.addAttribute("historic", day.isBefore(today));
		return "dashboard/dashboard";
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
