package no.avtaleportal.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import no.avtaleportal.account.Role;
import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.agreement.Agreements.RolesHeld;
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
	 * The user's standing in every steering group they may see, in one statement (the groups with
	 * the roles the user holds), and once in a page's read-only transaction however many of its
	 * parts ask ({@link ReadOnce}).
	 */
	List<Membership> memberships(SignedInUser user) {
		return ReadOnce.read(List.of("SteeringGroupAccess.memberships", user.getAccountId(), user.getRoles(),
				String.valueOf(user.getPersonId()), String.valueOf(user.getOrganisationId())), () -> {
					LocalDate today = LocalDate.now(this.clock);
					List<RolesHeld> groups = mayHoldSeats(user)
							? this.agreements.steeringGroupsWithRolesHeldBy(user.getPersonId(), today)
							: this.agreements.steeringGroups()
								.stream()
								.map(group -> new RolesHeld(group, Map.of()))
								.toList();
					return groups.stream()
						.map(held -> standing(user, held.group(), held.organisationByRole()))
						.filter(membership -> maySee(user, membership))
						.toList();
				});
	}

	/** The user's standing in the one group, if they may see it, in one statement. */
	Optional<Membership> membership(SignedInUser user, SteeringGroupFacts group) {
		Map<Long, Long> held = Map.of();
		if (mayHoldSeats(user)) {
			// the person's own assignments of the group's member and secretary roles only
			held = this.people.rolesHeld(user.getPersonId(), group.seatRoleIds(), LocalDate.now(this.clock))
				.values()
				.stream()
				.collect(Collectors.toMap(RoleView::id, RoleView::organisationId));
		}
		return Optional.of(standing(user, group, held)).filter(membership -> maySee(user, membership));
	}

	/**
	 * Whether the user may be a member or the secretary of any group: standing in a group needs
	 * the account role too, and a reader's standing needs no statement of its own.
	 */
	private static boolean mayHoldSeats(SignedInUser user) {
		return user.getPersonId() != null && (user.hasRole(Role.STEERING_GROUP) || user.hasRole(Role.SECRETARY));
	}

	/** The user's standing in the group, given the group's roles they hold (role id to its organisation). */
	private static Membership standing(SignedInUser user, SteeringGroupFacts group, Map<Long, Long> held) {
		Long organisation = user.hasRole(Role.STEERING_GROUP) ? group.memberRoleIds()
			.stream()
			.filter(held::containsKey)
			.map(held::get)
			.filter(group.partyOrganisationIds()::contains)
			.findFirst()
			.orElse(null) : null;
		boolean secretary = user.hasRole(Role.SECRETARY) && group.secretaryRoleId() != null
				&& held.containsKey(group.secretaryRoleId());
		return new Membership(group, organisation, secretary);
	}

	private static boolean maySee(SignedInUser user, Membership membership) {
		return membership.isInsider() || user.hasRole(Role.ADMIN) || (user.getOrganisationId() != null
				&& membership.group().partyOrganisationIds().contains(user.getOrganisationId()));
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

	/** Every steering group's facts by the group's id, in one statement. */
	Map<Long, SteeringGroupFacts> groups() {
		return this.agreements.steeringGroups()
			.stream()
			.collect(Collectors.toMap(SteeringGroupFacts::id, group -> group));
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
		List<Long> roleIds = group.seatRoleIds();
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
