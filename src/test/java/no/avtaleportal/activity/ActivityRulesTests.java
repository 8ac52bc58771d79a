package no.avtaleportal.activity;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The activity's rules where they live, without Spring: the state machine of
 * {@link ActivityStatus}, the one {@link Activity#moveTo}, the dates' rule, and the status history
 * the activity records itself.
 */
class ActivityRulesTests {

	private static final LocalDate TODAY = LocalDate.of(2025, 3, 10);

	private static Activity activity() {
		Activity activity = new Activity("Kartlegging", 1, 2);
		activity.describe("Kartlegging", "", 1, null, null, 2, List.of(), LocalDate.of(2024, 1, 1),
				LocalDate.of(2025, 12, 31), "", "");
		return activity;
	}

	@Test
	void eachStatusNamesWhereItMayGo() {
		assertThat(ActivityStatus.PLANNED.targets()).containsExactly(ActivityStatus.IN_PROGRESS, ActivityStatus.ON_HOLD,
				ActivityStatus.COMPLETED, ActivityStatus.CANCELLED);
		assertThat(ActivityStatus.IN_PROGRESS.targets()).containsExactly(ActivityStatus.ON_HOLD, ActivityStatus.COMPLETED,
				ActivityStatus.CANCELLED);
		assertThat(ActivityStatus.ON_HOLD.targets()).containsExactly(ActivityStatus.IN_PROGRESS, ActivityStatus.COMPLETED,
				ActivityStatus.CANCELLED);
		assertThat(ActivityStatus.COMPLETED.targets()).containsExactly(ActivityStatus.IN_PROGRESS);
		assertThat(ActivityStatus.CANCELLED.targets()).containsExactly(ActivityStatus.IN_PROGRESS);
		for (ActivityStatus status : ActivityStatus.values()) {
			assertThat(status.mayMoveTo(ActivityStatus.PLANNED)).as("back to planned from %s", status).isFalse();
			assertThat(status.mayMoveTo(status)).as("from %s to itself", status).isFalse();
		}
	}

	@Test
	void moveToFollowsTheTableAndRefusesWithTheMessageOfTheTarget() {
		Activity activity = activity();
		assertThatThrownBy(() -> activity.moveTo(ActivityStatus.PLANNED, null, null, TODAY))
			.isInstanceOfSatisfying(ActivityRuleException.class,
					ex -> assertThat(ex.getMessageKey()).isEqualTo("activity.error.cannotPlan"));
		activity.moveTo(ActivityStatus.IN_PROGRESS, null, null, TODAY);
		assertThatThrownBy(() -> activity.moveTo(ActivityStatus.IN_PROGRESS, null, null, TODAY))
			.isInstanceOfSatisfying(ActivityRuleException.class,
					ex -> assertThat(ex.getMessageKey()).isEqualTo("activity.error.cannotStart"));
		activity.moveTo(ActivityStatus.CANCELLED, null, " Erstattet ", TODAY);
		assertThat(activity.getCancelReason()).isEqualTo("Erstattet");
		activity.moveTo(ActivityStatus.IN_PROGRESS, null, null, TODAY);
		assertThat(activity.getCancelReason()).isNull();
		assertThat(activity.getStatus()).isEqualTo(ActivityStatus.IN_PROGRESS);
	}

	@Test
	void theActivityRecordsEachChangeOfStatusWithTheDayItTookEffect() {
		Activity activity = activity();
		activity.moveTo(ActivityStatus.IN_PROGRESS, LocalDate.of(2024, 1, 1), null, TODAY);
		activity.moveTo(ActivityStatus.COMPLETED, LocalDate.of(2025, 3, 1), null, TODAY);
		assertThat(activity.statusChanges()).extracting(Activity.StatusChanged::status, Activity.StatusChanged::on)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ActivityStatus.IN_PROGRESS, LocalDate.of(2024, 1, 1)),
					org.assertj.core.groups.Tuple.tuple(ActivityStatus.COMPLETED, LocalDate.of(2025, 3, 1)));
		activity.statusChangesRecorded();
		assertThat(activity.statusChanges()).isEmpty();
		assertThatThrownBy(() -> activity.moveTo(ActivityStatus.CANCELLED, null, "Nei", TODAY))
			.isInstanceOf(ActivityRuleException.class);
		assertThat(activity.statusChanges()).as("a refused change is not recorded").isEmpty();
	}

	@Test
	void anActivityIsNotDueBeforeItStarts() {
		Activity.checkDates(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1));
		Activity.checkDates(null, LocalDate.of(2025, 1, 1));
		assertThatThrownBy(() -> Activity.checkDates(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 1)))
			.isInstanceOfSatisfying(ActivityRuleException.class, ex -> {
				assertThat(ex.getField()).isEqualTo("dueDate");
				assertThat(ex.getMessageKey()).isEqualTo("activity.error.dueBeforeStart");
			});
		assertThatThrownBy(() -> activity().describe("Kartlegging", "", 1, null, null, 2, List.of(),
				LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 1), "", ""))
			.isInstanceOf(ActivityRuleException.class);
	}

}
