package no.avtaleportal.dashboard;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
import org.springframework.web.util.UriComponentsBuilder;

import no.avtaleportal.account.AccessRules;
import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.indicator.Indicators;
import no.avtaleportal.web.NotFoundException;
import no.avtaleportal.web.PdfDocuments;

/**
 * The progress dashboard of one agreement: its term, what the agreement requires next, its focus
 * areas, what is late, the steering group's meetings and decisions, and the signed-in person's own
 * tasks, as they stand today or on an earlier day, for both parties or one; as a page, a one-page
 * PDF and the figures as CSV. Every signed-in person may open it for
 * the agreements their organisation is a party to.
 */
@Controller
class DashboardController {

	private final Agreements agreements;

	private final Dashboards dashboards;

	private final DashboardExport export;

	private final PdfDocuments pdfs;

	private final Clock clock;

	private final Indicators indicators;

	DashboardController(Agreements agreements, Dashboards dashboards, DashboardExport export, PdfDocuments pdfs,
			Clock clock, Indicators indicators) {
		this.indicators = indicators;
		this.agreements = agreements;
		this.dashboards = dashboards;
		this.export = export;
		this.pdfs = pdfs;
		this.clock = clock;
	}

	@Bean
	static AccessRules dashboardAccess() {
		return requests -> requests.requestMatchers(HttpMethod.GET, "/dashboard", "/dashboard.pdf", "/dashboard.csv")
			.authenticated();
	}

	@GetMapping("/dashboard")
	String dashboard(@ModelAttribute("view") DashboardView view, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		Optional<Agreements.Chosen> chosen = chosen(view, result, user);
		model.addAttribute("agreements", chosen.map(Agreements.Chosen::visible).orElse(List.of()));
		if (chosen.isPresent()) {
			Dashboard dashboard = this.dashboards.of(chosen.get(), user, view.getParty(), view.isAllLate(),
					view.isAllChanged());
			model.addAttribute("dashboard", dashboard);
			model.addAttribute("allLateUrl", sameView(dashboard).queryParam("allLate", true)
				.queryParamIfPresent("allChanged", Optional.ofNullable(view.isAllChanged() ? true : null))
				.fragment("late-heading")
				.build()
				.toUriString());
			model.addAttribute("allChangedUrl", sameView(dashboard)
				.queryParamIfPresent("allLate", Optional.ofNullable(view.isAllLate() ? true : null))
				.queryParam("allChanged", true)
				.build()
				.toUriString());
			model.addAttribute("indicators", this.indicators.ofCommitments(dashboard.overview()
				.focusAreas()
				.stream()
				.flatMap(area -> area.commitments().stream())
				.toList(), dashboard.day()));
		}
		return "dashboard/dashboard";
	}

	/** The dashboard's address for the agreement, party and day shown. */
	private static UriComponentsBuilder sameView(Dashboard dashboard) {
		return UriComponentsBuilder.fromPath("/dashboard")
			.queryParam("agreement", dashboard.overview().id())
			.queryParamIfPresent("party", Optional.ofNullable(dashboard.party()).map(Dashboard.Party::id))
			.queryParamIfPresent("asOf", Optional.ofNullable(dashboard.historic() ? dashboard.day() : null));
	}

	@GetMapping("/dashboard.pdf")
	ResponseEntity<byte[]> pdf(@ModelAttribute("view") DashboardView view, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Locale locale) {
		Dashboard dashboard = exported(view, result, user);
		byte[] pdf = this.pdfs.render("dashboard/dashboard-pdf", Map.of("dashboard", dashboard), locale);
		return download(dashboard, "pdf", MediaType.APPLICATION_PDF, pdf);
	}

	@GetMapping("/dashboard.csv")
	ResponseEntity<byte[]> csv(@ModelAttribute("view") DashboardView view, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Locale locale) {
		Dashboard dashboard = exported(view, result, user);
		return download(dashboard, "csv", new MediaType("text", "csv", StandardCharsets.UTF_8),
				this.export.toCsv(dashboard, locale));
	}

	private Dashboard exported(DashboardView view, BindingResult result, SignedInUser user) {
		Agreements.Chosen chosen = chosen(view, result, user)
			.orElseThrow(() -> new NotFoundException("no agreement for " + user.getUsername()));
		return this.dashboards.of(chosen, user, view.getParty(), view.isAllLate(), false);
	}

	private static ResponseEntity<byte[]> download(Dashboard dashboard, String extension, MediaType type, byte[] body) {
		String name = "oversikt-" + dashboard.overview().id() + "-" + dashboard.day() + "." + extension;
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

	/**
	 * The agreements the user may see and the one asked for (else the first in force, else the
	 * newest) on the day asked for, which may not be in the future.
	 */
	private Optional<Agreements.Chosen> chosen(DashboardView view, BindingResult result, SignedInUser user) {
		LocalDate today = LocalDate.now(this.clock);
		if (view.getAsOf() != null && view.getAsOf().isAfter(today)) {
			result.rejectValue("asOf", "dashboard.asOf.future");
		}
		LocalDate day = (result.hasFieldErrors("asOf") || view.getAsOf() == null) ? today : view.getAsOf();
		return this.agreements.chosen(user, view.getAgreement(), day);
	}

	/**
	 * What the dashboard is asked to show: which agreement, on which day, whose share (the lead
	 * party's organisation id; none for the joint picture), and whether every late activity and
	 * every activity changed since the last meeting (not only the first ones).
	 */
	public static class DashboardView {

		private Long agreement;

		private Long party;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate asOf;

		private boolean allLate;

		private boolean allChanged;

		public boolean isAllChanged() {
			return this.allChanged;
		}

		public void setAllChanged(boolean allChanged) {
			this.allChanged = allChanged;
		}

		public boolean isAllLate() {
			return this.allLate;
		}

		public void setAllLate(boolean allLate) {
			this.allLate = allLate;
		}

		public Long getAgreement() {
			return this.agreement;
		}

		public void setAgreement(Long agreement) {
			this.agreement = agreement;
		}

		public Long getParty() {
			return this.party;
		}

		public void setParty(Long party) {
			this.party = party;
		}

		public LocalDate getAsOf() {
			return this.asOf;
		}

		public void setAsOf(LocalDate asOf) {
			this.asOf = asOf;
		}

	}

}
