package no.avtaleportal.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import no.avtaleportal.web.VersionedForm;

/**
 * One piece of text: a decision, a comment, a reason for cancelling, a comment on a finished action item.
 */
public class TextForm implements VersionedForm {

	@NotBlank
	@Size(max = 4000)
	private String text;

	private long version;

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
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
