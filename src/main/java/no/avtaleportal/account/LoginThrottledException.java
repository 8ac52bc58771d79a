package no.avtaleportal.account;

import org.springframework.security.core.AuthenticationException;

/**
 * Sign-in refused because of too many recent failures for the username.
 */
class LoginThrottledException extends AuthenticationException {

	LoginThrottledException() {
		super("Too many failed sign-ins for this username; try again later");
	}

}
