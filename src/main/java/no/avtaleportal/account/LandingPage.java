package no.avtaleportal.account;

import java.io.IOException;
import java.net.URI;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * Where a sign-in (with a password or with Feide/Entra ID) lands: the page the user asked for
 * before signing in, if any; else the progress dashboard for the steering group's members and
 * secretary, and the start page for everyone else.
 */
final class LandingPage extends SavedRequestAwareAuthenticationSuccessHandler {

	/** The steering group's front door (the dashboard module serves it). */
	static final String STEERING_GROUP_LANDING = "/dashboard";

	private static final Set<String> STEERING_GROUP_AUTHORITIES = Set.of(Role.STEERING_GROUP.authority().getAuthority(),
			Role.SECRETARY.authority().getAuthority());

	private final RequestCache requests = new HttpSessionRequestCache();

	LandingPage() {
		setRequestCache(this.requests);
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, jakarta.servlet.ServletException {
		SavedRequest saved = this.requests.getRequest(request, response);
		if (isSteeringGroup(authentication) && (saved == null || isStartPage(saved, request))) {
			this.requests.removeRequest(request, response);
			clearAuthenticationAttributes(request);
			getRedirectStrategy().sendRedirect(request, response, STEERING_GROUP_LANDING);
			return;
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

	private static boolean isSteeringGroup(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(STEERING_GROUP_AUTHORITIES::contains);
	}

	/** A request for the start page is no particular wish: the landing page serves it better. */
	private static boolean isStartPage(SavedRequest saved, HttpServletRequest request) {
		String path = URI.create(saved.getRedirectUrl()).getPath();
		return path == null || path.isEmpty() || path.equals(request.getContextPath() + "/");
	}

}
