package no.avtaleportal.account;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.modulith.NamedInterface;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The person behind the current request, as every page and permission check sees them.
 */
@NamedInterface("api")
public class SignedInUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long accountId;

	private final String username;

	private final String displayName;

	private final Long organisationId;

	private final String organisationShortName;

	private final Long personId;

	private final Set<Role> roles;

	private final boolean enabled;

	private String passwordHash;

	SignedInUser(long accountId, String username, String displayName, Long organisationId,
			String organisationShortName, Long personId, Set<Role> roles, boolean enabled, String passwordHash) {
		this.accountId = accountId;
		this.username = username;
		this.displayName = displayName;
		this.organisationId = organisationId;
		this.organisationShortName = organisationShortName;
		this.personId = personId;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.enabled = enabled;
		this.passwordHash = passwordHash;
	}

	public long getAccountId() {
		return this.accountId;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	/** The short name of the person's organisation (NTNU, NHO), or {@code null}. */
	public String getOrganisationShortName() {
		return this.organisationShortName;
	}

	/** The person (in the people module) behind this login, or {@code null} when none is linked. */
	public Long getPersonId() {
		return this.personId;
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	public Set<Role> getRoles() {
		return EnumSet.copyOf(this.roles.isEmpty() ? EnumSet.noneOf(Role.class) : this.roles);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.roles.stream().map(Role::authority).toList();
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	/** The name the portal knows the user by (also the name sessions are indexed by). */
	public String getName() {
		return this.username;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof SignedInUser user) && user.accountId == this.accountId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.accountId);
	}

	@Override
	public String toString() {
		return "SignedInUser[" + this.username + "]";
	}

}
