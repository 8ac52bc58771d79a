package no.avtaleportal.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * An item on a meeting's agenda, with the notes taken under it. Focus area and commitment are
 * ids in the agreement feature, the activity an id in the activity feature.
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class AgendaItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Meeting meeting;

	private int position;

	private String title;

	private String presenter;

	private Integer plannedMinutes;

	private Long focusAreaId;

	private Long commitmentId;

	private Long activityId;

	private String notes;

	/** The case number, {@code 05/2026}, given when the item was put on the agenda ({@link CaseNumbers}). */
	@org.hibernate.envers.NotAudited
	private String caseNumber;

	protected AgendaItem() {
	}

	AgendaItem(Meeting meeting, int position, String title, String presenter, Integer plannedMinutes, Topics topics) {
		this.meeting = meeting;
		this.position = position;
		rewrite(title, presenter, plannedMinutes, topics, null);
	}

	void rewrite(String title, String presenter, Integer plannedMinutes, Topics topics, String notes) {
		this.title = title.strip();
		this.presenter = (presenter == null || presenter.isBlank()) ? null : presenter.strip();
		this.plannedMinutes = plannedMinutes;
		this.focusAreaId = topics.focusAreaId();
		this.commitmentId = topics.commitmentId();
		this.activityId = topics.activityId();
		this.notes = (notes == null || notes.isBlank()) ? null : notes.strip();
	}

	void numberAs(String caseNumber) {
		this.caseNumber = caseNumber;
	}

	void placeAt(int position) {
		this.position = position;
	}

	public long getId() {
		return this.id;
	}

	public Meeting getMeeting() {
		return this.meeting;
	}

	public int getPosition() {
		return this.position;
	}

	public String getTitle() {
		return this.title;
	}

	public String getPresenter() {
		return this.presenter;
	}

	public Integer getPlannedMinutes() {
		return this.plannedMinutes;
	}

	public Long getFocusAreaId() {
		return this.focusAreaId;
	}

	public Long getCommitmentId() {
		return this.commitmentId;
	}

	public Long getActivityId() {
		return this.activityId;
	}

	public Topics getTopics() {
		return new Topics(this.focusAreaId, this.commitmentId, this.activityId);
	}

	public String getCaseNumber() {
		return this.caseNumber;
	}

	public String getNotes() {
		return this.notes;
	}

	/**
	 * What in the agreement an item is about: a focus area, a commitment and an activity, each
	 * optional.
	 */
	record Topics(Long focusAreaId, Long commitmentId, Long activityId) {

		static final Topics NONE = new Topics(null, null, null);

		/**
		 * The links that contradict the others, by field, with the message that says why: an
		 * intention must belong to the focus area, and an activity to the focus area and the
		 * intention (whichever are chosen).
		 * @param commitmentAreaId the focus area of the chosen intention, if one is chosen
		 * @param activityAreaId the focus area of the chosen activity, if one is chosen
		 * @param activityCommitmentId the intention of the chosen activity, if it has one
		 */
		java.util.Map<String, String> contradictions(Long commitmentAreaId, Long activityAreaId,
				Long activityCommitmentId) {
			java.util.Map<String, String> contradictions = new java.util.LinkedHashMap<>();
			if (this.focusAreaId != null && this.commitmentId != null && !this.focusAreaId.equals(commitmentAreaId)) {
				contradictions.put("commitmentId", "meeting.error.commitmentOutsideArea");
			}
			if (this.activityId != null && this.focusAreaId != null && !this.focusAreaId.equals(activityAreaId)) {
				contradictions.put("activityId", "meeting.error.activityOutsideArea");
			}
			else if (this.activityId != null && this.commitmentId != null
					&& ((activityCommitmentId != null) ? !this.commitmentId.equals(activityCommitmentId)
							: !java.util.Objects.equals(commitmentAreaId, activityAreaId))) {
				contradictions.put("activityId", "meeting.error.activityOtherCommitment");
			}
			return contradictions;
		}

	}

}
