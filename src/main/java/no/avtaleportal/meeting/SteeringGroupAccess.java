package no.avtaleportal.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import no.avtaleportal.web.ReadOnce;

/**
 * Who is what to the steering groups, the one place that decides it for every meeting page,
 * action, list, digest and calendar. Standing in a group comes from the agreement, never from
 * the account alone: a member is whoever holds one of <em>that group's</em> member roles today
 * (the person linked to their login) for an organisation that is a party to <em>its</em>
 * agreement, and acts for that party; the secretary is whoever holds that group's secretary role.
 * The account role only says what kind of work someone may do at all: members need the role
 * STEERING_GROUP, the secretary SECRETARY. Everyone else whose organisation is a party to the
 * agreement reads its published minutes; administrators read them all; to anyone else the group
 * does not exist.
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
	 * The user's standing in every steering group they may see, in two statements (the groups and
	 * the roles the user holds), and once in a page's read-only transaction however many of its
	 * parts ask ({@link ReadOnce}).
	 */
	List<Membership> memberships(SignedInUser user) {
		return ReadOnce.read(List.of("SteeringGroupAccess.memberships", user.getAccountId(), user.getRoles(),
				String.valueOf(user.getPersonId()), String.valueOf(user.getOrganisationId())), () -> {
					List<SteeringGroupFacts> groups = this.agreements.steeringGroups();
					Map<Long, RoleView> roles = heldRoles(user, groups);
					return groups.stream()
						.map(group -> standing(user, group, roles))
						.filter(membership -> maySee(user, membership))
						.toList();
				});
	}

	/** The user's standing in the one group, if they may see it, in one statement. */
	Optional<Membership> membership(SignedInUser user, SteeringGroupFacts group) {
		return Optional.of(standing(user, group, heldRoles(user, List.of(group))))
			.filter(membership -> maySee(user, membership));
	}

	private static Membership standing(SignedInUser user, SteeringGroupFacts group, Map<Long, RoleView> roles) {
		Long organisation = user.hasRole(Role.STEERING_GROUP) ? group.memberRoleIds()
			.stream()
			.filter(roles::containsKey)
			.map(roleId -> roles.get(roleId).organisationId())
			.filter(group.partyOrganisationIds()::contains)
			.findFirst()
			.orElse(null) : null;
		boolean secretary = user.hasRole(Role.SECRETARY) && group.secretaryRoleId() != null
				&& roles.containsKey(group.secretaryRoleId());
		return new Membership(group, organisation, secretary);
	}

	private static boolean maySee(SignedInUser user, Membership membership) {
		return membership.isInsider() || user.hasRole(Role.ADMIN) || (user.getOrganisationId() != null
				&& membership.group().partyOrganisationIds().contains(user.getOrganisationId()));
	}

	/**
	 * The member and secretary roles of the groups that the user's person holds today, in one
	 * statement that reads the person's own assignments only.
	 */
	private Map<Long, RoleView> heldRoles(SignedInUser user, List<SteeringGroupFacts> groups) {
		if (user.getPersonId() == null || !(user.hasRole(Role.STEERING_GROUP) || user.hasRole(Role.SECRETARY))) {
			// standing in a group needs the account role too: no statement for a reader
			return Map.of();
		}
		Set<Long> roleIds = new HashSet<>();
		groups.forEach(group -> {
			roleIds.addAll(group.memberRoleIds());
			if (group.secretaryRoleId() != null) {
				roleIds.add(group.secretaryRoleId());
			}
		});
		return this.people.rolesHeld(user.getPersonId(), roleIds, LocalDate.now(this.clock));
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

	/** The facts of the meeting's steering group (its agreement, parties and roles). */
	SteeringGroupFacts group(Meeting meeting) {
		return this.agreements.steeringGroups()
			.stream()
			.filter(group -> group.id() == meeting.getSteeringGroupId())
			.findFirst()
			.orElseThrow();
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
