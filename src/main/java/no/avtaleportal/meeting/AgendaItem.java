package no.avtaleportal.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * An item on a meeting's agenda, with the notes taken under it. Focus area and commitment are
 * ids in the agreement feature.
 */
@Entity
@org.hibernate.envers.Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
class AgendaItem {

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

	private String notes;

	protected AgendaItem() {
	}

	AgendaItem(Meeting meeting, int position, String title, String presenter, Integer plannedMinutes, Long focusAreaId,
			Long commitmentId) {
		this.meeting = meeting;
		this.position = position;
		rewrite(title, presenter, plannedMinutes, focusAreaId, commitmentId, null);
	}

	void rewrite(String title, String presenter, Integer plannedMinutes, Long focusAreaId, Long commitmentId,
			String notes) {
		this.title = title.strip();
		this.presenter = (presenter == null || presenter.isBlank()) ? null : presenter.strip();
		this.plannedMinutes = plannedMinutes;
		this.focusAreaId = focusAreaId;
		this.commitmentId = commitmentId;
		this.notes = (notes == null || notes.isBlank()) ? null : notes.strip();
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

	public String getNotes() {
		return this.notes;
	}

}
