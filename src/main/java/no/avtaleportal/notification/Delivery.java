package no.avtaleportal.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One e-mail to one address, exactly as it is (or would be) sent, and how its delivery went.
 */
@Entity
@Table(name = "notification_delivery")
class Delivery {

	/** Longer reasons are cut to fit their column. */
	private static final int REASON_LENGTH = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long accountId;

	@Enumerated(EnumType.STRING)
	private NoticeKind kind;

	private String recipient;

	private String language;

	private String subject;

	private String textBody;

	private String htmlBody;

	private String unsubscribeUrl;

	@Enumerated(EnumType.STRING)
	private DeliveryStatus status;

	private String reason;

	private int attempts;

	private Instant createdAt;

	private Instant lastAttemptAt;

	private Instant sentAt;

	@Version
	private long version;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
	@JoinColumn(name = "delivery_id", nullable = false)
	private List<MailAttachment> attachments = new ArrayList<>();

	protected Delivery() {
	}

	Delivery(Long accountId, NoticeKind kind, MailContent mail, Instant createdAt) {
		this.accountId = accountId;
		this.kind = kind;
		this.recipient = mail.recipient();
		this.language = mail.language();
		this.subject = mail.subject();
		this.textBody = mail.text();
		this.htmlBody = mail.html();
		this.unsubscribeUrl = mail.unsubscribeUrl();
		this.status = DeliveryStatus.QUEUED;
		this.createdAt = createdAt;
		mail.attachments()
			.forEach(file -> this.attachments.add(new MailAttachment(file.filename(), file.contentType(), file.content())));
	}

	void sent(Instant at) {
		this.attempts++;
		this.lastAttemptAt = at;
		this.sentAt = at;
		this.status = DeliveryStatus.SENT;
		this.reason = null;
	}

	void failed(String why, Instant at) {
		this.attempts++;
		this.lastAttemptAt = at;
		this.status = DeliveryStatus.FAILED;
		this.reason = (why == null) ? "?" : (why.length() > REASON_LENGTH) ? why.substring(0, REASON_LENGTH) : why;
	}

	void held() {
		this.status = DeliveryStatus.HELD;
	}

	/** An administrator asks for it to be sent again. */
	void retry() {
		if (this.status != DeliveryStatus.SENT) {
			this.status = DeliveryStatus.QUEUED;
		}
	}

	boolean isPending() {
		return this.status == DeliveryStatus.QUEUED || this.status == DeliveryStatus.FAILED;
	}

	Long getId() {
		return this.id;
	}

	Long getAccountId() {
		return this.accountId;
	}

	NoticeKind getKind() {
		return this.kind;
	}

	String getRecipient() {
		return this.recipient;
	}

	String getLanguage() {
		return this.language;
	}

	String getSubject() {
		return this.subject;
	}

	String getTextBody() {
		return this.textBody;
	}

	String getHtmlBody() {
		return this.htmlBody;
	}

	String getUnsubscribeUrl() {
		return this.unsubscribeUrl;
	}

	DeliveryStatus getStatus() {
		return this.status;
	}

	String getReason() {
		return this.reason;
	}

	int getAttempts() {
		return this.attempts;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getSentAt() {
		return this.sentAt;
	}

	Instant getLastAttemptAt() {
		return this.lastAttemptAt;
	}

	long getVersion() {
		return this.version;
	}

	List<MailAttachment> getAttachments() {
		return this.attachments;
	}

}
