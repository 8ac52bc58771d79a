package no.avtaleportal.people;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import no.avtaleportal.web.PersonPicks;
import no.avtaleportal.web.VersionedForm;

/**
 * A person holding a role from–to, as an administrator records it; the person is typed (a name or
 * e-mail address) and the controller looks up whom it names ({@link no.avtaleportal.web.PersonPicker}).
 */
public class AssignmentForm extends PersonPicks implements VersionedForm {

	/** The new assignment of the role to the person the form names. */
	RoleAssignment create(OrgRole role, Person person) {
		return new RoleAssignment(role, person, this.validFrom, this.validTo, false);
	}

	void applyTo(RoleAssignment assignment, Person person) {
		assignment.change(person, this.validFrom, this.validTo);
	}

	/** The form filled in with the assignment as it is saved. */
	static AssignmentForm from(RoleAssignment assignment) {
		AssignmentForm form = new AssignmentForm();
		form.person = PersonResolver.text(assignment.getPerson());
		form.validFrom = assignment.getValidFrom();
		form.validTo = assignment.getValidTo();
		form.version = assignment.getVersion();
		return form;
	}


	@NotBlank
	@Size(max = 600)
	private String person;

	@NotNull
	@DateTimeFormat(iso = ISO.DATE)
	private LocalDate validFrom;

	@DateTimeFormat(iso = ISO.DATE)
	private LocalDate validTo;

	private long version;

	public String getPerson() {
		return this.person;
	}

	public void setPerson(String person) {
		this.person = person;
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
