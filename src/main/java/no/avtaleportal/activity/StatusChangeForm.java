package no.avtaleportal.activity;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import no.avtaleportal.web.VersionedForm;

/**
 * A change of an activity's status, with the completion date or the reason the rules ask for.
 */
public class StatusChangeForm implements VersionedForm {

	/** A change of the activity's status as it is now (its version). */
	static StatusChangeForm from(Activity activity) {
		StatusChangeForm form = new StatusChangeForm();
		form.version = activity.getVersion();
		return form;
	}

	/**
	 * Moves the activity to the target: the completion day counts only when it is completed.
	 * @throws ActivityRuleException when a rule of the change is broken
	 */
	void applyTo(Activity activity, LocalDate today) {
		activity.moveTo(this.target, (this.target == ActivityStatus.COMPLETED) ? this.completedOn : null, this.reason,
				today);
	}

	@NotNull
	private ActivityStatus target;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate completedOn;

	@Size(max = 2000)
	private String reason;

	private long version;

	public ActivityStatus getTarget() {
		return this.target;
	}

	public void setTarget(ActivityStatus target) {
		this.target = target;
	}

	public LocalDate getCompletedOn() {
		return this.completedOn;
	}

	public void setCompletedOn(LocalDate completedOn) {
		this.completedOn = completedOn;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
