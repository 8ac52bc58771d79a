package no.avtaleportal.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;

/**
 * Refuses a sign-in before its password is checked when the throttle says so ({@link LoginThrottle}).
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final LoginThrottle throttle;

	private final AuthenticationProvider delegate;

	ThrottledAuthenticationProvider(LoginThrottle throttle, AuthenticationProvider delegate) {
		this.throttle = throttle;
		this.delegate = delegate;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		this.throttle.refusal(authentication.getName(), LoginThrottle.clientOf(authentication)).ifPresent(wait -> {
			throw new LoginThrottledException(wait);
		});
		return this.delegate.authenticate(authentication);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.delegate.supports(authentication);
	}

}
