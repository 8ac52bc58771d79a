package no.avtaleportal.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Where the approved minutes are filed in NTNU's records system.
 */
public class ArchiveForm {

	@NotBlank
	@Size(max = 200)
	private String reference;

	private long version;

	public String getReference() {
		return this.reference;
	}

	public void setReference(String reference) {
		this.reference = reference;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
