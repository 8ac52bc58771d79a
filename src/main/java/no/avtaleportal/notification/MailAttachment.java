package no.avtaleportal.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file sent with a mail. */
@Entity
@Table(name = "notification_attachment")
class MailAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String filename;

	private String contentType;

	private byte[] content;

	protected MailAttachment() {
	}

	MailAttachment(String filename, String contentType, byte[] content) {
		this.filename = filename;
		this.contentType = contentType;
		this.content = content.clone();
	}

	String getFilename() {
		return this.filename;
	}

	String getContentType() {
		return this.contentType;
	}

	byte[] getContent() {
		return this.content.clone();
	}

}
