package no.avtaleportal.activity;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new status update: its date, light and text.
 */
public class StatusUpdateForm {

	/** An empty update, written today. */
	static StatusUpdateForm writtenOn(LocalDate today) {
		StatusUpdateForm form = new StatusUpdateForm();
		form.writtenOn = today;
		return form;
	}

	/** Reports the update on the activity, by the person signed in. */
	StatusUpdate applyTo(Activity activity, LocalDate today, Long authorPersonId, String authorName) {
		return activity.report(this.writtenOn, today, authorPersonId, authorName, this.light, this.text);
	}

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate writtenOn;

	@NotNull
	private Light light;

	@NotBlank
	@Size(max = 20000)
	private String text;

	public LocalDate getWrittenOn() {
		return this.writtenOn;
	}

	public void setWrittenOn(LocalDate writtenOn) {
		this.writtenOn = writtenOn;
	}

	public Light getLight() {
		return this.light;
	}

	public void setLight(Light light) {
		this.light = light;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

}
