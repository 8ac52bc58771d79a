package no.avtaleportal.meeting;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import no.avtaleportal.people.PersonResolver;
import no.avtaleportal.web.PersonMatch;
import no.avtaleportal.web.PersonPicker;
import no.avtaleportal.web.SelectOption;

/**
 * Who owns a meeting's action item, typed in a person field: one of the meeting's attendees by
 * their name (the form suggests them), or else anyone registered with a party to the agreement,
 * by name or e-mail address ({@link PersonPicker}). A registered owner is among their tasks; a
 * guest who is not registered owns the item by name.
 */
@Component
class ActionOwners {

	private final PersonResolver persons;

	ActionOwners(PersonResolver persons) {
		this.persons = persons;
	}

	/**
	 * The owner the field names, or {@code null} when it is blank or names no one or several of
	 * the parties' persons (then the field is rejected).
	 */
	Meeting.Owner owner(ActionItemForm form, MeetingPages.Loaded loaded, BindingResult result, Model model) {
		Collection<Long> parties = loaded.membership().group().partyOrganisationIds();
		PersonPicker picker = new PersonPicker(text -> this.persons.resolveAt(text, parties), form, result, model);
		String typed = form.getOwner();
		if (typed == null || typed.isBlank()) {
			return null;
		}
		Optional<Attendee> attendee = loaded.meeting().getAttendees()
			.stream()
			.filter(candidate -> candidate.getName().strip().equalsIgnoreCase(typed.strip()))
			.findFirst();
		if (attendee.isPresent()) {
			return new Meeting.Owner(attendee.get().getName(), personOf(attendee.get(), parties));
		}
		Long personId = picker.one("owner", typed);
		return (personId != null)
				? new Meeting.Owner(picker.matches("owner").get(0).candidates().get(0).name(), personId) : null;
	}

	/**
	 * The person an attendee is: the one linked to them, or, for a guest added by name, the one
	 * person of a party with that name and organisation, so that the guest's action items are
	 * among their tasks too.
	 */
	private Long personOf(Attendee attendee, Collection<Long> parties) {
		if (attendee.getPersonId() != null) {
			return attendee.getPersonId();
		}
		List<Long> named = this.persons.resolveAt(attendee.getName(), parties)
			.candidates()
			.stream()
			.filter(person -> person.name().equalsIgnoreCase(attendee.getName().strip())
					&& (attendee.getOrganisation() == null || person.organisation().equalsIgnoreCase(attendee.getOrganisation().strip())))
			.map(PersonMatch.Candidate::id)
			.toList();
		return (named.size() == 1) ? named.get(0) : null;
	}

	/** The attendees' names, which the owner field suggests, with their organisations. */
	static List<SelectOption> suggestions(Meeting meeting) {
		return meeting.getAttendees()
			.stream()
			.map(attendee -> SelectOption.of(attendee.getName(), (attendee.getOrganisation() != null) ? attendee.getOrganisation() : ""))
			.distinct()
			.toList();
	}

	/**
	 * What the field shows for the action item's owner: the registered person as the person
	 * fields show them ("Name &lt;e-mail&gt;"), else the guest's name.
	 */
	String textOf(ActionItem action) {
		if (action.getOwnerPersonId() != null) {
			String text = this.persons.texts(Set.of(action.getOwnerPersonId())).get(action.getOwnerPersonId());
			if (text != null) {
				return text;
			}
		}
		return action.getOwnerName();
	}

}
