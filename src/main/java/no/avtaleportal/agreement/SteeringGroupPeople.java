package no.avtaleportal.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

import no.avtaleportal.agreement.Agreements.SteeringGroupFacts;
import no.avtaleportal.people.People;
import no.avtaleportal.people.People.Holding;
import no.avtaleportal.people.People.RoleView;

/**
 * Who a steering group's notices go to on a day (issue 18): the people who hold one of its member
 * roles for a party of its agreement (with the party they act for), and who hold its secretary
 * role; two statements.
 */
@NamedInterface("api")
@Component
public class SteeringGroupPeople {

	private final People people;

	SteeringGroupPeople(People people) {
		this.people = people;
	}

	public Insiders on(SteeringGroupFacts group, LocalDate day) {
		List<Long> roleIds = group.seatRoleIds();
		Map<Long, RoleView> roles = this.people.roles(roleIds);
		Map<Long, Long> members = new TreeMap<>();
		Set<Long> secretaries = new TreeSet<>();
		for (Holding holding : this.people.holdings(roleIds)) {
			if (!holding.isValidOn(day)) {
				continue;
			}
			long organisationId = roles.get(holding.roleId()).organisationId();
			if (group.memberRoleIds().contains(holding.roleId()) && group.partyOrganisationIds().contains(organisationId)) {
				members.put(holding.personId(), organisationId);
			}
			else if (group.secretaryRoleId() != null && holding.roleId() == group.secretaryRoleId()) {
				secretaries.add(holding.personId());
			}
		}
		return new Insiders(members, secretaries);
	}

	/**
	 * @param members each member's person id and the party organisation they act for
	 * @param secretaries the secretaries' person ids
	 */
	public record Insiders(Map<Long, Long> members, Set<Long> secretaries) {

		/** The members and the secretaries. */
		public Set<Long> everyone() {
			Set<Long> all = new TreeSet<>(this.members.keySet());
			all.addAll(this.secretaries);
			return all;
		}

	}

}
