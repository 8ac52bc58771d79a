package no.avtaleportal.activity;

import java.time.LocalDate;

/**
 * One activity as the list and the CSV export show it.
 */
public record ActivityRow(long id, String title, long focusAreaId, Long commitmentId, Long leadOrganisationId,
		long responsiblePersonId, ActivityStatus status, LocalDate startDate, LocalDate dueDate, Light light,
		LocalDate lastUpdateOn, boolean example) {

	public boolean isOverdueOn(LocalDate today) {
		return !this.status.isClosed() && this.dueDate != null && this.dueDate.isBefore(today);
	}

}
