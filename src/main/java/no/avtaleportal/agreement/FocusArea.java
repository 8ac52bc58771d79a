package no.avtaleportal.agreement;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.springframework.util.Assert;

import no.avtaleportal.audit.StampedEntity;

/**
 * A focus area (innsatsområde) of an agreement, such as A, tied to the clause it comes from.
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class FocusArea extends StampedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Agreement agreement;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Clause clause;

	private String code;

	private String title;

	private String description;

	@Version
	private long version;

	protected FocusArea() {
	}

	FocusArea(Agreement agreement, String code, String title, String description, Clause clause) {
		Assert.notNull(agreement, "agreement must not be null");
		this.agreement = agreement;
		update(code, title, description, clause);
	}

	void update(String code, String title, String description, Clause clause) {
		Assert.hasText(code, "code must not be empty");
		Assert.hasText(title, "title must not be empty");
		Assert.notNull(clause, "clause must not be null");
		Assert.isTrue(clause.getAgreement() == this.agreement || clause.getAgreement().getId().equals(this.agreement.getId()),
				"the clause must belong to the same agreement");
		this.code = code.strip();
		this.title = title.strip();
		this.description = (description != null) ? description.strip() : "";
		this.clause = clause;
	}

	public Long getId() {
		return this.id;
	}

	public Agreement getAgreement() {
		return this.agreement;
	}

	public Clause getClause() {
		return this.clause;
	}

	public String getCode() {
		return this.code;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public long getVersion() {
		return this.version;
	}

}
