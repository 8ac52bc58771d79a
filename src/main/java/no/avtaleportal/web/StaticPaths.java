package no.avtaleportal.web;

import java.util.Arrays;

import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Where the static files are: style sheets, images, WebJars and the favicon. Anyone may have
 * them, and serving one needs no session: the security rules, the session lifetime check and
 * the flash attributes leave these paths alone, so that a static file never goes to the session
 * store.
 */
public final class StaticPaths {

	/** The path patterns of the static files. */
	public static final String[] PATTERNS = { "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico" };

	private static final RequestMatcher MATCHER = new OrRequestMatcher(Arrays.stream(PATTERNS)
		.<RequestMatcher>map(PathPatternRequestMatcher.withDefaults()::matcher)
		.toList());

	private StaticPaths() {
	}

	/** A request for a static file. */
	public static RequestMatcher matcher() {
		return MATCHER;
	}

}
