package no.avtaleportal.web;

import org.springframework.ui.ModelMap;

/**
 * What a module adds to the model of every page shown to the user, such as the header's count of
 * unread notices: {@link ReadOnlyPages} calls each contribution once per request after the
 * controller returned a template to render, in the page's read-only transaction for a GET, so that
 * the page and its header read in one. Never for a redirect, a forward, a file (PDF, CSV,
 * calendar), JSON or an error page.
 */
public interface PageModelContribution {

	/** Adds what this module shows on every page to {@code model} (the page's model). */
	void addTo(ModelMap model);

}
