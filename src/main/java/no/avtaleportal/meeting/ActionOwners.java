package no.avtaleportal.meeting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import no.avtaleportal.people.People;
import no.avtaleportal.people.People.PersonView;
import no.avtaleportal.web.SelectOption;

/**
 * Who may own a meeting's action item: its attendees first (in the order of the attendance
 * list), then everyone else registered with a party to the agreement. A choice is
 * {@code person-<id>} for a registered person, so that the item is among their tasks, or
 * {@code attendee-<id>} for a guest who is not registered.
 */
@Component
class ActionOwners {

	private static final String PERSON = "person-";

	private static final String ATTENDEE = "attendee-";

	private final People people;

	ActionOwners(People people) {
		this.people = people;
	}

	List<SelectOption> choices(Meeting meeting, Membership membership) {
		List<PersonView> people = partyPeople(membership);
		List<SelectOption> choices = new ArrayList<>();
		Set<Long> listed = new HashSet<>();
		for (Attendee attendee : meeting.getAttendees()) {
			String label = attendee.getName() + ((attendee.getOrganisation() != null) ? " (" + attendee.getOrganisation() + ")" : "");
			Long personId = personOf(attendee, people);
			if (personId != null) {
				if (listed.add(personId)) {
					choices.add(SelectOption.of(PERSON + personId, label));
				}
			}
			else {
				choices.add(SelectOption.of(ATTENDEE + attendee.getId(), label));
			}
		}
		people.stream()
			.filter(person -> !listed.contains(person.id()))
			.forEach(person -> choices.add(SelectOption.of(PERSON + person.id(), person.label())));
		return choices;
	}

	/**
	 * The person an attendee is: the one linked to them, or, for a guest added by name, the one
	 * person of a party with that name and organisation, so that the guest's action items are
	 * among their tasks too.
	 */
	private static Long personOf(Attendee attendee, List<PersonView> people) {
		if (attendee.getPersonId() != null) {
			return attendee.getPersonId();
		}
		List<PersonView> named = people.stream()
			.filter(person -> person.name().equalsIgnoreCase(attendee.getName().strip())
					&& (attendee.getOrganisation() == null || person.organisationShortName().equalsIgnoreCase(attendee.getOrganisation().strip())))
			.toList();
		return (named.size() == 1) ? named.get(0).id() : null;
	}

	/** The owner a choice stands for, if it is one of the meeting's choices. */
	Optional<Meeting.Owner> owner(String choice, Meeting meeting, Membership membership) {
		if (choice == null) {
			return Optional.empty();
		}
		try {
			if (choice.startsWith(ATTENDEE)) {
				long id = Long.parseLong(choice.substring(ATTENDEE.length()));
				List<PersonView> people = partyPeople(membership);
				return meeting.findAttendee(id)
					.map(attendee -> new Meeting.Owner(attendee.getName(), personOf(attendee, people)));
			}
			if (choice.startsWith(PERSON)) {
				long id = Long.parseLong(choice.substring(PERSON.length()));
				return partyPeople(membership).stream()
					.filter(person -> person.id() == id)
					.findFirst()
					.map(person -> new Meeting.Owner(person.name(), person.id()));
			}
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	/** The choice that stands for the action item's owner now. */
	static String choiceOf(ActionItem action, Meeting meeting) {
		if (action.getOwnerPersonId() != null) {
			return PERSON + action.getOwnerPersonId();
		}
		return meeting.getAttendees()
			.stream()
			.filter(attendee -> attendee.getPersonId() == null && attendee.getName().equals(action.getOwnerName()))
			.findFirst()
			.map(attendee -> ATTENDEE + attendee.getId())
			.orElse(null);
	}

	private List<PersonView> partyPeople(Membership membership) {
		return this.people.persons()
			.stream()
			.filter(person -> membership.group().partyOrganisationIds().contains(person.organisationId()))
			.toList();
	}

}
