package no.avtaleportal.meeting;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;

/**
 * A correction to published minutes, with its reason. Like the minutes it is a draft, seen by the
 * steering group only, until a member of each party has approved it; then every reader of the
 * minutes sees it. Never changed once approved.
 */
@Entity
public class Addendum {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Meeting meeting;

	private String text;

	private String reason;

	private String proposedByUsername;

	private String proposedByName;

	private Instant proposedAt;

	private Instant approvedAt;

	// a set in the order given, so that the meeting page fetches the addenda with their approvals
	// in one statement (MeetingRepository#fetchAddenda)
	@ElementCollection(fetch = FetchType.EAGER)
	@org.hibernate.annotations.BatchSize(size = 50)
	@CollectionTable(name = "addendum_approval", joinColumns = @JoinColumn(name = "addendum_id"))
	@OrderBy("approvedAt")
	private Set<Approval> approvals = new LinkedHashSet<>();

	protected Addendum() {
	}

	Addendum(Meeting meeting, Meeting.Actor actor, Instant at, String text, String reason) {
		this.meeting = meeting;
		this.text = text.strip();
		this.reason = reason.strip();
		this.proposedByUsername = actor.username();
		this.proposedByName = actor.name();
		this.proposedAt = at;
	}

	/**
	 * Records a member's approval for their party; the addendum is approved once members of every
	 * party have approved it.
	 * @throws MinutesLockedException when it is approved already, or the member or their party
	 * approved it before (each party approves once, as for the minutes)
	 */
	void approve(Meeting.Actor actor, Instant at, Collection<Long> partyOrganisationIds) {
		if (isApproved() || actor.organisationId() == null
				|| this.approvals.stream().anyMatch(approval -> approval.actorUsername.equals(actor.username()))
				|| approvingParties().contains(actor.organisationId())) {
			throw new MinutesLockedException();
		}
		this.approvals.add(new Approval(actor.username(), actor.name(), actor.organisationId(), at));
		if (approvingParties().containsAll(partyOrganisationIds)) {
			this.approvedAt = at;
		}
	}

	Set<Long> approvingParties() {
		return this.approvals.stream().map(Approval::getOrganisationId).collect(Collectors.toSet());
	}

	boolean approvedBy(String username) {
		return this.approvals.stream().anyMatch(approval -> approval.actorUsername.equals(username));
	}

	public boolean isApproved() {
		return this.approvedAt != null;
	}

	public long getId() {
		return this.id;
	}

	public String getText() {
		return this.text;
	}

	public String getReason() {
		return this.reason;
	}

	public String getProposedByName() {
		return this.proposedByName;
	}

	public ZonedDateTime getProposedAtInOslo() {
		return this.proposedAt.atZone(Meeting.OSLO);
	}

	public ZonedDateTime getApprovedAtInOslo() {
		return (this.approvedAt != null) ? this.approvedAt.atZone(Meeting.OSLO) : null;
	}

	public List<Approval> getApprovals() {
		return List.copyOf(this.approvals);
	}

	/** A member's approval of the addendum for their party. */
	@Embeddable
	static class Approval {

		private String actorUsername;

		private String actorName;

		private Long organisationId;

		private Instant approvedAt;

		protected Approval() {
		}

		Approval(String actorUsername, String actorName, Long organisationId, Instant approvedAt) {
			this.actorUsername = actorUsername;
			this.actorName = actorName;
			this.organisationId = organisationId;
			this.approvedAt = approvedAt;
		}

		public String getActorName() {
			return this.actorName;
		}

		public Long getOrganisationId() {
			return this.organisationId;
		}

		public Instant getApprovedAt() {
			return this.approvedAt;
		}

		@Override
		public boolean equals(Object other) {
			return (other instanceof Approval approval) && Objects.equals(this.actorUsername, approval.actorUsername)
					&& Objects.equals(this.actorName, approval.actorName)
					&& Objects.equals(this.organisationId, approval.organisationId)
					&& Objects.equals(this.approvedAt, approval.approvedAt);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.actorUsername, this.organisationId, this.approvedAt);
		}

	}

}
