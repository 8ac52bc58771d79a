package no.avtaleportal.activity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import no.avtaleportal.agreement.Agreements.CommitmentView;
import no.avtaleportal.agreement.Agreements.FocusAreaView;
import no.avtaleportal.people.People.OrganisationView;
import no.avtaleportal.people.People.PersonView;

/**
 * The focus areas, commitments, people and organisations that activities refer to by id, each
 * loaded once per page, so that a page shows names without a statement per row.
 */
public record Names(Map<Long, FocusAreaView> areas, Map<Long, CommitmentView> commitments, Map<Long, PersonView> persons,
		Map<Long, OrganisationView> organisations) {

	static Names of(List<FocusAreaView> areas, List<PersonView> persons, List<OrganisationView> organisations) {
		return new Names(byId(areas.stream(), FocusAreaView::id),
				byId(areas.stream().flatMap(area -> area.commitments().stream()), CommitmentView::id),
				byId(persons.stream(), PersonView::id), byId(organisations.stream(), OrganisationView::id));
	}

	/** In the order given. */
	private static <T> Map<Long, T> byId(Stream<T> items, Function<T, Long> id) {
		return items.collect(Collectors.toMap(id, Function.identity(), (first, second) -> first, LinkedHashMap::new));
	}

	public FocusAreaView area(long id) {
		return this.areas.get(id);
	}

	public CommitmentView commitment(Long id) {
		return (id != null) ? this.commitments.get(id) : null;
	}

	public String person(Long id) {
		PersonView person = (id != null) ? this.persons.get(id) : null;
		return (person != null) ? person.label() : "";
	}

	/** The lead party's short name, or {@code null} when the parties lead together. */
	public String lead(Long organisationId) {
		OrganisationView organisation = (organisationId != null) ? this.organisations.get(organisationId) : null;
		return (organisation != null) ? organisation.shortName() : null;
	}

}
