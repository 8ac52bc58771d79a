package no.avtaleportal.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import no.avtaleportal.account.AccountDirectory;
import no.avtaleportal.web.PersonMatch;
import no.avtaleportal.web.SelectOption;

/**
 * Organisations and people as the account pages offer them.
 */
@Component
class PeopleForAccounts implements AccountDirectory {

	private final People people;

	private final PersonResolver resolver;

	PeopleForAccounts(People people, PersonResolver resolver) {
		this.people = people;
		this.resolver = resolver;
	}

	@Override
	public List<SelectOption> organisations() {
		return this.people.organisations()
			.stream()
			.map(organisation -> SelectOption.of(organisation.id(), organisation.name() + " (" + organisation.shortName() + ")"))
			.toList();
	}

	@Override
	public Map<Long, String> organisationShortNames() {
		return this.people.organisations()
			.stream()
			.collect(Collectors.toMap(People.OrganisationView::id, People.OrganisationView::shortName));
	}

	@Override
	public String selectOrganisations() {
		return People.selectOrganisations();
	}

	@Override
	public String organisationShortName(long organisationId) {
		People.OrganisationView organisation = this.people.organisations(List.of(organisationId)).get(organisationId);
		return (organisation != null) ? organisation.shortName() : null;
	}

	@Override
	public Map<Long, String> personLabels(Collection<Long> personIds) {
		return this.people.persons(personIds)
			.values()
			.stream()
			.collect(Collectors.toMap(People.PersonView::id, People.PersonView::label));
	}

	@Override
	public PersonMatch person(String text) {
		return this.resolver.resolve(text);
	}

	@Override
	public String personText(long personId) {
		return this.resolver.texts(List.of(personId)).get(personId);
	}

}
