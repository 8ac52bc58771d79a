package no.avtaleportal.notification;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A notice in the portal for one account, until its holder has read it; its title is made from
 * the kind and the arguments in the reader's language.
 */
@Entity
@Table(name = "notification_notice")
class StoredNotice {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long accountId;

	@Enumerated(EnumType.STRING)
	private NoticeKind kind;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private String[] arguments;

	private String path;

	private Instant createdAt;

	private Instant readAt;

	private boolean digestPending;

	protected StoredNotice() {
	}

	StoredNotice(long accountId, Notice notice, Instant createdAt, boolean forTheDigest) {
		this.accountId = accountId;
		this.kind = notice.kind();
		this.arguments = notice.arguments().toArray(String[]::new);
		this.path = notice.path();
		this.createdAt = createdAt;
		this.digestPending = forTheDigest;
	}

	void read(Instant at) {
		if (this.readAt == null) {
			this.readAt = at;
		}
	}

	void digested() {
		this.digestPending = false;
	}

	Long getId() {
		return this.id;
	}

	long getAccountId() {
		return this.accountId;
	}

	NoticeKind getKind() {
		return this.kind;
	}

	Object[] getArguments() {
		return this.arguments.clone();
	}

	String getPath() {
		return this.path;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	boolean isRead() {
		return this.readAt != null;
	}

}
