package no.avtaleportal.dashboard;

import java.time.LocalDate;
import java.util.List;

import no.avtaleportal.activity.ActivityHistory.Snapshot;
import no.avtaleportal.agreement.AgreementOverview;
import no.avtaleportal.agreement.Agreements.CommitmentView;
import no.avtaleportal.agreement.Agreements.FocusAreaView;
import no.avtaleportal.meeting.MeetingDigest.ActionRef;
import no.avtaleportal.meeting.MeetingDigest.Digest;
import no.avtaleportal.meeting.MeetingDigest.MeetingRef;
import no.avtaleportal.web.BarChart;

/**
 * Everything one agreement's dashboard shows on a day, for the page, the PDF and the CSV alike.
 *
 * @param overview the agreement's term, deadlines, focus areas and commitments on the day
 * @param requirements what the agreement requires on the day, in order
 * @param historic whether the day is before today
 * @param parties the agreement's parties, for the filter
 * @param party the party whose share is shown, or {@code null} for the joint picture
 * @param meetings the steering group on the day, or {@code null} without one
 * @param areas each focus area's figures
 * @param overdueActivities open activities past their due date or with a red light on the day: the
 * first {@link #LATE_SHOWN} unless all were asked for
 * @param overdueTotal how many activities are late in all
 * @param overdueActionItems agreed action items past their due date and not done on the day
 * @param mine the line pointing to the signed-in person's tasks, or {@code null} on an earlier day
 */
public record Dashboard(AgreementOverview overview, List<Requirement> requirements, boolean historic, List<Party> parties,
		Party party, Digest meetings, List<AreaFigures> areas, List<ActivityLine> overdueActivities, int overdueTotal,
		List<ActionLine> overdueActionItems, MyTasks mine) {

	/** How many late activities the page shows unless all are asked for. */
	static final int LATE_SHOWN = 10;

	/** How many of a focus area's activities changed since the last meeting the page lists unless all are asked for. */
	static final int CHANGED_SHOWN = 10;

	/** Whether some late activities are not shown. */
	public boolean moreLate() {
		return this.overdueTotal > this.overdueActivities.size();
	}

	public LocalDate day() {
		return this.overview.day();
	}

	/**
	 * The words beside the end date when no days are left to count, as a message key: the term had
	 * not started on the day, or it had ended.
	 */
	public String termNoteKey() {
		return switch (this.overview.status()) {
			case DRAFT, NOT_STARTED -> "dashboard.notStarted";
			default -> "dashboard.ended";
		};
	}

	/** The day of the last meeting held on or before the day, from which changes are counted. */
	public LocalDate since() {
		return (this.meetings != null && this.meetings.lastHeld() != null)
				? this.meetings.lastHeld().startsAt().toLocalDate() : null;
	}

	/** A party to the agreement, by its organisation. */
	public record Party(long id, String shortName) {

		/**
		 * Whether work led by the organisation ({@code null}: jointly) is this party's share: what
		 * it leads alone, and what the parties lead jointly.
		 */
		boolean shares(Long leadOrganisationId) {
			return leadOrganisationId == null || leadOrganisationId == this.id;
		}

	}

	/**
	 * An activity with the short name of its lead party ({@code null} when led jointly) and its
	 * responsible person's name.
	 */
	public record ActivityLine(Snapshot activity, String lead, String responsible) {
	}

	/** An action item with the short name of its owner's organisation, when known. */
	public record ActionLine(ActionRef item, String party) {
	}

	/**
	 * One focus area on the day (the share shown): how many activities (of them, led jointly) and
	 * commitments it counts, its activities by status and by light (open ones), its commitments
	 * without activity or without a status update in six months, and the activities registered,
	 * changed or reported since the last meeting held: the first {@link #CHANGED_SHOWN} of them
	 * unless all were asked for, how many in all, and the counts of what happened.
	 */
	public record AreaFigures(FocusAreaView area, int activities, int jointActivities, int commitments, BarChart byStatus,
			BarChart byLight,
			List<CommitmentRef> withoutActivity, List<CommitmentRef> withoutUpdate, List<ActivityLine> changed,
			int changedTotal, int created, int statusChanges, int updates) {

		/** Whether some of the activities changed since the last meeting are not listed. */
		public boolean moreChanged() {
			return this.changedTotal > this.changed.size();
		}

	}

	/** A commitment with its number under its focus area ({@code A3}). */
	public record CommitmentRef(String number, CommitmentView commitment) {

		/** Whether the parties lead it jointly. */
		public boolean joint() {
			return this.commitment.leadOrganisationId() == null;
		}

	}

	/**
	 * What the dashboard says of the signed-in person's tasks, which are listed on "Mine oppgaver":
	 * the minutes that wait for their party's approval.
	 */
	public record MyTasks(List<MeetingRef> approvals) {
	}

}
