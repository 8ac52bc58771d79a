package no.avtaleportal.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import no.avtaleportal.web.VersionedForm;

/**
 * An organisation as an administrator registers it; the number must pass the modulus-11 check.
 */
public class OrganisationForm implements VersionedForm {

	/** The new organisation the form describes. */
	Organisation create() {
		return new Organisation(this.name, this.shortName, this.orgNumber);
	}

	void applyTo(Organisation organisation) {
		organisation.rename(this.name, this.shortName);
		organisation.changeOrgNumber(this.orgNumber);
	}

	/** The form filled in with the organisation as it is saved. */
	static OrganisationForm from(Organisation organisation) {
		OrganisationForm form = new OrganisationForm();
		form.name = organisation.getName();
		form.shortName = organisation.getShortName();
		form.orgNumber = organisation.getFormattedOrgNumber();
		form.version = organisation.getVersion();
		return form;
	}


	@NotBlank
	@Size(max = 200)
	private String name;

	@NotBlank
	@Size(max = 40)
	private String shortName;

	@NotBlank
	@Size(max = 20)
	private String orgNumber;

	private long version;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getShortName() {
		return this.shortName;
	}

	public void setShortName(String shortName) {
		this.shortName = shortName;
	}

	public String getOrgNumber() {
		return this.orgNumber;
	}

	public void setOrgNumber(String orgNumber) {
		this.orgNumber = orgNumber;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
