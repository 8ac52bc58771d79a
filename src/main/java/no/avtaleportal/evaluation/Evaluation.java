package no.avtaleportal.evaluation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.springframework.util.Assert;

import no.avtaleportal.audit.StampedEntity;

/**
 * The evaluation of one agreement: the continuation decision proposed into a meeting's minutes
 * and, once those minutes are approved, the decision's number and day and the dossier as it stood
 * then (JSON, never compiled again).
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Evaluation extends StampedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long agreementId;

	@Enumerated(EnumType.STRING)
	private EvaluationStatus status = EvaluationStatus.NOT_STARTED;

	private Long meetingId;

	private Long decisionId;

	@Enumerated(EnumType.STRING)
	private Outcome outcome;

	private Integer extensionMonths;

	private LocalDate endOn;

	private String carryOver;

	private String decisionNumber;

	private LocalDate decidedOn;

	private Long successorAgreementId;

	@NotAudited
	@Column(columnDefinition = "jsonb")
	@ColumnTransformer(write = "?::jsonb")
	private String dossier;

	@NotAudited
	private boolean example;

	@Version
	private long version;

	protected Evaluation() {
	}

	Evaluation(long agreementId) {
		this.agreementId = agreementId;
	}

	/** Someone has started on it (an assessment saved). */
	void start() {
		if (this.status == EvaluationStatus.NOT_STARTED) {
			this.status = EvaluationStatus.IN_PROGRESS;
		}
	}

	/**
	 * The decision is proposed into the minutes of the meeting; it takes effect when they are approved.
	 */
	void propose(long meetingId, long decisionId, Outcome outcome, Integer extensionMonths, LocalDate endOn,
			List<Long> carryOver) {
		Assert.state(this.status != EvaluationStatus.TREATED, "the evaluation is already treated");
		Assert.isTrue(outcome != Outcome.EXTEND || (extensionMonths != null && extensionMonths > 0),
				"an extension needs its months");
		Assert.isTrue(outcome != Outcome.END || endOn != null, "an ending needs its day");
		this.meetingId = meetingId;
		this.decisionId = decisionId;
		this.outcome = outcome;
		this.extensionMonths = (outcome == Outcome.EXTEND) ? extensionMonths : null;
		this.endOn = (outcome == Outcome.END) ? endOn : null;
		this.carryOver = (outcome == Outcome.RENEGOTIATE && !carryOver.isEmpty())
				? carryOver.stream().map(String::valueOf).collect(Collectors.joining(",")) : null;
		this.status = EvaluationStatus.IN_PROGRESS;
	}

	/**
	 * The minutes with the decision are approved: the evaluation is treated, and the dossier is
	 * kept as it stands.
	 */
	void treat(String decisionNumber, LocalDate decidedOn, String dossierJson) {
		Assert.state(this.status != EvaluationStatus.TREATED, "the evaluation is already treated");
		this.decisionNumber = decisionNumber;
		this.decidedOn = decidedOn;
		this.dossier = dossierJson;
		this.status = EvaluationStatus.TREATED;
	}

	void markAsExample() {
		this.example = true;
	}

	public boolean isExample() {
		return this.example;
	}

	void succeededBy(long agreementId) {
		this.successorAgreementId = agreementId;
	}

	public boolean isTreated() {
		return this.status == EvaluationStatus.TREATED;
	}

	public Long getId() {
		return this.id;
	}

	public long getAgreementId() {
		return this.agreementId;
	}

	public EvaluationStatus getStatus() {
		return this.status;
	}

	public Long getMeetingId() {
		return this.meetingId;
	}

	public Long getDecisionId() {
		return this.decisionId;
	}

	public Outcome getOutcome() {
		return this.outcome;
	}

	public Integer getExtensionMonths() {
		return this.extensionMonths;
	}

	public LocalDate getEndOn() {
		return this.endOn;
	}

	/** The activities to carry over to the successor agreement. */
	public List<Long> getCarryOver() {
		return (this.carryOver == null) ? List.of() : Arrays.stream(this.carryOver.split(",")).map(Long::valueOf).toList();
	}

	public String getDecisionNumber() {
		return this.decisionNumber;
	}

	public LocalDate getDecidedOn() {
		return this.decidedOn;
	}

	public Long getSuccessorAgreementId() {
		return this.successorAgreementId;
	}

	String getDossier() {
		return this.dossier;
	}

	public long getVersion() {
		return this.version;
	}

}
