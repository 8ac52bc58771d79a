package no.avtaleportal.meeting;

/**
 * Merging a decision or an action item recorded twice: the one to keep.
 */
public class MergeForm {

	private Long into;

	private long version;

	public Long getInto() {
		return this.into;
	}

	public void setInto(Long into) {
		this.into = into;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
