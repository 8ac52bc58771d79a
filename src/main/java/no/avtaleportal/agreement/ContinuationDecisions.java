package no.avtaleportal.agreement;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

import no.avtaleportal.web.NotFoundException;

/**
 * What a continuation decision of the parties (clause 4) does to an agreement, for the feature
 * that records those decisions: extend the term, end the agreement on a day, or start a draft
 * successor that copies the agreement's clauses, parties, focus areas, commitments, delegations
 * and steering group and is linked to it both ways.
 */
@NamedInterface("api")
@Service
@Transactional
public class ContinuationDecisions {

	private final AgreementRepository agreements;

	private final AgreementExtensionRepository extensions;

	private final AgreementPartyRepository parties;

	private final ClauseRepository clauses;

	private final FocusAreaRepository focusAreas;

	private final CommitmentRepository commitments;

	private final DelegationRepository delegations;

	private final SteeringGroupRepository steeringGroups;

	private final EntityManager entityManager;

	ContinuationDecisions(AgreementRepository agreements, AgreementExtensionRepository extensions,
			AgreementPartyRepository parties, ClauseRepository clauses, FocusAreaRepository focusAreas,
			CommitmentRepository commitments, DelegationRepository delegations, SteeringGroupRepository steeringGroups,
			EntityManager entityManager) {
		this.agreements = agreements;
		this.extensions = extensions;
		this.parties = parties;
		this.clauses = clauses;
		this.focusAreas = focusAreas;
		this.commitments = commitments;
		this.delegations = delegations;
		this.steeringGroups = steeringGroups;
		this.entityManager = entityManager;
	}

	/**
	 * Extends the term by the months, as the steering group decided on the day in the decision with
	 * the number.
	 * @throws IllegalStateException when the agreement does not allow extension
	 */
	public void extend(long agreementId, int months, LocalDate decidedOn, String decisionNumber) {
		this.extensions.save(entity(agreementId).extend(months, decidedOn, null, decisionNumber));
	}

	/** Ends the agreement on the day: it is terminated from then on. */
	public void end(long agreementId, LocalDate on) {
		entity(agreementId).terminate(on);
	}

	/**
	 * Starts an unsigned successor that begins the day after the agreement ends and runs as long as
	 * its original term, with copies of its clauses, parties, focus areas, commitments, delegations
	 * (from the successor's start) and steering group.
	 * @return the successor's id and, by code, the ids of its focus areas and of its commitments
	 * (keyed by the original commitment's id)
	 */
	public Successor draftSuccessor(long agreementId, String title) {
		Agreement original = entity(agreementId);
		LocalDate start = original.getEndDate().plusDays(1);
		Agreement successor = new Agreement(null, title, original.getKind(), start, original.getTermMonths());
		successor.describe(title, original.getSubject(), original.getKind(), original.getPreamble());
		successor.changeTerm(start, original.getTermMonths(), original.isExtensionAllowed(), original.isApproximateDates());
		successor.replaces(original);
		this.agreements.save(successor);
		Map<Long, Clause> clauseCopies = new HashMap<>();
		for (Clause clause : this.clauses.findOfAgreement(agreementId)) {
			clauseCopies.put(clause.getId(), this.clauses.save(new Clause(successor, clause.getNumber(),
					clause.getHeading(), clause.getBody(), clause.getLevel(), clause.getPosition())));
		}
		this.parties.findOfAgreements(agreementId).forEach(party -> {
			AgreementParty copy = new AgreementParty(successor, party.getOrganisationId(), party.getPosition());
			copy.describe(party.getReferredToAs(), null, null);
			this.parties.save(copy);
		});
		Map<Long, FocusArea> areaCopies = new HashMap<>();
		Map<String, Long> areaIds = new HashMap<>();
		for (FocusArea area : this.focusAreas.findOfAgreement(agreementId)) {
			FocusArea copy = this.focusAreas.save(new FocusArea(successor, area.getCode(), area.getTitle(),
					area.getDescription(), copyOf(clauseCopies, area.getClause())));
			areaCopies.put(area.getId(), copy);
			areaIds.put(area.getCode(), copy.getId());
		}
		Map<Long, Long> commitmentIds = new HashMap<>();
		for (Commitment commitment : this.commitments.findOfAgreement(agreementId)) {
			Commitment copy = this.commitments.save(new Commitment(areaCopies.get(commitment.getFocusArea().getId()),
					copyOf(clauseCopies, commitment.getClause()), commitment.getText(),
					commitment.getLeadOrganisationId(), commitment.getResponsibilityNote(), commitment.getPosition()));
			commitmentIds.put(commitment.getId(), copy.getId());
		}
		for (Delegation delegation : this.delegations.findOfAgreement(agreementId)) {
			Delegation copy = new Delegation(successor, delegation.getPosition());
			copy.delegate(delegation.getScope(),
					(delegation.getFocusArea() != null) ? areaCopies.get(delegation.getFocusArea().getId()) : null,
					delegation.getRoleId(), delegation.getDelegatedFromRoleId(), start, null,
					copyOf(clauseCopies, delegation.getClause()), delegation.getNote());
			this.delegations.save(copy);
		}
		this.steeringGroups.findOfAgreement(agreementId).ifPresent(group -> {
			SteeringGroup copy = new SteeringGroup(successor, copyOf(clauseCopies, group.getClause()),
					group.getMinimumMeetingsPerYear());
			copy.compose(group.getMemberRoleIds(), group.getSecretaryRoleId());
			this.steeringGroups.save(copy);
		});
		this.entityManager.flush();
		return new Successor(successor.getId(), Map.copyOf(areaIds), Map.copyOf(commitmentIds));
	}

	private static Clause copyOf(Map<Long, Clause> copies, Clause clause) {
		return (clause != null) ? copies.get(clause.getId()) : null;
	}

	/**
	 * The agreement the decision is about, whoever is signed in (the decision was checked when it
	 * was proposed and approved).
	 * @throws NotFoundException when there is no such agreement
	 */
	@Transactional(readOnly = true)
	public AgreementView agreement(long id) {
		return entity(id).view();
	}

	private Agreement entity(long id) {
		return this.agreements.findById(id).orElseThrow(() -> new NotFoundException("agreement " + id));
	}

	/**
	 * A draft successor: its id, its focus areas' ids by code, and its commitments' ids by the id
	 * of the commitment each copies.
	 */
	public record Successor(long id, Map<String, Long> focusAreaIds, Map<Long, Long> commitmentIds) {
	}

}
