package no.avtaleportal.people;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.springframework.util.Assert;

import no.avtaleportal.audit.StampedEntity;

/**
 * A person holds a role from one date to another; without an end date they hold it still.
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class RoleAssignment extends StampedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private OrgRole role;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Person person;

	private LocalDate validFrom;

	private LocalDate validTo;

	private boolean example;

	@Version
	private long version;

	protected RoleAssignment() {
	}

	RoleAssignment(OrgRole role, Person person, LocalDate validFrom, LocalDate validTo, boolean example) {
		Assert.notNull(role, "role must not be null");
		this.role = role;
		this.example = example;
		change(person, validFrom, validTo);
	}

	void change(Person person, LocalDate validFrom, LocalDate validTo) {
		Assert.notNull(person, "person must not be null");
		Assert.notNull(validFrom, "validFrom must not be null");
		Assert.isTrue(validTo == null || !validTo.isBefore(validFrom), "the assignment must not end before it starts");
		this.person = person;
		this.validFrom = validFrom;
		this.validTo = validTo;
	}

	/** Whether the person holds the role on the given day. */
	public boolean isValidOn(LocalDate day) {
		return !day.isBefore(this.validFrom) && (this.validTo == null || !day.isAfter(this.validTo));
	}

	/** Whether this assignment shares a day with the period from–to (to may be open). */
	boolean overlaps(LocalDate from, LocalDate to) {
		boolean startsBeforeOtherEnds = (to == null) || !this.validFrom.isAfter(to);
		boolean endsAfterOtherStarts = (this.validTo == null) || !this.validTo.isBefore(from);
		return startsBeforeOtherEnds && endsAfterOtherStarts;
	}

	public Long getId() {
		return this.id;
	}

	public OrgRole getRole() {
		return this.role;
	}

	public Person getPerson() {
		return this.person;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public LocalDate getValidTo() {
		return this.validTo;
	}

	public boolean isExample() {
		return this.example;
	}

	public long getVersion() {
		return this.version;
	}

}
