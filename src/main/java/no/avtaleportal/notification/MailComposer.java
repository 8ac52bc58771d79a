package no.avtaleportal.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import no.avtaleportal.web.PublicAddress;

/**
 * Writes a notice as a mail for one recipient in their language: a subject, a short text, the
 * lines the notice lists, one call to action leading into the portal, and at the foot where to
 * change what mail they get and the one-click link that stops this kind. HTML
 * ({@code templates/notification/mail.html}) with the same words as plain text.
 */
@Component
class MailComposer {

	private final MessageSource messages;

	private final ITemplateEngine templates;

	private final PublicAddress publicAddress;

	private final Environment environment;

	private final UnsubscribeLinks unsubscribeLinks;

	MailComposer(MessageSource messages, ITemplateEngine templates, PublicAddress publicAddress, Environment environment,
			UnsubscribeLinks unsubscribeLinks) {
		this.messages = messages;
		this.templates = templates;
		this.publicAddress = publicAddress;
		this.environment = environment;
		this.unsubscribeLinks = unsubscribeLinks;
	}

	MailContent compose(Recipient recipient, Notice notice) {
		Locale locale = recipient.language();
		Object[] arguments = notice.arguments().toArray();
		String prefix = "notification.kind." + notice.kind().name();
		String subject = text(prefix + ".subject", arguments, locale);
		String body = text(prefix + ".body", arguments, locale);
		String action = text(prefix + ".action", arguments, locale);
		String unsubscribe = link(this.unsubscribeLinks.path(recipient.accountId(), notice.kind()));
		List<MailSection> sections = notice.sections()
			.stream()
			.map(section -> new MailSection(text(section.headingKey(), null, locale), section.lines()
				.stream()
				.map(line -> new MailLine(line.text(), (line.path() != null) ? link(line.path()) : null))
				.toList()))
			.toList();
		Mail mail = new Mail(subject, text("notification.mail.greeting", new Object[] { recipient.name() }, locale),
				List.of(body), notice.details(), action, link(notice.path()), settingsLink(),
				text("notification.mail.unsubscribe", new Object[] { label(notice.kind(), locale) }, locale),
				unsubscribe, sections);
		return new MailContent(recipient.email(), locale.getLanguage(), subject, plainText(mail, locale),
				html(mail, locale), unsubscribe, notice.attachments());
	}

	/** The weekly digest: one mail listing the notices (title and link) since the last one. */
	MailContent digest(Recipient recipient, List<DigestLine> lines) {
		Locale locale = recipient.language();
		String subject = text("notification.digest.subject", new Object[] { lines.size() }, locale);
		List<String> items = new ArrayList<>();
		lines.forEach(line -> items.add(line.title() + ": " + link(line.path())));
		Mail mail = new Mail(subject, text("notification.mail.greeting", new Object[] { recipient.name() }, locale),
				List.of(text("notification.digest.body", null, locale)), items,
				text("notification.digest.action", null, locale), link("/"), settingsLink(), null, null, List.of());
		return new MailContent(recipient.email(), locale.getLanguage(), subject, plainText(mail, locale),
				html(mail, locale), null, List.of());
	}

	private String plainText(Mail mail, Locale locale) {
		StringBuilder text = new StringBuilder(mail.greeting()).append("\n\n");
		mail.paragraphs().forEach(paragraph -> text.append(paragraph).append("\n\n"));
		mail.details().forEach(line -> text.append("- ").append(line).append('\n'));
		if (!mail.details().isEmpty()) {
			text.append('\n');
		}
		for (MailSection section : mail.sections()) {
			text.append(section.heading()).append(":\n");
			section.lines()
				.forEach(line -> text.append("- ")
					.append(line.text())
					.append((line.url() != null) ? ": " + line.url() : "")
					.append('\n'));
			text.append('\n');
		}
		text.append(mail.action()).append(":\n").append(mail.actionUrl()).append("\n\n-- \n");
		text.append(text("notification.mail.settings", null, locale)).append(": ").append(mail.settingsUrl()).append('\n');
		if (mail.unsubscribeUrl() != null) {
			text.append(mail.unsubscribeText()).append(": ").append(mail.unsubscribeUrl()).append('\n');
		}
		return text.toString();
	}

	private String html(Mail mail, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("mail", mail);
		context.setVariable("lang", locale.getLanguage());
		return this.templates.process("notification/mail", context);
	}

	private String settingsLink() {
		return link(NotificationSettingsController.PATH);
	}

	/** An absolute link into the portal: from its public address, or this instance's port. */
	String link(String path) {
		String root;
		try {
			root = this.publicAddress.root().toUriString();
		}
		catch (IllegalStateException ex) {
			// no request (a listener or scheduled job) and no public address configured
			root = "http://localhost:" + this.environment.getProperty("local.server.port",
					this.environment.getProperty("server.port", "8080"));
		}
		return root.replaceAll("/+$", "") + path;
	}

	String label(NoticeKind kind, Locale locale) {
		return text("NoticeKind." + kind.name(), null, locale);
	}

	private String text(String key, Object[] arguments, Locale locale) {
		return this.messages.getMessage(key, arguments, locale);
	}

	/** What the mail template shows. */
	public record Mail(String subject, String greeting, List<String> paragraphs, List<String> details, String action,
			String actionUrl, String settingsUrl, String unsubscribeText, String unsubscribeUrl,
			List<MailSection> sections) {
	}

	/** A headed list of the mail, its heading in the recipient's language. */
	public record MailSection(String heading, List<MailLine> lines) {
	}

	/** A line of a section, with the absolute link it leads to, or none. */
	public record MailLine(String text, String url) {
	}

	/** A notice in the digest. */
	record DigestLine(String title, String path) {
	}

	/** Whom a mail goes to. */
	record Recipient(long accountId, String name, String email, Locale language) {
	}

}
