package no.avtaleportal.people;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import no.avtaleportal.web.VersionedForm;

/**
 * A person holding a role from–to, as an administrator records it.
 */
class AssignmentForm implements VersionedForm {

	/** The form filled in with the assignment as it is saved. */
	static AssignmentForm from(RoleAssignment assignment) {
		AssignmentForm form = new AssignmentForm();
		form.personId = assignment.getPerson().getId();
		form.validFrom = assignment.getValidFrom();
		form.validTo = assignment.getValidTo();
		form.version = assignment.getVersion();
		return form;
	}


	@NotNull
	private Long personId;

	@NotNull
	@DateTimeFormat(iso = ISO.DATE)
	private LocalDate validFrom;

	@DateTimeFormat(iso = ISO.DATE)
	private LocalDate validTo;

	private long version;

	public Long getPersonId() {
		return this.personId;
	}

	public void setPersonId(Long personId) {
		this.personId = personId;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public void setValidFrom(LocalDate validFrom) {
		this.validFrom = validFrom;
	}

	public LocalDate getValidTo() {
		return this.validTo;
	}

	public void setValidTo(LocalDate validTo) {
		this.validTo = validTo;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
