package no.avtaleportal.agreement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import no.avtaleportal.web.VersionedForm;

/**
 * An intention (commitment) as an administrator writes it.
 */
public class CommitmentForm implements VersionedForm {

	/** A new commitment's form: under the focus area (if any) and its clause. */
	static CommitmentForm under(FocusArea area) {
		CommitmentForm form = new CommitmentForm();
		if (area != null) {
			form.focusAreaId = area.getId();
			form.clauseId = area.getClause().getId();
		}
		return form;
	}

	/** The new commitment the form describes, after the focus area's other commitments. */
	Commitment create(FocusArea area, Clause clause, int position) {
		return new Commitment(area, clause, this.text, this.leadOrganisationId, this.responsibilityNote, position);
	}

	void applyTo(Commitment commitment, FocusArea area, Clause clause) {
		commitment.reword(this.text, clause, this.leadOrganisationId, this.responsibilityNote);
		commitment.moveTo(area);
	}

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
