package no.avtaleportal.people;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import no.avtaleportal.web.SelectOption;

/**
 * What the forms for people and roles share: the organisations to choose from, and the one chosen.
 */
@Component
class PeopleLookups {

	private final OrganisationRepository organisations;

	PeopleLookups(OrganisationRepository organisations) {
		this.organisations = organisations;
	}

	List<SelectOption> organisationOptions() {
		return this.organisations.findAllByOrderByNameAsc()
			.stream()
			.map(organisation -> SelectOption.of(organisation.getId(), organisation.getName()))
			.toList();
	}

	/** The organisation chosen, if any; an id that names none is rejected on {@code organisationId}. */
	Organisation organisationOf(Long id, BindingResult result) {
		Organisation organisation = (id != null) ? this.organisations.findById(id).orElse(null) : null;
		if (id != null && organisation == null) {
			result.rejectValue("organisationId", "people.error.unknown");
		}
		return organisation;
	}

}
