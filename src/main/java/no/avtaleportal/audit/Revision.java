package no.avtaleportal.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionListener;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One saved change to audited records (Hibernate Envers): who made it and when. Every
 * {@code @Audited} entity's {@code _aud} table refers to it.
 */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(Revision.WhoChanged.class)
class Revision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@RevisionNumber
	private long id;

	@RevisionTimestamp
	@Column(name = "changed_at")
	private long changedAt;

	private String username;

	protected Revision() {
	}

	long getId() {
		return this.id;
	}

	Instant getChangedAt() {
		return Instant.ofEpochMilli(this.changedAt);
	}

	String getUsername() {
		return this.username;
	}

	/**
	 * Stamps each revision with the signed-in user, or {@code system} for what the portal does
	 * by itself.
	 */
	static class WhoChanged implements RevisionListener {

		@Override
		public void newRevision(Object revision) {
			((Revision) revision).username = AuditingConfiguration.currentUsername();
		}

	}

}
