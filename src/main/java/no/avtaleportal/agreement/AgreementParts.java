package no.avtaleportal.agreement;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import no.avtaleportal.people.People.OrganisationView;
import no.avtaleportal.people.People;
import no.avtaleportal.web.NotFoundException;
import no.avtaleportal.web.SelectOption;

/**
 * What the edit pages of an agreement and its parts share: finding a part of the agreement in the
 * address (404 otherwise), a part a form names (or a rejected field), and the choices of their
 * select boxes.
 */
@Component
class AgreementParts {

	private final AgreementRepository agreements;

	private final AgreementPartyRepository parties;

	private final ClauseRepository clauses;

	private final FocusAreaRepository focusAreas;

	private final People people;

	AgreementParts(AgreementRepository agreements, AgreementPartyRepository parties, ClauseRepository clauses,
			FocusAreaRepository focusAreas, People people) {
		this.agreements = agreements;
		this.parties = parties;
		this.clauses = clauses;
		this.focusAreas = focusAreas;
		this.people = people;
	}

	Agreement agreement(long id) {
		return this.agreements.findWhole(id).orElseThrow(() -> new NotFoundException("agreement " + id));
	}

	FocusArea focusArea(long agreementId, String code) {
		return this.focusAreas.findByCode(agreementId, code).orElseThrow(() -> new NotFoundException("focus area " + code));
	}

	/** The clause of this agreement the form names, or a rejected field. */
	Clause clauseOf(long agreementId, Long clauseId, String field, BindingResult result) {
		if (clauseId == null) {
			return null;
		}
		return this.clauses.findInAgreement(agreementId, clauseId).orElseGet(() -> {
			result.rejectValue(field, "agreement.error.unknown");
			return null;
		});
	}

	/** The focus area of this agreement the form names, or a rejected field. */
	FocusArea focusAreaOf(long agreementId, Long focusAreaId, BindingResult result) {
		FocusArea area = (focusAreaId == null) ? null
				: this.focusAreas.findOfAgreement(agreementId)
					.stream()
					.filter(candidate -> candidate.getId().equals(focusAreaId))
					.findFirst()
					.orElse(null);
		if (area == null && !result.hasFieldErrors("focusAreaId")) {
			result.rejectValue("focusAreaId", (focusAreaId == null) ? "NotNull" : "agreement.error.unknown");
		}
		return area;
	}

	List<SelectOption> clauseOptions(long agreementId) {
		return this.clauses.findOfAgreement(agreementId)
			.stream()
			.map(clause -> SelectOption.of(clause.getId(), clause.getNumber() + ". " + clause.getHeading()))
			.toList();
	}

	List<SelectOption> focusAreaOptions(long agreementId) {
		return this.focusAreas.findOfAgreement(agreementId)
			.stream()
			.map(area -> SelectOption.of(area.getId(), area.getCode() + ": " + area.getTitle()))
			.toList();
	}

	/** The organisations of the agreement's parties, in the order of the parties. */
	List<OrganisationView> partyOrganisations(long agreementId) {
		List<AgreementParty> partyList = this.parties.findOfAgreements(agreementId);
		var organisations = this.people.organisations(partyList.stream().map(AgreementParty::getOrganisationId).toList());
		return partyList.stream().map(party -> organisations.get(party.getOrganisationId())).toList();
	}

}
