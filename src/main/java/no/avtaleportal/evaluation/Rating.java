package no.avtaleportal.evaluation;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * A party's rating of one focus area: 1 (poor) to 4 (very good), with its words. Labels:
 * {@code evaluation.rating.<n>}. Its changes are kept (Envers) and shown on the assessment's history.
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Table(name = "evaluation_rating")
public class Rating {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Assessment assessment;

	private long focusAreaId;

	private Integer rating;

	private String worked;

	private String didNotWork;

	private String toChange;

	protected Rating() {
	}

	Rating(Assessment assessment, long focusAreaId) {
		this.assessment = assessment;
		this.focusAreaId = focusAreaId;
	}

	void write(Integer rating, String worked, String didNotWork, String toChange) {
		this.rating = rating;
		this.worked = worked;
		this.didNotWork = didNotWork;
		this.toChange = toChange;
	}

	public long getFocusAreaId() {
		return this.focusAreaId;
	}

	public Integer getRating() {
		return this.rating;
	}

	public String getWorked() {
		return this.worked;
	}

	public String getDidNotWork() {
		return this.didNotWork;
	}

	public String getToChange() {
		return this.toChange;
	}

}
