package no.avtaleportal.agreement;

import java.time.LocalDate;

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
 * The parties decided to extend the agreement's term by some months.
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class AgreementExtension extends StampedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Agreement agreement;

	private int months;

	private LocalDate decidedOn;

	private String note;

	/** The number of the steering group's decision to extend, when it was decided after the evaluation. */
	private String decisionNumber;

	@Version
	private long version;

	protected AgreementExtension() {
	}

	AgreementExtension(Agreement agreement, int months, LocalDate decidedOn, String note) {
		Assert.isTrue(months > 0, "an extension is at least one month");
		Assert.notNull(decidedOn, "decidedOn must not be null");
		this.agreement = agreement;
		this.months = months;
		this.decidedOn = decidedOn;
		this.note = (note == null || note.isBlank()) ? null : note.strip();
		agreement.extensions().add(this);
	}

	/** An extension the steering group decided, by the decision's number. */
	static AgreementExtension byDecision(Agreement agreement, int months, LocalDate decidedOn, String decisionNumber) {
		AgreementExtension extension = new AgreementExtension(agreement, months, decidedOn, null);
		extension.decisionNumber = decisionNumber;
		return extension;
	}

	public Long getId() {
		return this.id;
	}

	public int getMonths() {
		return this.months;
	}

	public LocalDate getDecidedOn() {
		return this.decidedOn;
	}

	public String getNote() {
		return this.note;
	}

	public String getDecisionNumber() {
		return this.decisionNumber;
	}

}
