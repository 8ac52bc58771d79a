package no.avtaleportal.meeting;

import no.avtaleportal.web.Badge;

/**
 * How a decision is followed up. Until someone says so, a decision is to be followed up while it
 * has no action items, in progress while some are open, and done when all are.
 */
enum FollowUp implements Badge {

	TO_FOLLOW_UP, IN_PROGRESS, DONE, NOT_NEEDED;

	@Override
	public String style() {
		return "status-neutral";
	}

}
