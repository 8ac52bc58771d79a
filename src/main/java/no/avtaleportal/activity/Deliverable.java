package no.avtaleportal.activity;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;

/**
 * Something an activity delivers, with its due date and whether it is done.
 */
@Embeddable
public class Deliverable {

	private String title;

	private LocalDate dueDate;

	private boolean done;

	protected Deliverable() {
	}

	Deliverable(String title, LocalDate dueDate, boolean done) {
		this.title = title;
		this.dueDate = dueDate;
		this.done = done;
	}

	public String getTitle() {
		return this.title;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public boolean isDone() {
		return this.done;
	}

}
