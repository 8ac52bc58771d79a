package no.avtaleportal.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import no.avtaleportal.account.Role;
import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.agreement.Agreements.SteeringGroupFacts;
import no.avtaleportal.people.People;
import no.avtaleportal.people.People.Holding;
import no.avtaleportal.people.People.RoleView;
import no.avtaleportal.web.NotFoundException;

/**
 * Who is what to the steering groups. A member is whoever holds one of the group's member roles
 * today (the person linked to their login), or has the account role STEERING_GROUP; they act for
 * the organisation of that role, or their own. The secretary holds the secretary role or has the
 * account role SECRETARY. Everyone whose organisation is a party to the agreement reads the
 * published minutes; administrators read them all.
 */
@Component
class SteeringGroupAccess {

	private final Agreements agreements;

	private final People people;

	private final Clock clock;

	SteeringGroupAccess(Agreements agreements, People people, Clock clock) {
		this.agreements = agreements;
		this.people = people;
		this.clock = clock;
	}

	/**
	 * The user's standing in every steering group they may see, in a fixed number of statements.
	 */
	List<Membership> memberships(SignedInUser user) {
		List<SteeringGroupFacts> groups = this.agreements.steeringGroups();
		Set<Long> roleIds = new HashSet<>();
		groups.forEach(group -> {
			roleIds.addAll(group.memberRoleIds());
			if (group.secretaryRoleId() != null) {
				roleIds.add(group.secretaryRoleId());
			}
		});
		LocalDate today = LocalDate.now(this.clock);
		Set<Long> heldRoles = new HashSet<>();
		if (user.getPersonId() != null) {
			this.people.holdings(roleIds)
				.stream()
				.filter(holding -> holding.personId() == user.getPersonId() && holding.isValidOn(today))
				.map(Holding::roleId)
				.forEach(heldRoles::add);
		}
		Map<Long, RoleView> roles = this.people.roles(heldRoles);
		return groups.stream().map(group -> {
			Long organisation = group.memberRoleIds()
				.stream()
				.filter(heldRoles::contains)
				.map(roleId -> roles.get(roleId).organisationId())
				.findFirst()
				.orElse(user.hasRole(Role.STEERING_GROUP) ? user.getOrganisationId() : null);
			boolean secretary = heldRoles.contains(group.secretaryRoleId()) || user.hasRole(Role.SECRETARY);
			return new Membership(group, organisation, secretary);
		})
			.filter(membership -> membership.isInsider() || user.hasRole(Role.ADMIN)
					|| membership.group().partyOrganisationIds().contains(user.getOrganisationId()))
			.toList();
	}

	/**
	 * The user's standing in the group.
	 * @throws NotFoundException when the user may not see the group at all
	 */
	Membership membership(SignedInUser user, long steeringGroupId) {
		return memberships(user).stream()
			.filter(membership -> membership.group().id() == steeringGroupId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("steering group " + steeringGroupId));
	}

	/**
	 * Puts today's holders of the member roles and of the secretary role on the attendance list.
	 */
	void invite(Meeting meeting, SteeringGroupFacts group) {
		Set<Long> roleIds = new HashSet<>(group.memberRoleIds());
		if (group.secretaryRoleId() != null) {
			roleIds.add(group.secretaryRoleId());
		}
		Map<Long, RoleView> roles = this.people.roles(roleIds);
		LocalDate today = LocalDate.now(this.clock);
		List<Holding> holdings = this.people.holdings(roleIds).stream().filter(h -> h.isValidOn(today)).toList();
		for (Long roleId : group.memberRoleIds()) {
			holdings.stream()
				.filter(holding -> holding.roleId() == roleId)
				.forEach(holding -> meeting.addAttendee(holding.personName(), roles.get(roleId).organisationShortName(),
						holding.personId(), AttendeeKind.MEMBER));
		}
		holdings.stream()
			.filter(holding -> group.secretaryRoleId() != null && holding.roleId() == group.secretaryRoleId())
			.forEach(holding -> meeting.addAttendee(holding.personName(),
					roles.get(holding.roleId()).organisationShortName(), holding.personId(), AttendeeKind.SECRETARY));
	}

}
