package no.avtaleportal.web;

import org.springframework.stereotype.Component;
import org.webjars.WebJarVersionLocator;

/**
 * Versioned WebJar URLs, found by webjars-locator-lite, so that pages link straight to the
 * versioned file and no request pays for a class-path search.
 */
@Component
class WebJars {

	private final WebJarVersionLocator locator = new WebJarVersionLocator();

	String url(String webJar, String file) {
		String path = this.locator.path(webJar, file);
		if (path == null) {
			throw new IllegalArgumentException("No WebJar file " + webJar + "/" + file);
		}
		return "/webjars/" + path;
	}

}
