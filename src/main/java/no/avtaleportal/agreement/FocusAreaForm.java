package no.avtaleportal.agreement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import no.avtaleportal.web.VersionedForm;

/**
 * A focus area as an administrator writes it.
 */
public class FocusAreaForm implements VersionedForm {

	/** The new focus area the form describes, under the clause. */
	FocusArea create(Agreement agreement, Clause clause) {
		return new FocusArea(agreement, this.code, this.title, this.description, clause);
	}

	void applyTo(FocusArea area, Clause clause) {
		area.update(this.code, this.title, this.description, clause);
	}

	@NotBlank
	@Size(max = 10)
	private String code;

	@NotBlank
	@Size(max = 300)
	private String title;

	@Size(max = 4000)
	private String description;

	@NotNull
	private Long clauseId;

	private long version;

	static FocusAreaForm from(FocusArea area) {
		FocusAreaForm form = new FocusAreaForm();
		form.code = area.getCode();
		form.title = area.getTitle();
		form.description = area.getDescription();
		form.clauseId = area.getClause().getId();
		form.version = area.getVersion();
		return form;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Long getClauseId() {
		return this.clauseId;
	}

	public void setClauseId(Long clauseId) {
		this.clauseId = clauseId;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
