package no.avtaleportal.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import no.avtaleportal.web.VersionedForm;

/**
 * A role within an organisation as an administrator registers it.
 */
public class RoleForm implements VersionedForm {

	/** A new role's form: one holder at a time, as most roles have. */
	static RoleForm singleHolder() {
		RoleForm form = new RoleForm();
		form.singleHolder = true;
		return form;
	}

	/** The new role the form describes, in the organisation it names. */
	OrgRole create(Organisation organisation) {
		return new OrgRole(null, organisation, this.title, this.singleHolder);
	}

	void applyTo(OrgRole role, Organisation organisation) {
		role.update(organisation, this.title, this.singleHolder);
	}

	/** The form filled in with the role as it is saved. */
	static RoleForm from(OrgRole role) {
		RoleForm form = new RoleForm();
		form.title = role.getTitle();
		form.organisationId = role.getOrganisation().getId();
		form.singleHolder = role.isSingleHolder();
		form.version = role.getVersion();
		return form;
	}


	@NotBlank
	@Size(max = 200)
	private String title;

	@NotNull
	private Long organisationId;

	private boolean singleHolder;

	private long version;

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public void setOrganisationId(Long organisationId) {
		this.organisationId = organisationId;
	}

	public boolean isSingleHolder() {
		return this.singleHolder;
	}

	public void setSingleHolder(boolean singleHolder) {
		this.singleHolder = singleHolder;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
