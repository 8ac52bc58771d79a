package no.avtaleportal.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import no.avtaleportal.web.VersionedForm;

/**
 * Where the approved minutes are filed in NTNU's records system.
 */
public class ArchiveForm implements VersionedForm {

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

	@Override
	public long getVersion() {
		return this.version;
	}

	@Override
	public void setVersion(long version) {
		this.version = version;
	}

}
