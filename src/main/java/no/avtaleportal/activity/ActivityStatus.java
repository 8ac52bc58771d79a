package no.avtaleportal.activity;

import org.springframework.modulith.NamedInterface;

/**
 * Where an activity stands. Labels are message keys {@code ActivityStatus.<NAME>}.
 */
@NamedInterface("api")
public enum ActivityStatus {

	PLANNED, IN_PROGRESS, COMPLETED, ON_HOLD, CANCELLED;

	/** Completed and cancelled activities are closed: no longer due, no longer late. */
	public boolean isClosed() {
		return this == COMPLETED || this == CANCELLED;
	}

}
