package no.avtaleportal.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import no.avtaleportal.people.People.OrganisationView;
import no.avtaleportal.people.People.Holding;
import no.avtaleportal.people.People.RoleView;

/**
 * Everything the agreement pages show of one agreement, loaded in a fixed number of statements
 * (see {@link AgreementQueries}), with what is computed for today.
 */
public record AgreementDetails(Agreement agreement, LocalDate today, Agreement successor, List<Party> parties,
		List<Clause> clauses, List<FocusArea> focusAreas, List<Commitment> commitments, List<Responsibility> delegations,
		SteeringGroupView steeringGroup, Map<Long, OrganisationView> organisations, Map<Long, List<Holding>> holdings) {

	public AgreementStatus status() {
		return this.agreement.statusOn(this.today, successorStart());
	}

	public ExpiryNotice expiryNotice() {
		return this.agreement.expiryNoticeOn(this.today, successorStart());
	}

	private LocalDate successorStart() {
		return (this.successor != null) ? this.successor.getStartDate() : null;
	}

	public Long daysLeft() {
		return status().isInForce() ? this.agreement.daysLeftOn(this.today) : null;
	}

	public List<FocusArea> focusAreasOf(Clause clause) {
		return this.focusAreas.stream().filter(area -> area.getClause().getId().equals(clause.getId())).toList();
	}

	public List<Commitment> commitmentsOf(Clause clause) {
		return this.commitments.stream().filter(commitment -> commitment.getClause().getId().equals(clause.getId())).toList();
	}

	public List<Commitment> commitmentsOf(FocusArea area) {
		return this.commitments.stream().filter(commitment -> commitment.getFocusArea().getId().equals(area.getId())).toList();
	}

	/**
	 * The focus area as other modules see it ({@link Agreements.FocusAreaView}), with its
	 * commitments numbered within it ("A1", "A2", …) as the page numbers them.
	 */
	public Agreements.FocusAreaView viewOf(FocusArea area) {
		List<Commitment> ofArea = commitmentsOf(area);
		List<Agreements.CommitmentView> views = new ArrayList<>();
		for (Commitment commitment : ofArea) {
			views.add(new Agreements.CommitmentView(commitment.getId(), area.getCode() + (views.size() + 1),
					commitment.getText(), commitment.getLeadOrganisationId()));
		}
		return new Agreements.FocusAreaView(area.getId(), this.agreement.getId(), this.agreement.getTitle(),
				area.getCode(), area.getTitle(), List.copyOf(views));
	}

	public List<Responsibility> delegationsOf(Clause clause) {
		return this.delegations.stream().filter(view -> view.delegation().getClause().getId().equals(clause.getId())).toList();
	}

	public List<Responsibility> delegationsOf(DelegationScope scope) {
		return this.delegations.stream().filter(view -> view.delegation().getScope() == scope).toList();
	}

	/** The overall responsibility for the agreement. */
	public List<Responsibility> overall() {
		return delegationsOf(DelegationScope.WHOLE_AGREEMENT);
	}

	/** The responsibility for following the agreement up. */
	public List<Responsibility> followUp() {
		return delegationsOf(DelegationScope.FOLLOW_UP);
	}

	public List<Responsibility> delegationsOf(FocusArea area) {
		return this.delegations.stream()
			.filter(view -> view.delegation().getFocusArea() != null
					&& view.delegation().getFocusArea().getId().equals(area.getId()))
			.toList();
	}

	public boolean isSteeringGroupClause(Clause clause) {
		return this.steeringGroup != null && this.steeringGroup.group().getClause() != null
				&& this.steeringGroup.group().getClause().getId().equals(clause.getId());
	}

	public OrganisationView organisation(Long id) {
		return (id != null) ? this.organisations.get(id) : null;
	}

	/** Who holds the role today, or {@code null}. */
	public Holding holderToday(RoleView role) {
		return (role == null) ? null
				: this.holdings.getOrDefault(role.id(), List.of())
					.stream()
					.filter(holding -> holding.isValidOn(this.today))
					.findFirst()
					.orElse(null);
	}

	/** Everyone who has held the role, latest first. */
	public List<Holding> historyOf(RoleView role) {
		return this.holdings.getOrDefault(role.id(), List.of());
	}

	/** Every role the agreement names (responsible, delegating, steering group), each once. */
	public List<RoleView> roles() {
		Stream<RoleView> fromDelegations = this.delegations.stream()
			.flatMap(view -> Stream.of(view.delegatedFrom(), view.role()));
		Stream<RoleView> fromGroup = (this.steeringGroup != null)
				? Stream.concat(this.steeringGroup.members().stream(), Stream.of(this.steeringGroup.secretary()))
				: Stream.empty();
		return Stream.concat(fromDelegations, fromGroup)
			.filter(Objects::nonNull)
			.distinct()
			.sorted(Comparator.comparing(RoleView::organisationShortName).thenComparing(RoleView::title))
			.toList();
	}

	/**
	 * A party with its organisation.
	 */
	public record Party(AgreementParty party, OrganisationView organisation) {
	}

	/**
	 * A delegation with the roles it names.
	 */
	public record Responsibility(Delegation delegation, RoleView role, RoleView delegatedFrom) {
	}

	/**
	 * The steering group with its member and secretary roles.
	 */
	public record SteeringGroupView(SteeringGroup group, List<RoleView> members, RoleView secretary) {
	}

}
