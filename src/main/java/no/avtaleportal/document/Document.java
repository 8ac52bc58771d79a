package no.avtaleportal.document;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.springframework.util.Assert;

import no.avtaleportal.audit.StampedEntity;

/**
 * A shared file's description: title, author organisation, date, what it belongs to, and the
 * file's name, checked content type and size. The bytes are stored beside it
 * ({@code document_content}), never loaded with it.
 */
@Entity
public class Document extends StampedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long agreementId;

	private String title;

	private Long authorOrganisationId;

	private LocalDate documentDate;

	private String description;

	private Long focusAreaId;

	private Long commitmentId;

	private Long activityId;

	private String fileName;

	private String contentType;

	@Column(name = "size_bytes")
	private long size;

	private boolean example;

	@Version
	private long version;

	protected Document() {
	}

	Document(long agreementId, String title, Long authorOrganisationId, LocalDate documentDate, String description,
			Long focusAreaId, Long commitmentId, Long activityId, String fileName, String contentType, long size) {
		Assert.hasText(title, "title must not be empty");
		Assert.notNull(documentDate, "documentDate must not be null");
		Assert.hasText(fileName, "fileName must not be empty");
		Assert.isTrue(size > 0, "a document has content");
		this.agreementId = agreementId;
		this.title = title.strip();
		this.authorOrganisationId = authorOrganisationId;
		this.documentDate = documentDate;
		this.description = (description != null) ? description.strip() : "";
		this.focusAreaId = focusAreaId;
		this.commitmentId = commitmentId;
		this.activityId = activityId;
		this.fileName = fileName;
		this.contentType = contentType;
		this.size = size;
	}

	void markAsExample() {
		this.example = true;
	}

	public Long getId() {
		return this.id;
	}

	public long getAgreementId() {
		return this.agreementId;
	}

	public String getTitle() {
		return this.title;
	}

	public Long getAuthorOrganisationId() {
		return this.authorOrganisationId;
	}

	public LocalDate getDocumentDate() {
		return this.documentDate;
	}

	public String getDescription() {
		return this.description;
	}

	public Long getFocusAreaId() {
		return this.focusAreaId;
	}

	public Long getCommitmentId() {
		return this.commitmentId;
	}

	public Long getActivityId() {
		return this.activityId;
	}

	public String getFileName() {
		return this.fileName;
	}

	public String getContentType() {
		return this.contentType;
	}

	public long getSize() {
		return this.size;
	}

	/** The size for people: "1,2 MB", "350 kB". */
	public String getSizeLabel() {
		return (this.size >= 1_000_000) ? String.format("%.1f MB", this.size / 1_000_000.0)
				: Math.max(1, this.size / 1000) + " kB";
	}

	public boolean isExample() {
		return this.example;
	}

	public long getVersion() {
		return this.version;
	}

}
