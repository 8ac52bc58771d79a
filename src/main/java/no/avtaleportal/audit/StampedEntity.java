package no.avtaleportal.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;
import org.springframework.modulith.NamedInterface;

/**
 * An entity that keeps who created it and who last changed it, and when. The columns are
 * {@code created_by}, {@code created_at}, {@code last_modified_by} and {@code last_modified_at}.
 */
@NamedInterface("api")
@MappedSuperclass
@EntityListeners(AuditingEntityListener.class)
public abstract class StampedEntity {

	@CreatedBy
	@Column(updatable = false)
	private String createdBy;

	@CreatedDate
	@Column(updatable = false)
	private Instant createdAt;

	@LastModifiedBy
	private String lastModifiedBy;

	@LastModifiedDate
	private Instant lastModifiedAt;

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getLastModifiedBy() {
		return this.lastModifiedBy;
	}

	public Instant getLastModifiedAt() {
		return this.lastModifiedAt;
	}

}
