package no.avtaleportal.indicator;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import no.avtaleportal.account.AccessRules;
import no.avtaleportal.account.Role;
import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.agreement.Agreements.CommitmentView;
import no.avtaleportal.agreement.Agreements.FocusAreaView;
import no.avtaleportal.audit.History;

/**
 * The indicator pages: every indicator the user sees with its status, one page per indicator with
 * its chart, figures and measurements, its history and the CSV export. Defining indicators is
 * {@link IndicatorDefinitionController}'s, recording and correcting measurements
 * {@link MeasurementController}'s. Each action checks on the server who may take it (see
 * {@link IndicatorPermissions}); an indicator of an agreement the user does not see is a 404.
 */
@Controller
class IndicatorController {

	private final IndicatorPages pages;

	private final Indicators views;

	private final Agreements agreements;

	private final IndicatorExport export;

	private final History history;

	IndicatorController(IndicatorPages pages, Indicators views, Agreements agreements, IndicatorExport export,
			History history) {
		this.pages = pages;
		this.views = views;
		this.agreements = agreements;
		this.export = export;
		this.history = history;
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

	@GetMapping("/indicators")
	String list(@AuthenticationPrincipal SignedInUser user, Model model) {
		List<FocusAreaView> areas = this.agreements.focusAreasVisibleTo(user);
		Map<Long, List<IndicatorView>> byCommitment = this.views
			.of(areas.stream().flatMap(area -> area.commitments().stream()).map(CommitmentView::id).toList(),
					this.pages.today())
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
				areas.stream().flatMap(area -> area.commitments().stream()).map(CommitmentView::id).toList(),
				this.pages.today());
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("indikatorer-" + this.pages.today() + ".csv")
				.build()
				.toString())
			.body(this.export.toCsv(all, IndicatorPages.commitments(areas), locale));
	}

	@GetMapping("/indicators/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		Indicator indicator = this.pages.visible(id, user, model);
		if (!model.containsAttribute("measurementForm")) {
			model.addAttribute("measurementForm", MeasurementForm.on(this.pages.today()));
		}
		return this.pages.show(indicator, user, model);
	}

	@GetMapping("/indicators/{id}/history")
	String history(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
			@RequestParam(name = "page", required = false) Integer historyPage, Model model) {
		Indicator indicator = this.pages.visible(id, user, model);
		Map<Long, String> titles = this.pages.documentTitles(model, indicator);
		History.Names words = (field, value) -> switch (field) {
			case "commitmentId" -> {
				CommitmentView commitment = IndicatorPages.commitments(IndicatorPages.areas(model)).get((Long) value);
				yield (commitment != null) ? commitment.label() : null;
			}
			case "responsibleOrganisationId" -> this.pages.party((Long) value);
			case "documentId" -> titles.get((Long) value);
			default -> null;
		};
		return this.history.page(model, historyPage,
				History.merge(this.history.of(Indicator.class, id, words),
						this.history.ofParts(Measurement.class, "indicator", id, "measuredOn", words)),
				indicator.getName(), "/indicators/" + id);
	}

}
