package no.avtaleportal.account;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Sends a failed sign-in back to the login page with the username kept and one message for a
 * wrong password and an unknown user alike; a throttled username gets its own message.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

	static final String USERNAME = "username";

	static final String REASON = "loginError";

	static final String WAIT = "loginWait";

	private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		FlashMap flash = new FlashMap();
		flash.put(USERNAME, request.getParameter(USERNAME));
		flash.put(REASON, (exception instanceof LoginThrottledException) ? "throttled" : "bad-credentials");
		if (exception instanceof LoginThrottledException throttled) {
			flash.put(WAIT, throttled.minutesToWait());
		}
		flash.setTargetRequestPath(request.getContextPath() + "/login");
		this.flashMaps.saveOutputFlashMap(flash, request, response);
		response.sendRedirect(request.getContextPath() + "/login?error");
	}

}
