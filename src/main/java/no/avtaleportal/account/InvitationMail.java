package no.avtaleportal.account;

import java.time.ZonedDateTime;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import no.avtaleportal.web.Formats;

/**
 * Sends an invitation link by e-mail, in bokmål and then in English, with when it expires, when
 * mail is configured ({@code spring.mail.host}) and the account has an e-mail address. Otherwise,
 * or when the mail server refuses it, the administrator is shown the link to send it themselves.
 */
@Component
class InvitationMail {

	private static final Logger log = LoggerFactory.getLogger(InvitationMail.class);

	private static final Locale BOKMAL = Locale.forLanguageTag("nb");

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MessageSource messages;

	private final String from;

	InvitationMail(ObjectProvider<JavaMailSender> mailSender, MessageSource messages,
			@Value("${avtaleportal.mail.from:avtaleportal@localhost}") String from) {
		this.mailSender = mailSender;
		this.messages = messages;
		this.from = from;
	}

	/**
	 * Mails the link to the account's e-mail address.
	 * @return whether it was handed to the mail server
	 */
	boolean send(String email, String name, String link, ZonedDateTime expires) {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null || !StringUtils.hasText(email)) {
			return false;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(email);
		message.setSubject(text("account.invitation.mail.subject", BOKMAL) + " / "
				+ text("account.invitation.mail.subject", Locale.ENGLISH));
		Object[] arguments = { name, link, Formats.date(expires), Formats.time(expires) };
		message.setText(this.messages.getMessage("account.invitation.mail.body", arguments, BOKMAL) + "\n\n-----\n\n"
				+ this.messages.getMessage("account.invitation.mail.body", arguments, Locale.ENGLISH));
		try {
			sender.send(message);
			return true;
		}
		catch (MailException ex) {
			log.warn("The invitation could not be mailed; the administrator is shown the link instead: {}",
					ex.getMessage());
			return false;
		}
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
