package no.avtaleportal.web;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A request's path as it may be written to the log: the secrets some addresses carry (calendar
 * feed tokens, invitation links) are left out.
 */
final class LoggedPaths {

	private static final Pattern TOKEN = Pattern.compile("(/calendar/feed/|/invitations/)[^/]+?(\\.ics)?(?=/|$)");

	private LoggedPaths() {
	}

	static String of(HttpServletRequest request) {
		return TOKEN.matcher(request.getRequestURI()).replaceAll("$1{token}$2");
	}

}
