package no.avtaleportal.web;

/**
 * A form that edits something saved with a version: it carries the version it was opened at (a
 * hidden field), so that {@link StaleEdit} can tell whether someone else saved in between.
 */
public interface VersionedForm {

	long getVersion();

	void setVersion(long version);

}
