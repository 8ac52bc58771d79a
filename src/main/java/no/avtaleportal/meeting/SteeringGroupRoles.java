package no.avtaleportal.meeting;

import java.util.List;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

import no.avtaleportal.account.SignedInUser;

/**
 * Where the signed-in person is a member or the secretary of an agreement's steering group, as
 * {@link SteeringGroupAccess} decides it, for features that give the steering group work of their
 * own (the status round). A fixed number of statements.
 */
@Component
@NamedInterface("api")
public class SteeringGroupRoles {

	private final SteeringGroupAccess access;

	SteeringGroupRoles(SteeringGroupAccess access) {
		this.access = access;
	}

	/** The agreements whose steering group the person is a member or the secretary of. */
	public List<Standing> of(SignedInUser user) {
		return this.access.memberships(user)
			.stream()
			.filter(Membership::isInsider)
			.map(membership -> new Standing(membership.group().agreementId(), membership.group().agreementTitle(),
					membership.isMember(), membership.secretary()))
			.toList();
	}

	/** The person's standing in one agreement's steering group. */
	public record Standing(long agreementId, String agreementTitle, boolean member, boolean secretary) {
	}

}
