package no.avtaleportal.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import no.avtaleportal.web.VersionedForm;

/**
 * A person as an administrator registers them.
 */
public class PersonForm implements VersionedForm {

	/** The new person the form describes, in the organisation it names. */
	Person create(Organisation organisation) {
		return new Person(this.name, organisation, this.email);
	}

	void applyTo(Person person, Organisation organisation) {
		person.update(this.name, organisation, this.email);
	}

	/** The form filled in with the person as they are saved. */
	static PersonForm from(Person person) {
		PersonForm form = new PersonForm();
		form.name = person.getName();
		form.organisationId = person.getOrganisation().getId();
		form.email = person.getEmail();
		form.version = person.getVersion();
		return form;
	}


	@NotBlank
	@Size(max = 200)
	private String name;

	@NotNull
	private Long organisationId;

	@Size(max = 320)
	private String email;

	private long version;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public void setOrganisationId(Long organisationId) {
		this.organisationId = organisationId;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
