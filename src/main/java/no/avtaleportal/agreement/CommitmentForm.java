package no.avtaleportal.agreement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import no.avtaleportal.web.VersionedForm;

/**
 * An intention (commitment) as an administrator writes it.
 */
class CommitmentForm implements VersionedForm {

	@NotNull
	private Long focusAreaId;

	@NotNull
	private Long clauseId;

	@NotBlank
	@Size(max = 4000)
	private String text;

	private Long leadOrganisationId;

	@Size(max = 4000)
	private String responsibilityNote;

	private long version;

	static CommitmentForm from(Commitment commitment) {
		CommitmentForm form = new CommitmentForm();
		form.focusAreaId = commitment.getFocusArea().getId();
		form.clauseId = commitment.getClause().getId();
		form.text = commitment.getText();
		form.leadOrganisationId = commitment.getLeadOrganisationId();
		form.responsibilityNote = commitment.getResponsibilityNote();
		form.version = commitment.getVersion();
		return form;
	}

	public Long getFocusAreaId() {
		return this.focusAreaId;
	}

	public void setFocusAreaId(Long focusAreaId) {
		this.focusAreaId = focusAreaId;
	}

	public Long getClauseId() {
		return this.clauseId;
	}

	public void setClauseId(Long clauseId) {
		this.clauseId = clauseId;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public Long getLeadOrganisationId() {
		return this.leadOrganisationId;
	}

	public void setLeadOrganisationId(Long leadOrganisationId) {
		this.leadOrganisationId = leadOrganisationId;
	}

	public String getResponsibilityNote() {
		return this.responsibilityNote;
	}

	public void setResponsibilityNote(String responsibilityNote) {
		this.responsibilityNote = responsibilityNote;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
