package no.avtaleportal.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The names under which pages link to the portal's own static files: with a hash of the content
 * in them ({@code /css/portal-<md5>.css}, configured in application.yml), so that a browser may
 * keep them for a year and still gets a changed file at once. Each name is worked out once, on
 * first use, not on every page.
 */
@Component
class StaticFiles {

	private final ResourceUrlProvider resourceUrls;

	private final Map<String, String> urls = new ConcurrentHashMap<>();

	StaticFiles(ResourceUrlProvider resourceUrls) {
		this.resourceUrls = resourceUrls;
	}

	/**
	 * The hashed name of a file under {@code src/main/resources/static}, such as
	 * {@code /css/portal.css}.
	 */
	String url(String path) {
		String url = this.urls.get(path);
		if (url != null) {
			return url;
		}
		if (!isReady()) {
			// a request while the portal starts: the server takes requests before the context has
			// finished refreshing, when the resource handlers become known; the plain name is served too
			return path;
		}
		url = this.resourceUrls.getForLookupPath(path);
		if (url == null) {
			throw new IllegalArgumentException("No static file " + path);
		}
		this.urls.put(path, url);
		return url;
	}

	/** Whether the hashed names are known (not yet while the portal starts). */
	boolean isReady() {
		return !this.resourceUrls.getHandlerMap().isEmpty();
	}

}
