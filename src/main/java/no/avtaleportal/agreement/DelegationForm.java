package no.avtaleportal.agreement;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import no.avtaleportal.web.VersionedForm;

/**
 * A delegation of responsibility to a role, as an administrator records it.
 */
public class DelegationForm implements VersionedForm {

	/** A new delegation's form, valid from the day (the agreement's start). */
	static DelegationForm validFrom(LocalDate day) {
		DelegationForm form = new DelegationForm();
		form.validFrom = day;
		return form;
	}

	void applyTo(Delegation delegation, FocusArea area, Clause clause) {
		delegation.delegate(this.scope, area, this.roleId, this.delegatedFromRoleId, this.validFrom, this.validTo, clause,
				this.note);
	}

	@NotNull
	private DelegationScope scope;

	private Long focusAreaId;

	@NotNull
	private Long roleId;

	private Long delegatedFromRoleId;

	@NotNull
	@DateTimeFormat(iso = ISO.DATE)
	private LocalDate validFrom;

	@DateTimeFormat(iso = ISO.DATE)
	private LocalDate validTo;

	@NotNull
	private Long clauseId;

	@Size(max = 4000)
	private String note;

	private long version;

	static DelegationForm from(Delegation delegation) {
		DelegationForm form = new DelegationForm();
		form.scope = delegation.getScope();
		form.focusAreaId = (delegation.getFocusArea() != null) ? delegation.getFocusArea().getId() : null;
		form.roleId = delegation.getRoleId();
		form.delegatedFromRoleId = delegation.getDelegatedFromRoleId();
		form.validFrom = delegation.getValidFrom();
		form.validTo = delegation.getValidTo();
		form.clauseId = delegation.getClause().getId();
		form.note = delegation.getNote();
		form.version = delegation.getVersion();
		return form;
	}

	public DelegationScope getScope() {
		return this.scope;
	}

	public void setScope(DelegationScope scope) {
		this.scope = scope;
	}

	public Long getFocusAreaId() {
		return this.focusAreaId;
	}

	public void setFocusAreaId(Long focusAreaId) {
		this.focusAreaId = focusAreaId;
	}

	public Long getRoleId() {
		return this.roleId;
	}

	public void setRoleId(Long roleId) {
		this.roleId = roleId;
	}

	public Long getDelegatedFromRoleId() {
		return this.delegatedFromRoleId;
	}

	public void setDelegatedFromRoleId(Long delegatedFromRoleId) {
		this.delegatedFromRoleId = delegatedFromRoleId;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public void setValidFrom(LocalDate validFrom) {
		this.validFrom = validFrom;
	}

	public LocalDate getValidTo() {
		return this.validTo;
	}

	public void setValidTo(LocalDate validTo) {
		this.validTo = validTo;
	}

	public Long getClauseId() {
		return this.clauseId;
	}

	public void setClauseId(Long clauseId) {
		this.clauseId = clauseId;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
