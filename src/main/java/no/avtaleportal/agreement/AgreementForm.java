package no.avtaleportal.agreement;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import no.avtaleportal.web.VersionedForm;

/**
 * What an administrator fills in about an agreement: its description, signing and term. A new
 * agreement also names its two parties.
 */
public class AgreementForm implements VersionedForm {

	@NotBlank
	@Size(max = 300)
	private String title;

	@Size(max = 1000)
	private String subject;

	@NotNull
	private AgreementKind kind;

	@Size(max = 4000)
	private String preamble;

	@DateTimeFormat(iso = ISO.DATE)
	private LocalDate signedOn;

	@Size(max = 100)
	private String signedPlace;

	@NotNull
	@DateTimeFormat(iso = ISO.DATE)
	private LocalDate startDate;

	@NotNull
	@Min(1)
	@Max(240)
	private Integer termMonths;

	private boolean extensionAllowed;

	private boolean approximateDates;

	@DateTimeFormat(iso = ISO.DATE)
	private LocalDate evaluationFrom;

	@DateTimeFormat(iso = ISO.DATE)
	private LocalDate evaluationTo;

	private Long predecessorId;

	private Long firstPartyId;

	@Size(max = 200)
	private String firstSignatory;

	private Long secondPartyId;

	@Size(max = 200)
	private String secondSignatory;

	private long version;

	/** A new agreement's form: a collaboration agreement for two years. */
	static AgreementForm empty() {
		AgreementForm form = new AgreementForm();
		form.kind = AgreementKind.COLLABORATION_AGREEMENT;
		form.termMonths = 24;
		return form;
	}

	static AgreementForm from(Agreement agreement) {
		AgreementForm form = new AgreementForm();
		form.title = agreement.getTitle();
		form.subject = agreement.getSubject();
		form.kind = agreement.getKind();
		form.preamble = agreement.getPreamble();
		form.signedOn = agreement.getSignedOn();
		form.signedPlace = agreement.getSignedPlace();
		form.startDate = agreement.getStartDate();
		form.termMonths = agreement.getTermMonths();
		form.extensionAllowed = agreement.isExtensionAllowed();
		form.approximateDates = agreement.isApproximateDates();
		form.evaluationFrom = agreement.getEvaluationFrom();
		form.evaluationTo = agreement.getEvaluationTo();
		form.predecessorId = (agreement.getPredecessor() != null) ? agreement.getPredecessor().getId() : null;
		form.version = agreement.getVersion();
		return form;
	}

	void applyTo(Agreement agreement, Agreement predecessor) {
		agreement.describe(this.title, this.subject, this.kind, this.preamble);
		agreement.sign(this.signedOn, this.signedPlace);
		agreement.changeTerm(this.startDate, this.termMonths, this.extensionAllowed, this.approximateDates);
		agreement.planEvaluation(this.evaluationFrom, this.evaluationTo);
		agreement.replaces(predecessor);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSubject() {
		return this.subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public AgreementKind getKind() {
		return this.kind;
	}

	public void setKind(AgreementKind kind) {
		this.kind = kind;
	}

	public String getPreamble() {
		return this.preamble;
	}

	public void setPreamble(String preamble) {
		this.preamble = preamble;
	}

	public LocalDate getSignedOn() {
		return this.signedOn;
	}

	public void setSignedOn(LocalDate signedOn) {
		this.signedOn = signedOn;
	}

	public String getSignedPlace() {
		return this.signedPlace;
	}

	public void setSignedPlace(String signedPlace) {
		this.signedPlace = signedPlace;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public Integer getTermMonths() {
		return this.termMonths;
	}

	public void setTermMonths(Integer termMonths) {
		this.termMonths = termMonths;
	}

	public boolean isExtensionAllowed() {
		return this.extensionAllowed;
	}

	public void setExtensionAllowed(boolean extensionAllowed) {
		this.extensionAllowed = extensionAllowed;
	}

	public boolean isApproximateDates() {
		return this.approximateDates;
	}

	public void setApproximateDates(boolean approximateDates) {
		this.approximateDates = approximateDates;
	}

	public LocalDate getEvaluationFrom() {
		return this.evaluationFrom;
	}

	public void setEvaluationFrom(LocalDate evaluationFrom) {
		this.evaluationFrom = evaluationFrom;
	}

	public LocalDate getEvaluationTo() {
		return this.evaluationTo;
	}

	public void setEvaluationTo(LocalDate evaluationTo) {
		this.evaluationTo = evaluationTo;
	}

	public Long getPredecessorId() {
		return this.predecessorId;
	}

	public void setPredecessorId(Long predecessorId) {
		this.predecessorId = predecessorId;
	}

	public Long getFirstPartyId() {
		return this.firstPartyId;
	}

	public void setFirstPartyId(Long firstPartyId) {
		this.firstPartyId = firstPartyId;
	}

	public String getFirstSignatory() {
		return this.firstSignatory;
	}

	public void setFirstSignatory(String firstSignatory) {
		this.firstSignatory = firstSignatory;
	}

	public Long getSecondPartyId() {
		return this.secondPartyId;
	}

	public void setSecondPartyId(Long secondPartyId) {
		this.secondPartyId = secondPartyId;
	}

	public String getSecondSignatory() {
		return this.secondSignatory;
	}

	public void setSecondSignatory(String secondSignatory) {
		this.secondSignatory = secondSignatory;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
