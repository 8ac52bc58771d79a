package no.avtaleportal.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

import no.avtaleportal.audit.StampedEntity;

/**
 * A value of an indicator measured on a day, with who recorded it, a comment and, optionally, a
 * shared document as evidence. Corrections keep its history.
 */
@Entity
@Table(name = "indicator_measurement")
@org.hibernate.envers.Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Measurement extends StampedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Indicator indicator;

	private LocalDate measuredOn;

	private BigDecimal value;

	@NotAudited
	private String recordedByName;

	@NotAudited
	private Long recordedByPersonId;

	private String comment;

	private Long documentId;

	@Version
	private long version;

	protected Measurement() {
	}

	Measurement(Indicator indicator, LocalDate measuredOn, BigDecimal value, String comment, Long documentId,
			Long recordedByPersonId, String recordedByName) {
		this.indicator = indicator;
		this.recordedByPersonId = recordedByPersonId;
		this.recordedByName = recordedByName;
		correct(measuredOn, value, comment, documentId);
	}

	void correct(LocalDate measuredOn, BigDecimal value, String comment, Long documentId) {
		this.measuredOn = measuredOn;
		this.value = value;
		this.comment = (comment != null) ? comment.strip() : "";
		this.documentId = documentId;
	}

	public Long getId() {
		return this.id;
	}

	public LocalDate getMeasuredOn() {
		return this.measuredOn;
	}

	public BigDecimal getValue() {
		return this.value;
	}

	public String getRecordedByName() {
		return this.recordedByName;
	}

	public Long getRecordedByPersonId() {
		return this.recordedByPersonId;
	}

	public String getComment() {
		return this.comment;
	}

	public Long getDocumentId() {
		return this.documentId;
	}

	public long getVersion() {
		return this.version;
	}

}
