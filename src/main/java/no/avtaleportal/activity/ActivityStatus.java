package no.avtaleportal.activity;

import java.util.List;
import java.util.Locale;

import org.springframework.modulith.NamedInterface;

import no.avtaleportal.web.Badge;

/**
 * Where an activity stands, and where it may go from there (the one home of the activity's state
 * machine; {@link Activity#moveTo} follows it, the activity page offers it). Labels are message
 * keys {@code ActivityStatus.<NAME>}.
 */
@NamedInterface("api")
public enum ActivityStatus implements Badge {

	PLANNED, IN_PROGRESS, COMPLETED, ON_HOLD, CANCELLED;

	private final String style = "activity-status-" + name().toLowerCase(Locale.ROOT);

	@Override
	public String style() {
		return this.style;
	}

	/** Completed and cancelled activities are closed: no longer due, no longer late. */
	public boolean isClosed() {
		return this == COMPLETED || this == CANCELLED;
	}

	/**
	 * The statuses an activity may move to from this one: work starts, pauses and resumes, and
	 * ends (completed or cancelled) from any open status; a closed activity can only be taken up
	 * again. Nothing goes back to planned.
	 */
	public List<ActivityStatus> targets() {
		return switch (this) {
			case PLANNED -> List.of(IN_PROGRESS, ON_HOLD, COMPLETED, CANCELLED);
			case IN_PROGRESS -> List.of(ON_HOLD, COMPLETED, CANCELLED);
			case ON_HOLD -> List.of(IN_PROGRESS, COMPLETED, CANCELLED);
			case COMPLETED, CANCELLED -> List.of(IN_PROGRESS);
		};
	}

	/** Whether an activity may move from this status to the other. */
	public boolean mayMoveTo(ActivityStatus target) {
		return targets().contains(target);
	}

	/** The message key of the refusal to move from this status to the target. */
	String refusalOf(ActivityStatus target) {
		return switch (target) {
			case PLANNED -> "activity.error.cannotPlan";
			case IN_PROGRESS -> isClosed() ? "activity.error.cannotReopen" : "activity.error.cannotStart";
			case ON_HOLD -> "activity.error.cannotHold";
			case COMPLETED -> "activity.error.cannotComplete";
			case CANCELLED -> "activity.error.cannotCancel";
		};
	}

}
