package no.avtaleportal.account;

import org.springframework.modulith.NamedInterface;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What an account may do in the portal. Labels are message keys {@code Role.<NAME>}.
 */
@NamedInterface("api")
public enum Role {

	/** Manages agreements, people, roles and accounts. */
	ADMIN,

	/** A member of the steering group: plans meetings, approves minutes. */
	STEERING_GROUP,

	/** The steering group's secretary: prepares agendas and records minutes. */
	SECRETARY,

	/** Staff who update the activities they or their party are responsible for. */
	CONTRIBUTOR,

	/** Reads the agreement, activities and published minutes. */
	READER;

	public GrantedAuthority authority() {
		return new SimpleGrantedAuthority("ROLE_" + name());
	}

}
