/**
 * Activities under the focus areas and commitments of an agreement: who leads and does them,
 * their status and deliverables, the dated status updates (with a traffic light) that form their
 * history, the list with filters, full-text search and CSV export, and the progress shown on the
 * agreement's pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Activities",
		allowedDependencies = { "account :: api", "agreement :: api", "audit :: api", "database", "people :: api", "search", "web" })
package no.avtaleportal.activity;
