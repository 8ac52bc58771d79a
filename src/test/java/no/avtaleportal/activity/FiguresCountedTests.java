package no.avtaleportal.activity;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.avtaleportal.activity.ActivityHistory.CommitmentCount;
import no.avtaleportal.activity.ActivityHistory.Count;
import no.avtaleportal.activity.ActivityHistory.Figures;
import no.avtaleportal.activity.ActivityHistory.Snapshot;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the dashboard's figures count and list of the activities as they stood on a day: PostgreSQL
 * reads the activities, the portal counts them by focus area, status and light and by commitment,
 * and picks the first late ones and per focus area the first changed ones, in the order of their
 * due dates.
 */
class FiguresCountedTests {

	private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

	private static final long A = 1;

	private static final long B = 2;

	@Test
	void countsByFocusAreaStatusAndLightAndByCommitment() {
		List<Snapshot> shown = List.of(
				activity(1, A, 10L, null, ActivityStatus.IN_PROGRESS, Light.RED, null, false, 0, 2),
				activity(2, A, 10L, 7L, ActivityStatus.IN_PROGRESS, Light.RED, DAY.plusDays(5), true, 1, 0),
				activity(3, A, null, null, ActivityStatus.COMPLETED, Light.RED, DAY.minusDays(5), false, 0, 0),
				activity(4, B, 11L, null, ActivityStatus.IN_PROGRESS, Light.RED, null, false, 0, 0));

		Figures figures = Figures.of(shown, DAY, DAY.minusMonths(6), 10, 10);

		assertThat(figures.counts()).containsExactlyInAnyOrder(
				new Count(A, ActivityStatus.IN_PROGRESS, Light.RED, 2, 1, 2, 2, 1, 1, 2),
				new Count(A, ActivityStatus.COMPLETED, Light.RED, 1, 1, 0, 0, 0, 0, 0),
				new Count(B, ActivityStatus.IN_PROGRESS, Light.RED, 1, 1, 1, 0, 0, 0, 0));
		assertThat(figures.lateTotal()).isEqualTo(3);
		// activity 2's latest update is within the half-year, activity 1 has none
		assertThat(figures.commitments()).containsExactlyInAnyOrder(new CommitmentCount(A, 10, 2, true),
				new CommitmentCount(B, 11, 1, false));
	}

	@Test
	void listsTheFirstLateOnesAndPerFocusAreaTheFirstChangedOnesAsGiven() {
		List<Snapshot> shown = List.of(
				activity(1, A, null, null, ActivityStatus.IN_PROGRESS, null, DAY.minusDays(3), false, 1, 0),
				activity(2, B, null, null, ActivityStatus.PLANNED, Light.RED, DAY.minusDays(2), false, 0, 1),
				activity(3, A, null, null, ActivityStatus.IN_PROGRESS, Light.GREEN, DAY.minusDays(1), true, 0, 0),
				activity(4, A, null, null, ActivityStatus.CANCELLED, Light.RED, DAY.minusDays(1), false, 0, 3),
				activity(5, A, null, null, ActivityStatus.IN_PROGRESS, Light.GREEN, DAY, false, 0, 0));

		Figures figures = Figures.of(shown, DAY, DAY.minusMonths(6), 2, 1);

		// late: open, and past the due date or red; a cancelled one is not late
		assertThat(figures.late()).extracting(Snapshot::id).containsExactly(1L, 2L);
		assertThat(figures.lateTotal()).isEqualTo(3);
		// changed: one per focus area, the first in the order given
		assertThat(figures.changed()).extracting(Snapshot::id).containsExactly(1L, 2L);
	}

	private static Snapshot activity(long id, long area, Long commitment, Long lead, ActivityStatus status,
			Light light, LocalDate dueDate, boolean createdSince, int statusChanges, int updates) {
		LocalDate lastUpdate = (id == 2) ? DAY.minusDays(10) : null;
		return new Snapshot(id, "Aktivitet " + id, area, commitment, lead, 100, status, light, lastUpdate, dueDate,
				false, createdSince, statusChanges, updates);
	}

}
