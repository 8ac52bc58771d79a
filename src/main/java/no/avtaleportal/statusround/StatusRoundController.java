package no.avtaleportal.statusround;

import jakarta.validation.Valid;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
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
import no.avtaleportal.account.Role;
import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.meeting.SteeringGroupRoles.Standing;
import no.avtaleportal.statusround.StatusRounds.Progress;
import no.avtaleportal.web.ListPages;

/**
 * The status rounds of the agreements whose steering group the user is in: the list, a round's
 * progress, and the secretary's form that opens one.
 */
@Controller
class StatusRoundController {

	private static final int PEOPLE_PAGE_SIZE = 25;

	private final StatusRounds rounds;

	StatusRoundController(StatusRounds rounds) {
		this.rounds = rounds;
	}

	@Bean
	static AccessRules statusRoundAccess() {
		return requests -> requests.requestMatchers(HttpMethod.GET, "/status-rounds", "/status-rounds/{id}")
			.hasAnyRole(Role.STEERING_GROUP.name(), Role.SECRETARY.name())
			.requestMatchers("/status-rounds/new/{agreementId}")
			.hasRole(Role.SECRETARY.name());
	}

	@GetMapping("/status-rounds")
	String list(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("rounds", this.rounds.visibleTo(user));
		model.addAttribute("openable", this.rounds.openableBy(user));
		return "statusround/list";
	}

	/** A round's progress, its people a page at a time: an agreement's round asks everyone responsible for an open activity. */
	@GetMapping("/status-rounds/{id}")
	String show(@PathVariable long id, @RequestParam(name = "page", required = false) Integer page,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		Progress progress = this.rounds.progress(id, user);
		model.addAttribute("progress", progress);
		model.addAttribute("people", ListPages.of(progress.people(), page, PEOPLE_PAGE_SIZE,
				number -> "/status-rounds/" + id + "?page=" + number + "#people-heading", model));
		return "statusround/show";
	}

	@GetMapping("/status-rounds/new/{agreementId}")
	String form(@PathVariable("agreementId") long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		return page(id, user, model.addAttribute("form", new StatusRoundForm()));
	}

	@PostMapping("/status-rounds/new/{agreementId}")
	String open(@PathVariable("agreementId") long id, @Valid @ModelAttribute("form") StatusRoundForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(id, user, model);
		}
		try {
			long round = this.rounds.open(id, form, user);
			redirect.addFlashAttribute("flash", "statusRound.opened");
			return "redirect:/status-rounds/" + round;
		}
		catch (StatusRoundRuleException ex) {
			result.rejectValue(ex.getField(), ex.getMessageKey());
			return page(id, user, model);
		}
	}

	private String page(long agreementId, SignedInUser user, Model model) {
		Standing standing = this.rounds.secretaryOf(agreementId, user);
		model.addAttribute("agreement", standing);
		model.addAttribute("focusAreas", this.rounds.focusAreas(agreementId, user));
		return "statusround/form";
	}

}
