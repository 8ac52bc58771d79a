package no.avtaleportal.activity;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of an activity's status and status updates.
 */
class ActivityStatusTests {

	private static final LocalDate TODAY = LocalDate.of(2025, 3, 10);

	private static Activity activity() {
		Activity activity = new Activity("Kartlegging", 1, 2);
		activity.describe("Kartlegging", "", 1, null, null, 2, List.of(), LocalDate.of(2024, 1, 1),
				LocalDate.of(2025, 12, 31), "", "");
		return activity;
	}

	private static String ruleOf(Runnable change) {
		try {
			change.run();
		}
		catch (ActivityRuleException ex) {
			return ex.getMessageKey();
		}
		return null;
	}

	@Test
	void anActivityStartsPlannedAndGoesThroughItsStates() {
		Activity activity = activity();
		assertThat(activity.getStatus()).isEqualTo(ActivityStatus.PLANNED);
		activity.start();
		assertThat(activity.getStatus()).isEqualTo(ActivityStatus.IN_PROGRESS);
		activity.putOnHold();
		assertThat(activity.getStatus()).isEqualTo(ActivityStatus.ON_HOLD);
		activity.start();
		activity.complete(TODAY, TODAY);
		assertThat(activity.getStatus()).isEqualTo(ActivityStatus.COMPLETED);
		assertThat(activity.getCompletedOn()).isEqualTo(TODAY);
		activity.reopen();
		assertThat(activity.getStatus()).isEqualTo(ActivityStatus.IN_PROGRESS);
		assertThat(activity.getCompletedOn()).isNull();
	}

	@Test
	void aCompletedActivityNeedsACompletionDateThatIsNotInTheFutureNorBeforeTheStart() {
		Activity activity = activity();
		assertThat(ruleOf(() -> activity.complete(null, TODAY))).isEqualTo("activity.error.completedOnRequired");
		assertThat(ruleOf(() -> activity.complete(TODAY.plusDays(1), TODAY))).isEqualTo("activity.error.completedInFuture");
		assertThat(ruleOf(() -> activity.complete(LocalDate.of(2023, 12, 31), TODAY)))
			.isEqualTo("activity.error.completedBeforeStart");
		assertThat(activity.getStatus()).isEqualTo(ActivityStatus.PLANNED);
	}

	@Test
	void aCancelledActivityNeedsAReason() {
		Activity activity = activity();
		assertThat(ruleOf(() -> activity.cancel("  "))).isEqualTo("activity.error.reasonRequired");
		assertThat(activity.getStatus()).isEqualTo(ActivityStatus.PLANNED);
		activity.cancel("Erstattet av en felles undersøkelse");
		assertThat(activity.getStatus()).isEqualTo(ActivityStatus.CANCELLED);
		assertThat(activity.getCancelReason()).isEqualTo("Erstattet av en felles undersøkelse");
	}

	@Test
	void aClosedActivityCannotBeClosedAgainNorPaused() {
		Activity activity = activity();
		activity.cancel("Ikke aktuelt");
		assertThat(ruleOf(() -> activity.complete(TODAY, TODAY))).isEqualTo("activity.error.cannotComplete");
		assertThat(ruleOf(activity::putOnHold)).isEqualTo("activity.error.cannotHold");
		assertThat(ruleOf(activity::start)).isEqualTo("activity.error.cannotStart");
		Activity open = activity();
		assertThat(ruleOf(open::reopen)).isEqualTo("activity.error.cannotReopen");
	}

	@Test
	void theLatestStatusUpdateGivesTheCurrentLight() {
		Activity activity = activity();
		assertThat(activity.getCurrentLight()).isNull();
		activity.report(LocalDate.of(2025, 2, 1), TODAY, null, "Kari", Light.YELLOW, "Forsinket oppstart.");
		activity.report(LocalDate.of(2025, 3, 1), TODAY, null, "Kari", Light.GREEN, "I rute.");
		activity.report(LocalDate.of(2025, 1, 1), TODAY, null, "Kari", Light.RED, "Etterregistrert.");
		assertThat(activity.getCurrentLight()).isEqualTo(Light.GREEN);
		assertThat(activity.getLastUpdateOn()).isEqualTo(LocalDate.of(2025, 3, 1));
		assertThat(ruleOf(() -> activity.report(TODAY.plusDays(1), TODAY, null, "Kari", Light.RED, "Fremtid")))
			.isEqualTo("activity.error.updateInFuture");
	}

	@Test
	void anActivityIsOverdueWhenOpenAndPastItsDueDate() {
		Activity activity = activity();
		assertThat(activity.isOverdueOn(LocalDate.of(2026, 1, 1))).isTrue();
		assertThat(activity.isOverdueOn(LocalDate.of(2025, 12, 31))).isFalse();
		activity.cancel("Ikke aktuelt");
		assertThat(activity.isOverdueOn(LocalDate.of(2026, 1, 1))).isFalse();
	}

}
