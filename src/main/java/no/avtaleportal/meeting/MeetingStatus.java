package no.avtaleportal.meeting;

import no.avtaleportal.web.Badge;

/**
 * Whether a meeting is still ahead, was held or was called off. Labels: {@code MeetingStatus.<NAME>}.
 */
public enum MeetingStatus implements Badge {

	PLANNED, HELD, CANCELLED;

	@Override
	public String style() {
		return switch (this) {
			case PLANNED -> "status-neutral";
			case HELD -> "status-ok";
			case CANCELLED -> "status-warning";
		};
	}

}
