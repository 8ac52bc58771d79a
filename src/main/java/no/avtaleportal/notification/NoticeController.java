package no.avtaleportal.notification;

import java.util.Locale;

import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.web.Flash;
import no.avtaleportal.web.NotFoundException;

/**
 * A person's notices in the portal: all of them a page at a time ("Mine oppgaver" shows the
 * first few); opening one marks it read and leads to what it is about, and another account's
 * notice is a 404; "mark all as read" clears the header's count.
 */
@Controller
class NoticeController {

	static final int PAGE_SIZE = 25;

	private final InAppNotices notices;

	NoticeController(InAppNotices notices) {
		this.notices = notices;
	}

	@GetMapping("/notices")
	String all(@RequestParam(name = "page", defaultValue = "1") int pageNumber,
			@AuthenticationPrincipal SignedInUser user, Model model, Locale locale) {
		int number = Math.max(pageNumber, 1);
		Page<InAppNotice> page = this.notices.page(user.getAccountId(), number - 1, PAGE_SIZE, locale);
		if (number > 1 && number > page.getTotalPages()) {
			number = 1;
			page = this.notices.page(user.getAccountId(), 0, PAGE_SIZE, locale);
		}
		model.addAttribute("notices", page.getContent());
		model.addAttribute("pageNumber", number);
		model.addAttribute("pages", Math.max(1, page.getTotalPages()));
		model.addAttribute("previousPage", (number > 1) ? "/notices?page=" + (number - 1) : null);
		model.addAttribute("nextPage", page.hasNext() ? "/notices?page=" + (number + 1) : null);
		return "notification/notices";
	}

	@PostMapping("/notices/{noticeId}/open")
	String open(@PathVariable("noticeId") long id, @AuthenticationPrincipal SignedInUser user) {
		return "redirect:" + this.notices.open(user.getAccountId(), id)
			.orElseThrow(() -> new NotFoundException("notice " + id));
	}

	@PostMapping("/notices/read")
	String readAll(@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		this.notices.readAll(user.getAccountId());
		redirect.addFlashAttribute(Flash.MESSAGE, "notification.notices.allRead");
		return "redirect:/tasks#notices";
	}

}
