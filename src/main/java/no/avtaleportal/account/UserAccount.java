package no.avtaleportal.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.springframework.util.Assert;

/**
 * A login identity: a person's account with its organisation and roles.
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String displayName;

	private String email;

	@NotAudited
	private String passwordHash;

	private Long organisationId;

	private Long personId;

	private boolean enabled = true;

	private Instant createdAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@Version
	private long version;

	protected UserAccount() {
	}

	UserAccount(String username, String displayName, String passwordHash, Set<Role> roles, Instant createdAt) {
		Assert.hasText(username, "username must not be empty");
		Assert.hasText(displayName, "displayName must not be empty");
		this.username = normalise(username);
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.createdAt = createdAt;
	}

	/**
	 * Usernames are compared without case and surrounding spaces.
	 */
	static String normalise(String username) {
		return (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
	}

	Long getId() {
		return this.id;
	}

	String getUsername() {
		return this.username;
	}

	String getDisplayName() {
		return this.displayName;
	}

	String getEmail() {
		return this.email;
	}

	void setEmail(String email) {
		this.email = email;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	Long getOrganisationId() {
		return this.organisationId;
	}

	void setOrganisationId(Long organisationId) {
		this.organisationId = organisationId;
	}

	/** The person (in the people module) behind this login, or {@code null}. */
	Long getPersonId() {
		return this.personId;
	}

	void setPersonId(Long personId) {
		this.personId = personId;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	boolean isAdministrator() {
		return this.enabled && this.roles.contains(Role.ADMIN);
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	long getVersion() {
		return this.version;
	}

	/**
	 * What an administrator edits: the name, e-mail, organisation, linked person and roles.
	 * Returns whether what the account may do changed (its roles, organisation or person), so
	 * that the sessions signed in with the old rights can be ended.
	 */
	boolean describe(String displayName, String email, Long organisationId, Long personId, Set<Role> roles) {
		Assert.hasText(displayName, "displayName must not be empty");
		boolean rightsChanged = !Objects.equals(this.organisationId, organisationId)
				|| !Objects.equals(this.personId, personId) || !getRoles().equals(rolesOf(roles));
		this.displayName = displayName.strip();
		this.email = (email != null && !email.isBlank()) ? email.strip() : null;
		this.organisationId = organisationId;
		this.personId = personId;
		if (!getRoles().equals(rolesOf(roles))) { // the same roles again leave the account's version as it is
			this.roles.clear();
			this.roles.addAll(roles);
		}
		return rightsChanged;
	}

	private static Set<Role> rolesOf(Set<Role> roles) {
		return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
	}

	void disable() {
		this.enabled = false;
	}

	void enable() {
		this.enabled = true;
	}

	void changePassword(String passwordHash) {
		Assert.hasText(passwordHash, "passwordHash must not be empty");
		this.passwordHash = passwordHash;
	}

	Set<Role> getRoles() {
		return (this.roles.isEmpty()) ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(this.roles);
	}

}
