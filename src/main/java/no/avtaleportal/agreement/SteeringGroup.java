package no.avtaleportal.agreement;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import org.springframework.util.Assert;

import no.avtaleportal.audit.StampedEntity;

/**
 * The group that follows an agreement up: its members by role, a secretary, and how many times a
 * year it must meet at least (two for the NTNU–NHO agreement).
 */
@Entity
public class SteeringGroup extends StampedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@OneToOne(fetch = FetchType.LAZY, optional = false)
	private Agreement agreement;

	@ManyToOne(fetch = FetchType.LAZY)
	private Clause clause;

	private int minimumMeetingsPerYear;

	private Long secretaryRoleId;

	@ElementCollection
	@CollectionTable(name = "steering_group_member", joinColumns = @JoinColumn(name = "steering_group_id"))
	@Column(name = "role_id")
	@OrderColumn(name = "position")
	private List<Long> memberRoleIds = new ArrayList<>();

	@Version
	private long version;

	protected SteeringGroup() {
	}

	SteeringGroup(Agreement agreement, Clause clause, int minimumMeetingsPerYear) {
		Assert.notNull(agreement, "agreement must not be null");
		this.agreement = agreement;
		this.clause = clause;
		requireMeetings(minimumMeetingsPerYear);
	}

	void requireMeetings(int perYear) {
		Assert.isTrue(perYear >= 0, "the number of meetings must not be negative");
		this.minimumMeetingsPerYear = perYear;
	}

	void compose(List<Long> memberRoleIds, Long secretaryRoleId) {
		Assert.isTrue(memberRoleIds.stream().distinct().count() == memberRoleIds.size(), "a role is a member once");
		this.memberRoleIds.clear();
		this.memberRoleIds.addAll(memberRoleIds);
		this.secretaryRoleId = secretaryRoleId;
	}

	public Long getId() {
		return this.id;
	}

	public Agreement getAgreement() {
		return this.agreement;
	}

	public Clause getClause() {
		return this.clause;
	}

	public int getMinimumMeetingsPerYear() {
		return this.minimumMeetingsPerYear;
	}

	public Long getSecretaryRoleId() {
		return this.secretaryRoleId;
	}

	public List<Long> getMemberRoleIds() {
		return List.copyOf(this.memberRoleIds);
	}

	public long getVersion() {
		return this.version;
	}

}
