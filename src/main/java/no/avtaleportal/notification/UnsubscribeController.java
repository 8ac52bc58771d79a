package no.avtaleportal.notification;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.avtaleportal.account.AccountHolders;

/**
 * The one-click unsubscribe link of every mail (RFC 8058): a mail program POSTs to it with
 * {@code List-Unsubscribe=One-Click} and no CSRF token, which the signature replaces; a person who
 * opens it in a browser gets a page asking them to confirm. Either stops that kind of mail for
 * that account; the notices stay in the portal. An invalid link is a 404 and changes nothing.
 */
@Controller
class UnsubscribeController {

	private final UnsubscribeLinks links;

	private final NotificationSettings settings;

	private final AccountHolders accounts;

	private final MailComposer composer;

	UnsubscribeController(UnsubscribeLinks links, NotificationSettings settings, AccountHolders accounts,
			MailComposer composer) {
		this.links = links;
		this.settings = settings;
		this.accounts = accounts;
		this.composer = composer;
	}

	@GetMapping(UnsubscribeLinks.PATH)
	String confirm(@RequestParam(required = false) String account, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String signature, Model model, Locale locale, HttpServletResponse response) {
		if (!this.links.isValid(account, kind, signature)) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("invalid", true);
			return "notification/unsubscribe";
		}
		model.addAttribute("kindLabel", this.composer.label(NoticeKind.valueOf(kind), locale));
		model.addAttribute("action", this.links.path(Long.parseLong(account), NoticeKind.valueOf(kind)));
		return "notification/unsubscribe";
	}

	@PostMapping(UnsubscribeLinks.PATH)
	String unsubscribe(@RequestParam(required = false) String account, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String signature, Model model, Locale locale, HttpServletResponse response) {
		if (!this.links.isValid(account, kind, signature)) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("invalid", true);
			return "notification/unsubscribe";
		}
		long accountId = Long.parseLong(account);
		NoticeKind noticeKind = NoticeKind.valueOf(kind);
		if (!this.accounts.holders(List.of(), List.of(accountId)).isEmpty()) {
			this.settings.choose(accountId, noticeKind, DeliveryChoice.NEVER);
		}
		model.addAttribute("kindLabel", this.composer.label(noticeKind, locale));
		model.addAttribute("done", true);
		return "notification/unsubscribe";
	}

}
