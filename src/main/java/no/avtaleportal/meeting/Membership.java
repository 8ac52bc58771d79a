package no.avtaleportal.meeting;

import no.avtaleportal.agreement.Agreements.SteeringGroupFacts;

/**
 * What the signed-in user is to one steering group: a member for a party (the organisation they
 * approve for), its secretary, or a reader who sees published minutes only.
 */
public record Membership(SteeringGroupFacts group, Long memberOrganisationId, boolean secretary) {

	public boolean isMember() {
		return this.memberOrganisationId != null;
	}

	/** Members and the secretary see drafts and comments and edit drafts. */
	public boolean isInsider() {
		return isMember() || this.secretary;
	}

}
