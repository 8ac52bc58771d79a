package no.avtaleportal.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;

import no.avtaleportal.activity.ActivityStatus;
import no.avtaleportal.activity.Light;

/**
 * What the portal compiles for the evaluation: for the period under review, per focus area and
 * commitment the activities with their status history and deliverables, the steering group's
 * meetings, attendance, decisions and action items, and the documents shared. Kept as JSON once
 * the evaluation is treated, so that later changes never rewrite it.
 *
 * @param from the first day of the period
 * @param to the last day of the period
 * @param compiledOn the day it was compiled
 */
public record Dossier(LocalDate from, LocalDate to, LocalDate compiledOn, List<Area> areas, Group group,
		List<SharedDocument> documents) {

	/** How many activities it holds, in every focus area. */
	public int activityCount() {
		return this.areas.stream().mapToInt(Area::activityCount).sum();
	}

	/** A focus area: its commitments with their activities, and activities under no commitment. */
	public record Area(long id, String code, String title, List<CommitmentPart> commitments,
			List<ActivityLine> otherActivities) {

		/** Its activities in the dossier's order: each commitment's, then those under none. */
		public List<ActivityLine> activities() {
			List<ActivityLine> activities = new ArrayList<>();
			this.commitments.forEach(commitment -> activities.addAll(commitment.activities()));
			activities.addAll(this.otherActivities);
			return activities;
		}

		public int activityCount() {
			return this.otherActivities.size()
					+ this.commitments.stream().mapToInt(commitment -> commitment.activities().size()).sum();
		}

		/** What the activities under no commitment come to. */
		public Tally otherTally() {
			return Tally.of(this.otherActivities);
		}

	}

	/** A commitment ("A1") and its activities. */
	public record CommitmentPart(String number, String text, List<ActivityLine> activities) {

		/** What its activities come to. */
		public Tally tally() {
			return Tally.of(this.activities);
		}

	}

	/**
	 * An activity: its status and light now, deliverables, and the status updates of the period.
	 * @param updateCount how many status updates were written in the period
	 * @param updates those updates, oldest first; none where the dossier only counts them (the
	 * evaluation's page, {@link DossierCompiler#counted})
	 */
	public record ActivityLine(long id, String title, ActivityStatus status, Light light, LocalDate dueDate,
			int deliverables, int deliverablesDone, int updateCount, List<UpdateLine> updates) {

		/** Read from a kept dossier's JSON: one frozen before the count was kept has the updates alone. */
		@JsonCreator
		static ActivityLine fromJson(long id, String title, ActivityStatus status, Light light, LocalDate dueDate,
				int deliverables, int deliverablesDone, Integer updateCount, List<UpdateLine> updates) {
			return new ActivityLine(id, title, status, light, dueDate, deliverables, deliverablesDone,
					(updateCount != null) ? updateCount : updates.size(), updates);
		}

		/** The same activity with these status updates (counted as before). */
		ActivityLine withUpdates(List<UpdateLine> updates) {
			return new ActivityLine(this.id, this.title, this.status, this.light, this.dueDate, this.deliverables,
					this.deliverablesDone, this.updateCount, updates);
		}

	}

	/**
	 * What a list of activities comes to: how many, how many completed and how many of each light (as
	 * the dossier has them: today's, or the day's it was frozen on), deliverables delivered of all, and
	 * status updates written in the period.
	 */
	public record Tally(int activities, int completed, int green, int yellow, int red, int deliverables,
			int deliverablesDone, int updates) {

		static Tally of(List<ActivityLine> lines) {
			int completed = 0;
			int[] lights = new int[Light.values().length];
			int deliverables = 0;
			int deliverablesDone = 0;
			int updates = 0;
			for (ActivityLine line : lines) {
				completed += (line.status() == ActivityStatus.COMPLETED) ? 1 : 0;
				if (line.light() != null) {
					lights[line.light().ordinal()]++;
				}
				deliverables += line.deliverables();
				deliverablesDone += line.deliverablesDone();
				updates += line.updateCount();
			}
			return new Tally(lines.size(), completed, lights[Light.GREEN.ordinal()], lights[Light.YELLOW.ordinal()],
					lights[Light.RED.ordinal()], deliverables, deliverablesDone, updates);
		}

	}

	/** A status update. */
	public record UpdateLine(LocalDate writtenOn, Light light, String text) {
	}

	/**
	 * The steering group's record: meetings held per year against the minimum, members present of
	 * members invited, the decisions, and the action items agreed, done and overdue.
	 */
	public record Group(int minimumPerYear, List<YearLine> years, int memberSeats, int membersPresent,
			List<DecisionLine> decisions, int actionItems, int actionItemsDone, int actionItemsOverdue) {

		/** Members present, in per cent of members invited (0 without meetings). */
		public int attendancePercent() {
			return percent(this.membersPresent, this.memberSeats);
		}

		public int actionItemsDonePercent() {
			return percent(this.actionItemsDone, this.actionItems);
		}

		public int actionItemsOverduePercent() {
			return percent(this.actionItemsOverdue, this.actionItems);
		}

		private static int percent(int part, int whole) {
			return (whole == 0) ? 0 : Math.round(100f * part / whole);
		}

	}

	/**
	 * Meetings held in a year of the period against the minimum; a year the period covers only in
	 * part ({@code wholeYear} false) is judged for that part, against the yearly minimum in
	 * proportion to it.
	 */
	public record YearLine(int year, int held, int minimum, boolean wholeYear) {

		public boolean isShort() {
			return this.held < this.minimum;
		}

		/** The year as a message argument ("2023"). */
		public String yearText() {
			return no.avtaleportal.web.Formats.year(this.year);
		}

	}

	/** A numbered decision. */
	public record DecisionLine(String number, LocalDate day, String text) {
	}

	/** A document shared under the agreement. */
	public record SharedDocument(String title, LocalDate date, String focusAreaCode) {
	}

}
