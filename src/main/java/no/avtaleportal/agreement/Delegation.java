package no.avtaleportal.agreement;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
 * Responsibility under an agreement given to a role: for the whole agreement, a focus area, or
 * the follow-up; delegated from another role or given by the agreement itself; for a period; as a
 * clause says. Responsibility follows the role, so a change of holder keeps the history.
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Delegation extends StampedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Agreement agreement;

	@Enumerated(EnumType.STRING)
	private DelegationScope scope;

	@ManyToOne(fetch = FetchType.LAZY)
	private FocusArea focusArea;

	/** The role made responsible, by id: roles belong to the people feature. */
	private Long roleId;

	/** The role that delegated the responsibility, or {@code null} when the agreement gives it. */
	private Long delegatedFromRoleId;

	private LocalDate validFrom;

	private LocalDate validTo;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Clause clause;

	private String note;

	private int position;

	@Version
	private long version;

	protected Delegation() {
	}

	Delegation(Agreement agreement, int position) {
		Assert.notNull(agreement, "agreement must not be null");
		this.agreement = agreement;
		this.position = position;
	}

	/**
	 * Gives the responsibility to the role; the caller has checked that the period lies within
	 * the agreement's term ({@link #liesWithinTerm}).
	 */
	void delegate(DelegationScope scope, FocusArea focusArea, long roleId, Long delegatedFromRoleId,
			LocalDate validFrom, LocalDate validTo, Clause clause, String note) {
		Assert.notNull(scope, "scope must not be null");
		Assert.isTrue((scope == DelegationScope.FOCUS_AREA) == (focusArea != null),
				"a focus area is given exactly when the scope is a focus area");
		Assert.notNull(validFrom, "validFrom must not be null");
		Assert.isTrue(validTo == null || !validTo.isBefore(validFrom), "the delegation must not end before it starts");
		Assert.notNull(clause, "clause must not be null");
		Assert.isTrue(delegatedFromRoleId == null || delegatedFromRoleId != roleId, "a role cannot delegate to itself");
		this.scope = scope;
		this.focusArea = focusArea;
		this.roleId = roleId;
		this.delegatedFromRoleId = delegatedFromRoleId;
		this.validFrom = validFrom;
		this.validTo = validTo;
		this.clause = clause;
		this.note = (note == null || note.isBlank()) ? null : note.strip();
	}

	/**
	 * Whether from–to lies within the agreement's term (an open end counts as its end date).
	 */
	static boolean liesWithinTerm(Agreement agreement, LocalDate from, LocalDate to) {
		return !from.isBefore(agreement.getStartDate()) && !from.isAfter(agreement.getEndDate())
				&& (to == null || !to.isAfter(agreement.getEndDate()));
	}

	/** Whether the delegation holds on the day. */
	public boolean isValidOn(LocalDate day) {
		return !day.isBefore(this.validFrom) && (this.validTo == null || !day.isAfter(this.validTo));
	}

	public Long getId() {
		return this.id;
	}

	public Agreement getAgreement() {
		return this.agreement;
	}

	public DelegationScope getScope() {
		return this.scope;
	}

	public FocusArea getFocusArea() {
		return this.focusArea;
	}

	public Long getRoleId() {
		return this.roleId;
	}

	public Long getDelegatedFromRoleId() {
		return this.delegatedFromRoleId;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public LocalDate getValidTo() {
		return this.validTo;
	}

	public Clause getClause() {
		return this.clause;
	}

	public String getNote() {
		return this.note;
	}

	public int getPosition() {
		return this.position;
	}

	public long getVersion() {
		return this.version;
	}

}
