package no.avtaleportal.agreement;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.audit.History;
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

	AgreementHistoryController(AgreementQueries queries, CommitmentRepository commitments,
			DelegationRepository delegations, History history) {
		this.queries = queries;
		this.commitments = commitments;
		this.delegations = delegations;
		this.history = history;
	}

	@GetMapping("/agreements/{id}/history")
	String agreement(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		Agreement agreement = this.queries.visible(id, user);
		return this.history.page(model, Agreement.class, id, agreement.getTitle(), "/agreements/" + id);
	}

	@GetMapping("/agreements/{id}/commitments/{commitmentId}/history")
	String commitment(@PathVariable long id, @PathVariable long commitmentId, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		Agreement agreement = this.queries.visible(id, user);
		Commitment commitment = this.commitments.findInAgreement(id, commitmentId)
			.orElseThrow(() -> new NotFoundException("commitment " + commitmentId));
		return this.history.page(model, Commitment.class, commitmentId, agreement.getTitle() + " – " + commitment.getText(),
				"/agreements/" + id);
	}

	@GetMapping("/agreements/{id}/delegations/{delegationId}/history")
	String delegation(@PathVariable long id, @PathVariable long delegationId, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		Agreement agreement = this.queries.visible(id, user);
		this.delegations.findInAgreement(id, delegationId)
			.orElseThrow(() -> new NotFoundException("delegation " + delegationId));
		return this.history.page(model, Delegation.class, delegationId, agreement.getTitle(),
				"/agreements/" + id + "/responsibilities");
	}

}
