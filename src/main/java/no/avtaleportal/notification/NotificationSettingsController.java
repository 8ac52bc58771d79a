package no.avtaleportal.notification;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.avtaleportal.account.AccountHolders;
import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.web.BadInputException;
import no.avtaleportal.web.Flash;

/**
 * Each person's notification settings: per kind at once, in the weekly digest or never, and the
 * language of their mail.
 */
@Controller
class NotificationSettingsController {

	static final String PATH = "/settings/notifications";

	private final NotificationSettings settings;

	private final AccountHolders accounts;

	NotificationSettingsController(NotificationSettings settings, AccountHolders accounts) {
		this.settings = settings;
		this.accounts = accounts;
	}

	@GetMapping(PATH)
	String show(@AuthenticationPrincipal SignedInUser user, Model model) {
		Map<NoticeKind, DeliveryChoice> choices = this.settings.choices(user.getAccountId(), user.getRoles());
		List<Choice> rows = new ArrayList<>();
		choices.forEach((kind, choice) -> rows.add(new Choice(kind, choice)));
		model.addAttribute("rows", rows);
		model.addAttribute("choices", DeliveryChoice.values());
		model.addAttribute("languages", NotificationSettings.LANGUAGES);
		model.addAttribute("language", this.settings.language(user.getAccountId()).getLanguage());
		model.addAttribute("hasEmail", this.accounts.holders(List.of(), List.of(user.getAccountId()))
			.stream()
			.anyMatch(holder -> StringUtils.hasText(holder.email())));
		return "notification/settings";
	}

	@PostMapping(PATH)
	String save(@AuthenticationPrincipal SignedInUser user, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		Map<NoticeKind, DeliveryChoice> chosen = new EnumMap<>(NoticeKind.class);
		for (NoticeKind kind : NoticeKind.values()) {
			String value = form.get(kind.name());
			if (value != null) {
				chosen.put(kind, parse(value));
			}
		}
		String language = form.get("language");
		if (language != null && !NotificationSettings.LANGUAGES.contains(language)) {
			throw new BadInputException("language " + language);
		}
		this.settings.save(user.getAccountId(), chosen, language);
		redirect.addFlashAttribute(Flash.MESSAGE, "notification.settings.saved");
		return "redirect:" + PATH;
	}

	private static DeliveryChoice parse(String value) {
		try {
			return DeliveryChoice.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			throw new BadInputException("choice " + value);
		}
	}

	/** A kind and what the person gets of it. */
	public record Choice(NoticeKind kind, DeliveryChoice choice) {
	}

}
