package no.avtaleportal.meeting;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.avtaleportal.account.SignedInUser;

/**
 * The decision register: the decisions of the published minutes of every steering group the user
 * sees, in meeting order, a page at a time.
 */
@Controller
class DecisionRegisterController {

	private final MeetingPages pages;

	DecisionRegisterController(MeetingPages pages) {
		this.pages = pages;
	}

	@GetMapping("/decisions")
	String decisions(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "0") int page,
			Model model) {
		MeetingPages.DecisionPage register = this.pages.decisions(user, page);
		model.addAttribute("decisions", register.decisions());
		model.addAttribute("page", register.page());
		model.addAttribute("hasEarlier", register.hasEarlier());
		model.addAttribute("hasLater", register.hasLater());
		return "meeting/decisions";
	}

}
