package no.avtaleportal.notification;

import java.util.List;

/**
 * A mail as composed for one recipient.
 *
 * @param unsubscribeUrl the signed one-click link that stops this kind of mail, or null (a digest)
 */
record MailContent(String recipient, String language, String subject, String text, String html, String unsubscribeUrl,
		List<Notice.Attachment> attachments) {
}
