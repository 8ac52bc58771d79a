package no.avtaleportal.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import no.avtaleportal.web.VersionedForm;

/**
 * A correction to published minutes and why it is needed.
 */
public class AddendumForm implements VersionedForm {

	@NotBlank
	@Size(max = 4000)
	private String text;

	@NotBlank
	@Size(max = 2000)
	private String reason;

	private long version;

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
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
