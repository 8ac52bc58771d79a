package no.avtaleportal.agreement;

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
 * An intention (intensjon) or commitment under a focus area: what the parties will do, which
 * party leads it (none: both together), and the clause it comes from.
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Commitment extends StampedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private FocusArea focusArea;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Clause clause;

	private String text;

	/** The leading party's organisation, by id; {@code null} when the parties lead it together. */
	private Long leadOrganisationId;

	private String responsibilityNote;

	private int position;

	@Version
	private long version;

	protected Commitment() {
	}

	Commitment(FocusArea focusArea, Clause clause, String text, Long leadOrganisationId, String responsibilityNote,
			int position) {
		Assert.notNull(focusArea, "focusArea must not be null");
		this.focusArea = focusArea;
		this.position = position;
		reword(text, clause, leadOrganisationId, responsibilityNote);
	}

	void reword(String text, Clause clause, Long leadOrganisationId, String responsibilityNote) {
		Assert.hasText(text, "text must not be empty");
		Assert.notNull(clause, "clause must not be null");
		this.text = text.strip();
		this.clause = clause;
		this.leadOrganisationId = leadOrganisationId;
		this.responsibilityNote = (responsibilityNote == null || responsibilityNote.isBlank()) ? null
				: responsibilityNote.strip();
	}

	void moveTo(FocusArea focusArea) {
		Assert.notNull(focusArea, "focusArea must not be null");
		this.focusArea = focusArea;
	}

	public Long getId() {
		return this.id;
	}

	public FocusArea getFocusArea() {
		return this.focusArea;
	}

	public Clause getClause() {
		return this.clause;
	}

	public String getText() {
		return this.text;
	}

	public Long getLeadOrganisationId() {
		return this.leadOrganisationId;
	}

	public String getResponsibilityNote() {
		return this.responsibilityNote;
	}

	public int getPosition() {
		return this.position;
	}

	public long getVersion() {
		return this.version;
	}

}
