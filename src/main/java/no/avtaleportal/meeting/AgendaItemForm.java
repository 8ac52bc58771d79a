package no.avtaleportal.meeting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import no.avtaleportal.web.VersionedForm;

/**
 * An agenda item with its notes (Markdown).
 */
public class AgendaItemForm implements VersionedForm {

	@NotBlank
	@Size(max = 300)
	private String title;

	@Size(max = 200)
	private String presenter;

	@Min(1)
	@Max(600)
	private Integer plannedMinutes;

	private Long focusAreaId;

	private Long commitmentId;

	private Long activityId;

	@Size(max = 20000)
	private String notes;

	private long version;

	/** The form of the agenda item as it is saved, at the meeting's version. */
	static AgendaItemForm from(AgendaItem item, long version) {
		AgendaItemForm form = new AgendaItemForm();
		form.title = item.getTitle();
		form.presenter = item.getPresenter();
		form.plannedMinutes = item.getPlannedMinutes();
		form.focusAreaId = item.getFocusAreaId();
		form.commitmentId = item.getCommitmentId();
		form.activityId = item.getActivityId();
		form.notes = item.getNotes();
		form.version = version;
		return form;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getPresenter() {
		return this.presenter;
	}

	public void setPresenter(String presenter) {
		this.presenter = presenter;
	}

	public Integer getPlannedMinutes() {
		return this.plannedMinutes;
	}

	public void setPlannedMinutes(Integer plannedMinutes) {
		this.plannedMinutes = plannedMinutes;
	}

	public Long getActivityId() {
		return this.activityId;
	}

	public void setActivityId(Long activityId) {
		this.activityId = activityId;
	}

	AgendaItem.Topics topics() {
		return new AgendaItem.Topics(this.focusAreaId, this.commitmentId, this.activityId);
	}

	public Long getFocusAreaId() {
		return this.focusAreaId;
	}

	public void setFocusAreaId(Long focusAreaId) {
		this.focusAreaId = focusAreaId;
	}

	public Long getCommitmentId() {
		return this.commitmentId;
	}

	public void setCommitmentId(Long commitmentId) {
		this.commitmentId = commitmentId;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

	@Override
	public void setVersion(long version) {
		this.version = version;
	}

}
