package no.avtaleportal.account;

import java.time.Duration;

import org.springframework.security.authentication.LockedException;

/**
 * Sign-in refused because of too many recent failures (see {@link LoginThrottle}). A kind of
 * {@link LockedException}, so that the refusal is published as a failed sign-in and lands in the
 * security log.
 */
class LoginThrottledException extends LockedException {

	private final Duration wait;

	LoginThrottledException(Duration wait) {
		super("Too many failed sign-ins; try again in " + wait);
		this.wait = wait;
	}

	/** How long to wait before the next attempt, in whole minutes (at least 1). */
	long minutesToWait() {
		return Math.max(1, (this.wait.toSeconds() + 59) / 60);
	}

}
