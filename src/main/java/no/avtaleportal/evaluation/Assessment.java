package no.avtaleportal.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.springframework.util.Assert;

import no.avtaleportal.audit.StampedEntity;

/**
 * One party's assessment of the agreement: per focus area a rating with what worked, what did not
 * and what to change, and an overall recommendation. A draft is its own party's; once submitted
 * both parties read it and nobody changes it.
 */
@Entity
@Table(name = "evaluation_assessment")
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Assessment extends StampedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long evaluationId;

	private long organisationId;

	@Enumerated(EnumType.STRING)
	private Outcome recommendation;

	private String summary;

	private Instant submittedAt;

	private String submittedBy;

	@NotAudited
	@OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("focusAreaId")
	private List<Rating> ratings = new ArrayList<>();

	@Version
	private long version;

	protected Assessment() {
	}

	Assessment(long evaluationId, long organisationId) {
		this.evaluationId = evaluationId;
		this.organisationId = organisationId;
	}

	/** Rewrites the draft. */
	void write(Outcome recommendation, String summary) {
		requireDraft();
		this.recommendation = recommendation;
		this.summary = blankToNull(summary);
	}

	void rate(long focusAreaId, Integer rating, String worked, String didNotWork, String toChange) {
		requireDraft();
		Rating existing = rating(focusAreaId).orElseGet(() -> {
			Rating created = new Rating(this, focusAreaId);
			this.ratings.add(created);
			return created;
		});
		existing.write(rating, blankToNull(worked), blankToNull(didNotWork), blankToNull(toChange));
	}

	void submit(String by, Instant at) {
		requireDraft();
		Assert.state(this.recommendation != null, "a submitted assessment has a recommendation");
		this.submittedBy = by;
		this.submittedAt = at;
	}

	private void requireDraft() {
		Assert.state(!isSubmitted(), "a submitted assessment is not changed");
	}

	public Optional<Rating> rating(long focusAreaId) {
		return this.ratings.stream().filter(rating -> rating.getFocusAreaId() == focusAreaId).findFirst();
	}

	public boolean isSubmitted() {
		return this.submittedAt != null;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public Long getId() {
		return this.id;
	}

	public long getEvaluationId() {
		return this.evaluationId;
	}

	public long getOrganisationId() {
		return this.organisationId;
	}

	public Outcome getRecommendation() {
		return this.recommendation;
	}

	public String getSummary() {
		return this.summary;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public String getSubmittedBy() {
		return this.submittedBy;
	}

	public List<Rating> getRatings() {
		return this.ratings;
	}

	public long getVersion() {
		return this.version;
	}

}
