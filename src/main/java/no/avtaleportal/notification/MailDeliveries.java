package no.avtaleportal.notification;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the mails of the outbox through the portal's mail server ({@code spring.mail.*}): HTML
 * with a plain-text alternative, {@code List-Unsubscribe} with its one-click POST (RFC 8058) and
 * the attachments. Each attempt is recorded on the delivery: sent, or failed with the mail
 * server's reason, to be tried again every few minutes
 * ({@code avtaleportal.notifications.retry-cron}) or at once by an administrator. Without a mail
 * server the deliveries are held for the outbox page.
 */
@Component
class MailDeliveries {

	private static final Logger log = LoggerFactory.getLogger(MailDeliveries.class);

	/** Attempts after which a failed delivery is left to an administrator's retry. */
	static final int MAX_ATTEMPTS = 20;

	private final DeliveryRepository deliveries;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final String from;

	private final Counter failures;

	private final Counter sent;

	MailDeliveries(DeliveryRepository deliveries, ObjectProvider<JavaMailSender> mailSender,
			TransactionTemplate transactions, Clock clock, MeterRegistry meters,
			@Value("${avtaleportal.mail.from:avtaleportal@localhost}") String from) {
		this.deliveries = deliveries;
		this.mailSender = mailSender;
		this.transactions = transactions;
		this.clock = clock;
		this.from = from;
		this.failures = Counter.builder("avtaleportal.notifications.failed")
			.description("Attempts to mail a notice that the mail server refused or that could not reach it")
			.register(meters);
		this.sent = Counter.builder("avtaleportal.notifications.sent")
			.description("Notices mailed")
			.register(meters);
		Gauge.builder("avtaleportal.notifications.queued",
				() -> deliveries.countByStatus(DeliveryStatus.QUEUED) + deliveries.countByStatus(DeliveryStatus.FAILED))
			.description("Mails waiting to be sent, failed ones included")
			.register(meters);
	}

	/** Tries every pending delivery once (the scheduled retry; ShedLock keeps it to one instance). */
	@Scheduled(cron = "${avtaleportal.notifications.retry-cron:0 */5 * * * *}", zone = "Europe/Oslo")
	@SchedulerLock(name = "notification-retry")
	void sendPending() {
		this.deliveries.pendingIds().forEach(this::send);
	}

	/** Tries the deliveries, each in a transaction of its own. */
	void send(List<Long> ids) {
		ids.forEach(this::send);
	}

	/** An administrator's retry: the delivery is queued again and tried at once. */
	void retry(long id) {
		this.transactions.executeWithoutResult(status -> this.deliveries.findById(id)
			.orElseThrow(() -> new no.avtaleportal.web.NotFoundException("delivery " + id))
			.retry());
		send(id);
	}

	/** Tries to send the delivery if it is still pending, and records how it went. */
	void send(long id) {
		this.transactions.executeWithoutResult(status -> this.deliveries.findById(id)
			.filter(Delivery::isPending)
			.filter(delivery -> delivery.getAttempts() < MAX_ATTEMPTS || delivery.getStatus() == DeliveryStatus.QUEUED)
			.ifPresent(this::attempt));
	}

	private void attempt(Delivery delivery) {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			delivery.held();
			return;
		}
		try {
			sender.send(message(sender, delivery));
			delivery.sent(this.clock.instant());
			this.sent.increment();
		}
		catch (MailException | MessagingException ex) {
			log.warn("Mail {} could not be sent; it is tried again later: {}", delivery.getId(), ex.getMessage());
			delivery.failed(ex.getMessage(), this.clock.instant());
			this.failures.increment();
		}
	}

	private MimeMessage message(JavaMailSender sender, Delivery delivery) throws MessagingException {
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
				StandardCharsets.UTF_8.name());
		helper.setFrom(this.from);
		helper.setTo(delivery.getRecipient());
		helper.setSubject(delivery.getSubject());
		helper.setText(delivery.getTextBody(), delivery.getHtmlBody());
		for (MailAttachment file : delivery.getAttachments()) {
			helper.addAttachment(file.getFilename(), new ByteArrayResource(file.getContent()), file.getContentType());
		}
		message.setHeader("Content-Language", delivery.getLanguage());
		if (delivery.getUnsubscribeUrl() != null) {
			message.setHeader("List-Unsubscribe", "<" + delivery.getUnsubscribeUrl() + ">");
			message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		}
		return message;
	}

}
