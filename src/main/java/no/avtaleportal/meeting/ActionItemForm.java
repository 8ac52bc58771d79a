package no.avtaleportal.meeting;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import no.avtaleportal.web.PersonPicks;
import no.avtaleportal.web.VersionedForm;

/**
 * An action item: what, who (an attendee by name or anyone of a party to the agreement by name or
 * e-mail address, see {@link ActionOwners}) and by when.
 */
public class ActionItemForm extends PersonPicks implements VersionedForm {

	@NotBlank
	@Size(max = 4000)
	private String text;

	@NotBlank
	@Size(max = 300)
	private String owner;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueDate;

	private long version;

	/**
	 * The form of the action item as it is saved, at its meeting's version, with its owner as the
	 * field shows them ({@link ActionOwners#textOf}).
	 */
	static ActionItemForm from(ActionItem action, Meeting meeting, String owner) {
		ActionItemForm form = new ActionItemForm();
		form.text = action.getText();
		form.owner = owner;
		form.dueDate = action.getDueDate();
		form.version = meeting.getVersion();
		return form;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getOwner() {
		return this.owner;
	}

	public void setOwner(String owner) {
		this.owner = owner;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public void setDueDate(LocalDate dueDate) {
		this.dueDate = dueDate;
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
