package no.avtaleportal.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.ui.ModelMap;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

import no.avtaleportal.database.DemoMode;

/**
 * What the layout needs on every page, error pages included: its style sheets, whether the portal
 * runs in demo mode, whether the user has signed in (and is an administrator), where the user is,
 * and links that show the same page in each language. {@link ReadOnlyPages} adds it to the model of
 * every template a controller returns. It is not a {@code @ControllerAdvice} with
 * {@code @ModelAttribute} methods: Spring wraps each such method anew on every request and looks
 * its annotations up again by reflection, 2 % of a page's CPU (issue 15).
 */
@Component
class PageFrame {

	private final WebJars webJars;

	private final StaticFiles staticFiles;

	private final DemoMode demoMode;

	private volatile Assets assets;

	PageFrame(WebJars webJars, StaticFiles staticFiles, DemoMode demoMode) {
		this.webJars = webJars;
		this.staticFiles = staticFiles;
		this.demoMode = demoMode;
	}

	/** Adds what the layout needs to the model of the page the request shows. */
	void addTo(ModelMap model, HttpServletRequest request) {
		Locale locale = RequestContextUtils.getLocale(request);
		model.addAttribute("frame", frame());
		model.addAttribute("contentLang", contentLanguage(locale));
		// asked of the request once for the layout's menus (an access expression per menu item cost
		// a parse and an evaluation each)
		model.addAttribute("viewer", new Viewer(request.getUserPrincipal() != null, request.isUserInRole("ADMIN")));
		model.addAttribute("currentPath", originalPath(request).substring(request.getContextPath().length()));
		model.addAttribute("languageLinks", languageLinks(request, locale));
	}

	Assets frame() {
		Assets found = this.assets;
		if (found == null) {
			// on the first page: the hashed names are known once the static file handlers are (a page
			// served while the portal starts links to the plain names, and is not remembered)
			boolean ready = this.staticFiles.isReady();
			found = new Assets(this.webJars.url("bootstrap", "css/bootstrap.min.css"),
					this.webJars.url("bootstrap-icons", "font/bootstrap-icons.min.css"),
					this.staticFiles.url("/css/portal.css"), this.staticFiles.url("/images/favicon.svg"),
					this.demoMode.isEnabled());
			if (ready) {
				this.assets = found;
			}
		}
		return found;
	}

	/**
	 * The language of what the agreement and the users wrote, bokmål, for {@code th:lang} on that
	 * content when the page is in another language (WCAG 3.1.2); null, and so no attribute, on a
	 * bokmål page.
	 */
	static String contentLanguage(Locale locale) {
		return Language.NB.isCurrent(locale) ? null : Language.NB.code();
	}

	private static List<LanguageLink> languageLinks(HttpServletRequest request, Locale locale) {
		String query = (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) ? null
				: request.getQueryString();
		String current = originalPath(request) + ((query != null) ? "?" + query : "");
		return Arrays.stream(Language.values())
			.map(language -> new LanguageLink(language.code(), language.nativeName(),
					UriComponentsBuilder.fromUriString(current)
						.replaceQueryParam(WebConfiguration.LANGUAGE_PARAMETER, language.code())
						.build()
						.toUriString(),
					language.isCurrent(locale)))
			.toList();
	}

	private static String originalPath(HttpServletRequest request) {
		Object errorPath = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return (errorPath != null) ? errorPath.toString() : request.getRequestURI();
	}

	/**
	 * What the layout links to, found once, and whether to show the demo banner.
	 */
	public record Assets(String bootstrapCss, String iconsCss, String portalCss, String icon, boolean demo) {
	}

	/**
	 * Who looks at the page, as far as the layout shows it.
	 */
	public record Viewer(boolean signedIn, boolean admin) {
	}

	/**
	 * A link to the current page in one language.
	 */
	public record LanguageLink(String code, String name, String href, boolean current) {
	}

}
