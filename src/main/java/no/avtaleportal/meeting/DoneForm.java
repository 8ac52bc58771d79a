package no.avtaleportal.meeting;

import jakarta.validation.constraints.Size;

/**
 * Marking an action item done: an optional comment, and where to go afterwards ({@code tasks}
 * for "Mine oppgaver", {@code dashboard} for the dashboard, else the meeting).
 */
public class DoneForm {

	@Size(max = 4000)
	private String text;

	private String returnTo;

	/** Not checked: closing an agreed item does not change the minutes. */
	private long version;

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getReturnTo() {
		return this.returnTo;
	}

	public void setReturnTo(String returnTo) {
		this.returnTo = returnTo;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
