package no.avtaleportal.agreement;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import no.avtaleportal.account.AccessRules;
import no.avtaleportal.account.Role;
import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.web.NotFoundException;

/**
 * The agreement pages: the list, the agreement clause by clause, who is responsible for what, and
 * a page per focus area. Anyone signed in reads the agreements their organisation is a party to;
 * only administrators change them.
 */
@Controller
class AgreementController {

	private final AgreementQueries queries;

	private final ObjectProvider<AgreementPageContribution> contributions;

	private final Clock clock;

	AgreementController(AgreementQueries queries, ObjectProvider<AgreementPageContribution> contributions, Clock clock) {
		this.queries = queries;
		this.contributions = contributions;
		this.clock = clock;
	}

	@Bean
	static AccessRules agreementAccess() {
		return requests -> requests
			.requestMatchers("/agreements/new", "/agreements/import", "/agreements/*/edit", "/agreements/*/*/new",
					"/agreements/*/*/*/edit")
			.hasRole(Role.ADMIN.name())
			.requestMatchers(HttpMethod.GET, "/agreements", "/agreements/**")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/agreements/**")
			.hasRole(Role.ADMIN.name());
	}

	@GetMapping("/agreements")
	String list(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("agreements", this.queries.visibleTo(user));
		model.addAttribute("canEdit", user.hasRole(Role.ADMIN));
		return "agreement/list";
	}

	@GetMapping("/agreements/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		AgreementDetails details = this.queries.details(id, user, false);
		model.addAttribute("details", details);
		model.addAttribute("canEdit", user.hasRole(Role.ADMIN));
		AgreementView agreement = details.agreement().view();
		this.contributions.orderedStream().forEach(contribution -> contribution.toAgreementPage(agreement, model));
		return "agreement/show";
	}

	@GetMapping("/agreements/{id}/responsibilities")
	String responsibilities(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("details", this.queries.details(id, user, true));
		model.addAttribute("canEdit", user.hasRole(Role.ADMIN));
		this.contributions.orderedStream().forEach(contribution -> contribution.toResponsibilitiesPage(id, model));
		return "agreement/responsibilities";
	}

	@GetMapping("/agreements/{id}/focus-areas/{code}")
	String focusArea(@PathVariable long id, @PathVariable String code, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		AgreementDetails details = this.queries.details(id, user, true);
		AgreementDetails.AreaPart area = details.focusAreas()
			.stream()
			.filter(candidate -> candidate.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("focus area " + code));
		model.addAttribute("details", details);
		model.addAttribute("area", area);
		model.addAttribute("canEdit", user.hasRole(Role.ADMIN));
		LocalDate today = LocalDate.now(this.clock);
		this.contributions.orderedStream()
			.forEach(contribution -> contribution.toFocusAreaPage(details.viewOf(area), today, user, model));
		return "agreement/focus-area";
	}

}
