package no.avtaleportal.account;

import org.springframework.security.authentication.LockedException;

/**
 * Sign-in refused because of too many recent failures for the username. A kind of
 * {@link LockedException}, so that the refusal is published as a failed sign-in and lands in the
 * security log.
 */
class LoginThrottledException extends LockedException {

	LoginThrottledException() {
		super("Too many failed sign-ins for this username; try again later");
	}

}
