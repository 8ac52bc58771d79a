package no.avtaleportal.activity;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new deliverable: what and by when.
 */
public class DeliverableForm {

	/** Adds the deliverable to the activity. */
	void applyTo(Activity activity) {
		activity.addDeliverable(this.title, this.dueDate);
	}

	@NotBlank
	@Size(max = 300)
	private String title;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueDate;

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public void setDueDate(LocalDate dueDate) {
		this.dueDate = dueDate;
	}

}
