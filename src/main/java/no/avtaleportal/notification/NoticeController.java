package no.avtaleportal.notification;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.web.NotFoundException;

/**
 * Opening a notice in the portal marks it read and leads to what it is about; another account's
 * notice is a 404.
 */
@Controller
class NoticeController {

	private final InAppNotices notices;

	NoticeController(InAppNotices notices) {
		this.notices = notices;
	}

	@PostMapping("/notices/{id}/open")
	String open(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
		return "redirect:" + this.notices.open(user.getAccountId(), id)
			.orElseThrow(() -> new NotFoundException("notice " + id));
	}

	@PostMapping("/notices/read")
	String readAll(@AuthenticationPrincipal SignedInUser user) {
		this.notices.readAll(user.getAccountId());
		return "redirect:/";
	}

}
