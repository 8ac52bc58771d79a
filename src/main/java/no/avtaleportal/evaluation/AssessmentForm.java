package no.avtaleportal.evaluation;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import no.avtaleportal.web.VersionedForm;

/**
 * A party's assessment as its form edits it: a row per focus area, the recommendation and a
 * summary. Saving keeps a draft; submitting needs a rating for every focus area and the
 * recommendation.
 */
public class AssessmentForm implements VersionedForm {

	@Valid
	private List<RatingForm> ratings = new ArrayList<>();

	private Outcome recommendation;

	@Size(max = 10000)
	private String summary;

	private long version;

	static AssessmentForm of(List<Long> focusAreaIds, Assessment assessment) {
		AssessmentForm form = new AssessmentForm();
		for (Long areaId : focusAreaIds) {
			RatingForm row = new RatingForm();
			row.setFocusAreaId(areaId);
			if (assessment != null) {
				assessment.rating(areaId).ifPresent(rating -> {
					row.setRating(rating.getRating());
					row.setWorked(rating.getWorked());
					row.setDidNotWork(rating.getDidNotWork());
					row.setToChange(rating.getToChange());
				});
			}
			form.ratings.add(row);
		}
		if (assessment != null) {
			form.recommendation = assessment.getRecommendation();
			form.summary = assessment.getSummary();
			form.version = assessment.getVersion();
		}
		return form;
	}

	void applyTo(Assessment assessment) {
		assessment.write(this.recommendation, this.summary);
		for (RatingForm row : this.ratings) {
			assessment.rate(row.getFocusAreaId(), row.getRating(), row.getWorked(), row.getDidNotWork(), row.getToChange());
		}
	}

	public List<RatingForm> getRatings() {
		return this.ratings;
	}

	public void setRatings(List<RatingForm> ratings) {
		this.ratings = ratings;
	}

	public Outcome getRecommendation() {
		return this.recommendation;
	}

	public void setRecommendation(Outcome recommendation) {
		this.recommendation = recommendation;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

	@Override
	public void setVersion(long version) {
		this.version = version;
	}

	/** One focus area's row. */
	public static class RatingForm {

		private long focusAreaId;

		@Min(1)
		@Max(4)
		private Integer rating;

		@Size(max = 4000)
		private String worked;

		@Size(max = 4000)
		private String didNotWork;

		@Size(max = 4000)
		private String toChange;

		public long getFocusAreaId() {
			return this.focusAreaId;
		}

		public void setFocusAreaId(long focusAreaId) {
			this.focusAreaId = focusAreaId;
		}

		public Integer getRating() {
			return this.rating;
		}

		public void setRating(Integer rating) {
			this.rating = rating;
		}

		public String getWorked() {
			return this.worked;
		}

		public void setWorked(String worked) {
			this.worked = worked;
		}

		public String getDidNotWork() {
			return this.didNotWork;
		}

		public void setDidNotWork(String didNotWork) {
			this.didNotWork = didNotWork;
		}

		public String getToChange() {
			return this.toChange;
		}

		public void setToChange(String toChange) {
			this.toChange = toChange;
		}

	}

}
