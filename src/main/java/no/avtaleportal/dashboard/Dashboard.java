package no.avtaleportal.dashboard;

import java.time.LocalDate;
import java.util.List;

import no.avtaleportal.agreement.AgreementOverview;

/**
 * Everything one agreement's dashboard shows on a day, for the page, the PDF and the CSV alike.
 *
 * @param overview the agreement's term, deadlines, focus areas and commitments on the day
 * @param requirements what the agreement requires on the day, in order
 * @param historic whether the day is before today
 */
record Dashboard(AgreementOverview overview, List<Requirement> requirements, boolean historic) {

	public LocalDate day() {
		return this.overview.day();
	}

}
