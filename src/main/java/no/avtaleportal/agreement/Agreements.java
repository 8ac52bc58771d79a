package no.avtaleportal.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.account.SignedInUser;

/**
 * What other features use of agreements.
 */
@Service
public class Agreements {

	private final AgreementQueries queries;

	private final SteeringGroupRepository steeringGroups;

	private final AgreementPartyRepository parties;

	private final FocusAreaRepository focusAreas;

	private final CommitmentRepository commitments;

	Agreements(AgreementQueries queries, SteeringGroupRepository steeringGroups, AgreementPartyRepository parties,
			FocusAreaRepository focusAreas, CommitmentRepository commitments) {
		this.queries = queries;
		this.steeringGroups = steeringGroups;
		this.parties = parties;
		this.focusAreas = focusAreas;
		this.commitments = commitments;
	}

	/**
	 * The agreements the user may see (those their organisation is a party to; every one for an
	 * administrator), newest first.
	 */
	public List<AgreementSummary> visibleTo(SignedInUser user) {
		return this.queries.visibleTo(user);
	}

	/**
	 * One agreement's term, deadlines, focus areas and commitments as they stand on the day, if the
	 * user may see it.
	 * @throws no.avtaleportal.web.NotFoundException when there is no such agreement or it is not
	 * the user's to see
	 */
	public AgreementOverview overview(long id, SignedInUser user, LocalDate day) {
		return this.queries.details(id, user, false).overviewOn(day);
	}

	/**
	 * Every steering group with what the meetings feature needs of its agreement, in two
	 * statements however many there are.
	 */
	@Transactional(readOnly = true)
	public List<SteeringGroupFacts> steeringGroups() {
		List<SteeringGroup> groups = this.steeringGroups.findAllWithAgreement();
		if (groups.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Long>> partyIds = this.parties
			.findOfAgreements(groups.stream().map(group -> group.getAgreement().getId()).toList())
			.stream()
			.collect(Collectors.groupingBy(party -> party.getAgreement().getId(),
					Collectors.mapping(AgreementParty::getOrganisationId, Collectors.toList())));
		return groups.stream().map(group -> {
			Agreement agreement = group.getAgreement();
			return new SteeringGroupFacts(group.getId(), agreement.getId(), agreement.getTitle(),
					agreement.getStartDate(), group.getMinimumMeetingsPerYear(),
					group.getMemberRoleIds(), group.getSecretaryRoleId(),
					partyIds.getOrDefault(agreement.getId(), List.of()));
		}).toList();
	}

	/**
	 * The focus areas and commitments of an agreement, for links to them, in two statements.
	 */
	@Transactional(readOnly = true)
	public List<Topic> topics(long agreementId) {
		return Stream.concat(
				this.focusAreas.findOfAgreement(agreementId)
					.stream()
					.map(area -> new Topic(area.getId(), true, area.getCode(), area.getCode() + " " + area.getTitle())),
				this.commitments.findOfAgreement(agreementId)
					.stream()
					.map(commitment -> new Topic(commitment.getId(), false, commitment.getFocusArea().getCode(),
							commitment.getFocusArea().getCode() + ": " + commitment.getText())))
			.toList();
	}

	/**
	 * A steering group as other features see it: the agreement it follows up, the roles that are
	 * members and the secretary's role, how often it must meet, and the parties' organisations.
	 */
	public record SteeringGroupFacts(long id, long agreementId, String agreementTitle, LocalDate agreementStart,
			int minimumMeetingsPerYear, List<Long> memberRoleIds, Long secretaryRoleId,
			List<Long> partyOrganisationIds) {
	}

	/**
	 * A focus area ({@code focusArea} true) or a commitment under the focus area with the code.
	 */
	public record Topic(long id, boolean focusArea, String code, String label) {
	}

}
