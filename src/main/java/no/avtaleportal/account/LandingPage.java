package no.avtaleportal.account;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * Where a sign-in (with a password or with Feide/Entra ID) lands: the page the user asked for
 * before signing in, if any; else everyone's own tasks ("Mine oppgaver", served by the tasks
 * module).
 */
final class LandingPage extends SavedRequestAwareAuthenticationSuccessHandler {

	/** Everyone's front door. */
	static final String LANDING = "/tasks";

	private final RequestCache requests = new HttpSessionRequestCache();

	LandingPage() {
		setRequestCache(this.requests);
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, jakarta.servlet.ServletException {
		SavedRequest saved = this.requests.getRequest(request, response);
		if (saved == null || isStartPage(saved, request)) {
			this.requests.removeRequest(request, response);
			clearAuthenticationAttributes(request);
			getRedirectStrategy().sendRedirect(request, response, LANDING);
			return;
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

	/** A request for the start page is no particular wish: the landing page serves it better. */
	private static boolean isStartPage(SavedRequest saved, HttpServletRequest request) {
		String path = URI.create(saved.getRedirectUrl()).getPath();
		return path == null || path.isEmpty() || path.equals(request.getContextPath() + "/");
	}

}
