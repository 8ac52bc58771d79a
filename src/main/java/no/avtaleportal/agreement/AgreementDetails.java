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
 * (see {@link AgreementQueries}), with what is computed for today: plain values read for the pages
 * ({@link AgreementPart}, {@link ClausePart} and the rest), not entities.
 */
public record AgreementDetails(AgreementPart agreement, LocalDate today, AgreementRef successor, List<Party> parties,
		List<ClausePart> clauses, List<AreaPart> focusAreas, List<CommitmentPart> commitments,
		List<Responsibility> delegations,
		SteeringGroupView steeringGroup, Map<Long, OrganisationView> organisations, Map<Long, List<Holding>> holdings) {

	public AgreementStatus status() {
		return this.agreement.view().statusOn(this.today, successorStart());
	}

	public ExpiryNotice expiryNotice() {
		return this.agreement.view().expiryNoticeOn(this.today, successorStart());
	}

	private LocalDate successorStart() {
		return (this.successor != null) ? this.successor.startDate() : null;
	}

	public Long daysLeft() {
		return status().isInForce() ? this.agreement.view().daysLeftOn(this.today) : null;
	}

	public List<AreaPart> focusAreasOf(ClausePart clause) {
		return this.focusAreas.stream().filter(area -> area.clause().id() == clause.id()).toList();
	}

	public List<CommitmentPart> commitmentsOf(ClausePart clause) {
		return this.commitments.stream().filter(commitment -> commitment.clause().id() == clause.id()).toList();
	}

	public List<CommitmentPart> commitmentsOf(AreaPart area) {
		return this.commitments.stream().filter(commitment -> commitment.focusAreaId() == area.id()).toList();
	}

	/**
	 * The focus area as other modules see it ({@link Agreements.FocusAreaView}), with its
	 * commitments numbered within it ("A1", "A2", …) as the page numbers them.
	 */
	public Agreements.FocusAreaView viewOf(AreaPart area) {
		List<Agreements.CommitmentView> views = new ArrayList<>();
		for (CommitmentPart commitment : commitmentsOf(area)) {
			views.add(new Agreements.CommitmentView(commitment.id(), area.code() + (views.size() + 1),
					commitment.text(), commitment.leadOrganisationId()));
		}
		return new Agreements.FocusAreaView(area.id(), this.agreement.id(), this.agreement.title(), area.code(),
				area.title(), List.copyOf(views));
	}

	public List<Responsibility> delegationsOf(ClausePart clause) {
		return this.delegations.stream().filter(view -> view.delegation().clause().id() == clause.id()).toList();
	}

	public List<Responsibility> delegationsOf(DelegationScope scope) {
		return this.delegations.stream().filter(view -> view.delegation().scope() == scope).toList();
	}

	/** The overall responsibility for the agreement. */
	public List<Responsibility> overall() {
		return delegationsOf(DelegationScope.WHOLE_AGREEMENT);
	}

	/** The responsibility for following the agreement up. */
	public List<Responsibility> followUp() {
		return delegationsOf(DelegationScope.FOLLOW_UP);
	}

	public List<Responsibility> delegationsOf(AreaPart area) {
		return this.delegations.stream()
			.filter(view -> view.delegation().focusArea() != null && view.delegation().focusArea().id() == area.id())
			.toList();
	}

	public boolean isSteeringGroupClause(ClausePart clause) {
		return this.steeringGroup != null && Objects.equals(this.steeringGroup.group().clauseId(), clause.id());
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
	public record Party(PartyPart party, OrganisationView organisation) {
	}

	/**
	 * A delegation with the roles it names.
	 */
	public record Responsibility(DelegationPart delegation, RoleView role, RoleView delegatedFrom) {
	}

	/**
	 * The steering group with its member and secretary roles.
	 */
	public record SteeringGroupView(GroupPart group, List<RoleView> members, RoleView secretary) {
	}

	/**
	 * The agreement ({@link Agreement}): its text's heading and preamble, its signing, its term and
	 * evaluation, its extensions in the order decided, and the agreement it follows (if any).
	 */
	public record AgreementPart(long id, String importKey, String title, String subject, AgreementKind kind,
			String preamble, LocalDate signedOn, String signedPlace, LocalDate startDate, int termMonths,
			boolean extensionAllowed, boolean approximateDates, LocalDate evaluationFrom, LocalDate evaluationTo,
			LocalDate terminatedOn, List<AgreementView.ExtensionView> extensions, AgreementRef predecessor) {

		/** The agreement as other modules see it, with the rules of its term and status. */
		public AgreementView view() {
			return new AgreementView(this.id, this.title, this.startDate, this.termMonths, this.evaluationFrom,
					this.evaluationTo, this.terminatedOn, this.extensionAllowed, this.extensions, this.signedOn,
					this.approximateDates);
		}

		/** The last day of the original term, without extensions. */
		public LocalDate originalEndDate() {
			return view().originalEndDate();
		}

		/** The last day of the term with every extension added. */
		public LocalDate endDate() {
			return view().endDate();
		}

	}

	/** An agreement that precedes or succeeds this one. */
	public record AgreementRef(long id, String title, LocalDate startDate) {
	}

	/** A party to the agreement ({@link AgreementParty}): its organisation, what the text calls it, who signed. */
	public record PartyPart(long id, long organisationId, String referredToAs, String signatoryName,
			String signatoryTitle) {
	}

	/** A clause of the agreement ({@link Clause}); level 1 for a clause, 2 for a sub-clause. */
	public record ClausePart(long id, String number, String heading, String body, int level) {

		/** The text as paragraphs and bullet lists, in order. */
		public List<Clause.TextBlock> blocks() {
			return Clause.TextBlock.parse(this.body);
		}

	}

	/** A focus area ({@link FocusArea}) with the clause that sets it up. */
	public record AreaPart(long id, ClausePart clause, String code, String title, String description) {
	}

	/** A commitment of a focus area ({@link Commitment}); no leading organisation when the parties lead together. */
	public record CommitmentPart(long id, long focusAreaId, ClausePart clause, String text, Long leadOrganisationId,
			String responsibilityNote) {
	}

	/**
	 * A delegation ({@link Delegation}): the focus area only when the scope is a focus area, the role it
	 * was delegated from none when the agreement gives it.
	 */
	public record DelegationPart(long id, DelegationScope scope, AreaPart focusArea, long roleId,
			Long delegatedFromRoleId, LocalDate validFrom, LocalDate validTo, ClausePart clause, String note) {
	}

	/** The steering group ({@link SteeringGroup}): its clause (if any), yearly minimum and roles in order. */
	public record GroupPart(long id, Long clauseId, int minimumMeetingsPerYear, Long secretaryRoleId,
			List<Long> memberRoleIds) {
	}

}
