package no.avtaleportal.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import no.avtaleportal.web.PersonPicks;
import no.avtaleportal.web.VersionedForm;

/**
 * An account as an administrator registers it. The username is set when the account is created
 * (required then) and never changes. The person is typed (a name or e-mail address) and the
 * controller sets the id it names ({@link no.avtaleportal.web.PersonPicker}).
 */
public class AccountForm extends PersonPicks implements VersionedForm {

	@Size(max = 100)
	@Pattern(regexp = "^[A-Za-z0-9._@-]*$")
	private String username;

	@NotBlank
	@Size(max = 200)
	private String displayName;

	@Email
	@Size(max = 320)
	private String email;

	private Long organisationId;

	@Size(max = 600)
	private String person;

	private Long personId;

	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private long version;

	/** The form of the account as saved, its person named by the text (or {@code null}). */
	static AccountForm from(UserAccount account, String person) {
		AccountForm form = new AccountForm();
		form.username = account.getUsername();
		form.displayName = account.getDisplayName();
		form.email = account.getEmail();
		form.organisationId = account.getOrganisationId();
		form.person = person;
		form.personId = account.getPersonId();
		form.roles = account.getRoles();
		form.version = account.getVersion();
		return form;
	}

	/** The new account the form describes, created at the moment. */
	UserAccount create(Instant now) {
		UserAccount account = new UserAccount(this.username, this.displayName, null, getRoles(), now);
		applyTo(account);
		return account;
	}

	/** Whether the account's rights (roles, organisation, person) changed. */
	boolean applyTo(UserAccount account) {
		return account.describe(this.displayName, this.email, this.organisationId, this.personId, getRoles());
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public void setOrganisationId(Long organisationId) {
		this.organisationId = organisationId;
	}

	public String getPerson() {
		return this.person;
	}

	public void setPerson(String person) {
		this.person = person;
	}

	public Long getPersonId() {
		return this.personId;
	}

	public void setPersonId(Long personId) {
		this.personId = personId;
	}

	public Set<Role> getRoles() {
		return (this.roles == null || this.roles.isEmpty()) ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(this.roles);
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
