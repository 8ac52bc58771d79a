package no.avtaleportal.document;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An upload's description. The file itself comes as its own request part.
 */
public class DocumentForm {

	@NotNull
	private Long agreementId;

	@NotBlank
	@Size(max = 300)
	private String title;

	private Long authorOrganisationId;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate documentDate;

	@Size(max = 4000)
	private String description;

	private Long focusAreaId;

	private Long commitmentId;

	private Long activityId;

	/** The document the form describes, for a file of the name, type and size. */
	Document create(String fileName, String contentType, long size) {
		return new Document(this.agreementId, this.title, this.authorOrganisationId, this.documentDate, this.description,
				this.focusAreaId, this.commitmentId, this.activityId, fileName, contentType, size);
	}

	public Long getAgreementId() {
		return this.agreementId;
	}

	public void setAgreementId(Long agreementId) {
		this.agreementId = agreementId;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public Long getAuthorOrganisationId() {
		return this.authorOrganisationId;
	}

	public void setAuthorOrganisationId(Long authorOrganisationId) {
		this.authorOrganisationId = authorOrganisationId;
	}

	public LocalDate getDocumentDate() {
		return this.documentDate;
	}

	public void setDocumentDate(LocalDate documentDate) {
		this.documentDate = documentDate;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Long getFocusAreaId() {
		return this.focusAreaId;
	}

	public void setFocusAreaId(Long focusAreaId) {
		this.focusAreaId = focusAreaId;
	}

	public Long getCommitmentId() {
		return this.commitmentId;
	}

	public void setCommitmentId(Long commitmentId) {
		this.commitmentId = commitmentId;
	}

	public Long getActivityId() {
		return this.activityId;
	}

	public void setActivityId(Long activityId) {
		this.activityId = activityId;
	}

}
