package no.avtaleportal.agreement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.audit.History;
import no.avtaleportal.people.People.OrganisationView;
import no.avtaleportal.people.People;
import no.avtaleportal.web.NotFoundException;

/**
 * The "Historikk" pages of an agreement, its commitments and its delegations: every saved
 * change with who, when and what, for anyone who may read the agreement.
 */
@Controller
class AgreementHistoryController {

	private final AgreementQueries queries;

	private final CommitmentRepository commitments;

	private final DelegationRepository delegations;

	private final History history;

	private final People people;

	private final FocusAreaRepository focusAreas;

	private final ClauseRepository clauses;

	private final AgreementRepository agreements;

	AgreementHistoryController(AgreementQueries queries, CommitmentRepository commitments,
			DelegationRepository delegations, History history, People people, FocusAreaRepository focusAreas,
			ClauseRepository clauses, AgreementRepository agreements) {
		this.agreements = agreements;
		this.people = people;
		this.focusAreas = focusAreas;
		this.clauses = clauses;
		this.queries = queries;
		this.commitments = commitments;
		this.delegations = delegations;
		this.history = history;
	}

	@GetMapping("/agreements/{id}/history")
	String agreement(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
			@RequestParam(name = "page", required = false) Integer historyPage, Model model) {
		Agreement agreement = this.queries.visible(id, user);
		return this.history.page(model, historyPage,
				this.history.of(Agreement.class, id, names(agreement)), agreement.getTitle(),
				"/agreements/" + id);
	}

	@GetMapping("/agreements/{id}/commitments/{commitmentId}/history")
	String commitment(@PathVariable long id, @PathVariable long commitmentId, @AuthenticationPrincipal SignedInUser user,
			@RequestParam(name = "page", required = false) Integer historyPage, Model model) {
		Agreement agreement = this.queries.visible(id, user);
		Commitment commitment = this.commitments.findInAgreement(id, commitmentId)
			.orElseThrow(() -> new NotFoundException("commitment " + commitmentId));
		return this.history.page(model, historyPage, this.history.of(Commitment.class, commitmentId, names(agreement)),
				agreement.getTitle() + " – " + commitment.getText(), "/agreements/" + id);
	}

	@GetMapping("/agreements/{id}/delegations/{delegationId}/history")
	String delegation(@PathVariable long id, @PathVariable long delegationId, @AuthenticationPrincipal SignedInUser user,
			@RequestParam(name = "page", required = false) Integer historyPage, Model model) {
		Agreement agreement = this.queries.visible(id, user);
		Delegation delegation = this.delegations.findInAgreement(id, delegationId)
			.orElseThrow(() -> new NotFoundException("delegation " + delegationId));
		People.RoleView role = (delegation.getRoleId() != null)
				? this.people.roles(List.of(delegation.getRoleId())).get(delegation.getRoleId()) : null;
		String subject = (role != null) ? agreement.getTitle() + " – " + role.label() : agreement.getTitle();
		return this.history.page(model, historyPage,
				this.history.of(Delegation.class, delegationId, names(agreement)), subject,
				"/agreements/" + id + "/responsibilities");
	}

	/**
	 * Names in words for what these histories keep as references or ids: the agreement and its
	 * predecessor, its focus areas and clauses, the lead party's organisation, the roles; each
	 * kind in one statement, read when the page first names one of its kind.
	 */
	private History.Names names(Agreement agreement) {
		return History.Names.whenNamed(() -> titles(agreement), "agreement", "predecessor")
			.or(History.Names.whenNamed(() -> this.focusAreas.findOfAgreement(agreement.getId())
				.stream()
				.collect(Collectors.toMap(FocusArea::getId, area -> area.getCode() + " " + area.getTitle())),
					"focusArea"))
			.or(History.Names.whenNamed(() -> this.clauses.findOfAgreement(agreement.getId())
				.stream()
				.collect(Collectors.toMap(Clause::getId, clause -> clause.getNumber() + " " + clause.getHeading())),
					"clause"))
			.or(History.Names.whenNamed(() -> this.people.organisations()
				.stream()
				.collect(Collectors.toMap(OrganisationView::id, OrganisationView::shortName)), "leadOrganisationId"))
			.or(History.Names.whenNamed(() -> this.people.roles()
				.stream()
				.collect(Collectors.toMap(People.RoleView::id, People.RoleView::label)), "roleId",
					"delegatedFromRoleId"));
	}

	/** The agreement's and its predecessor's titles by their ids. */
	private Map<Long, String> titles(Agreement agreement) {
		Map<Long, String> titles = new HashMap<>();
		titles.put(agreement.getId(), agreement.getTitle());
		if (agreement.getPredecessor() != null) {
			this.agreements.findById(agreement.getPredecessor().getId())
				.ifPresent(predecessor -> titles.put(predecessor.getId(), predecessor.getTitle()));
		}
		return titles;
	}

}
