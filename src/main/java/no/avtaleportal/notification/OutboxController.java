package no.avtaleportal.notification;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.Instant;


import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.avtaleportal.account.AccessRules;
import no.avtaleportal.account.CsrfExemption;
import no.avtaleportal.account.Role;
import no.avtaleportal.web.Flash;
import no.avtaleportal.web.NotFoundException;
import no.avtaleportal.web.Formats;
import no.avtaleportal.web.ListPages;

/**
 * The outbox for administrators: every mail the portal has sent or is to send, failures first
 * with their reason, each shown exactly as sent (subject, recipient, text), and a button that
 * tries a failed or held one again. Also declares who may reach the module's addresses.
 */
@Controller
class OutboxController {

	static final int PAGE_SIZE = 25;

	private static final ZoneId OSLO = Formats.OSLO;

	private final DeliveryRepository deliveries;

	private final MailDeliveries mail;

	OutboxController(DeliveryRepository deliveries, MailDeliveries mail) {
		this.deliveries = deliveries;
		this.mail = mail;
	}

	@Bean
	static AccessRules notificationAccess() {
		return requests -> requests.requestMatchers("/admin/outbox", "/admin/outbox/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers(NotificationSettingsController.PATH, "/notices", "/notices/*/open", "/notices/read")
			.authenticated()
			.requestMatchers(UnsubscribeLinks.PATH)
			.permitAll();
	}

	@Bean
	static CsrfExemption signedUnsubscribeLinks(UnsubscribeLinks links) {
		return links::signedRequests;
	}

	@GetMapping("/admin/outbox")
	@Transactional(readOnly = true)
	String outbox(@RequestParam(name = "page", required = false) Integer page, Model model) {
		PageRequest shown = ListPages.page(this.deliveries.count(), page, PAGE_SIZE, number -> "/admin/outbox?page=" + number,
				model);
		model.addAttribute("rows", this.deliveries.outbox(shown).stream().map(OutboxController::row).toList());
		return "notification/outbox";
	}

	@GetMapping("/admin/outbox/{deliveryId}")
	@Transactional(readOnly = true)
	String show(@PathVariable("deliveryId") long id, Model model) {
		Delivery delivery = this.deliveries.findById(id).orElseThrow(() -> new NotFoundException("delivery " + id));
		model.addAttribute("row", row(delivery));
		model.addAttribute("mail", new Mail(delivery.getLanguage(), delivery.getTextBody(), delivery.getUnsubscribeUrl(),
				delivery.getAttachments().stream().map(MailAttachment::getFilename).toList()));
		return "notification/outbox-mail";
	}

	@PostMapping("/admin/outbox/{deliveryId}/retry")
	String retry(@PathVariable("deliveryId") long id, RedirectAttributes redirect) {
		this.mail.retry(id);
		redirect.addFlashAttribute(Flash.MESSAGE, "notification.outbox.retried");
		return "redirect:/admin/outbox/" + id;
	}

	private static Row row(Delivery delivery) {
		return new Row(delivery.getId(), oslo(delivery.getCreatedAt()), delivery.getRecipient(), delivery.getKind(),
				delivery.getSubject(), delivery.getStatus(), delivery.getReason(), delivery.getAttempts(),
				oslo(delivery.getSentAt()), delivery.getStatus() != DeliveryStatus.SENT);
	}

	private static ZonedDateTime oslo(Instant at) {
		return (at != null) ? at.atZone(OSLO) : null;
	}

	/** What the page of one mail shows besides its line: the mail as sent. */
	public record Mail(String language, String text, String unsubscribeUrl, java.util.List<String> attachments) {
	}

	/** A line of the outbox. */
	public record Row(long id, ZonedDateTime created, String recipient, NoticeKind kind, String subject, DeliveryStatus status,
			String reason, int attempts, ZonedDateTime sent, boolean retryable) {
	}


}
