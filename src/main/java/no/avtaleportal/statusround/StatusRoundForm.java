package no.avtaleportal.statusround;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new status round: the focus areas it asks about (none chosen: all), the deadline and a word
 * from the secretary.
 */
public class StatusRoundForm {

	private List<Long> focusAreaIds = new ArrayList<>();

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate deadline;

	@Size(max = 2000)
	private String message = "";

	public List<Long> getFocusAreaIds() {
		return this.focusAreaIds;
	}

	public void setFocusAreaIds(List<Long> focusAreaIds) {
		this.focusAreaIds = (focusAreaIds != null) ? focusAreaIds : new ArrayList<>();
	}

	public LocalDate getDeadline() {
		return this.deadline;
	}

	public void setDeadline(LocalDate deadline) {
		this.deadline = deadline;
	}

	public String getMessage() {
		return this.message;
	}

	public void setMessage(String message) {
		this.message = (message != null) ? message : "";
	}

}
