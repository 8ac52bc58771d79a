package no.avtaleportal.support;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;

/**
 * axe-core, the same {@code axe.min.js} that {@link AxeBuilder} brings, run on a page's document.
 * {@code AxeBuilder.analyze()} reads the 560 KB script from its jar and evaluates it in the page on
 * every call, then opens a blank page in a new browser context, evaluates the script there as
 * well and merges the results in it ({@code runPartial}/{@code finishRun}, made for cross-origin
 * frames). The portal's pages have no frames, so this runs {@code axe.run} on the document with the
 * same rules, having put the script into the document once: the checks at 1280 and at 320 px share
 * it. A page with frames still goes through {@code AxeBuilder}. Unlike {@code AxeBuilder}, which
 * answers an error inside axe with no violations, an error here fails the test.
 */
final class Axe {

	private static final String SOURCE = AxeBuilder.getAxeScript()
			+ ";axe.configure({allowedOrigins: ['<same_origin>'], branding: {application: 'PlaywrightJava'}});";

	private static final ObjectMapper JSON = new ObjectMapper();

	/**
	 * Rules this axe (4.11, the newest {@code axe-core/playwright} on Maven Central) still calls
	 * experimental and leaves out, that later versions (4.14 on npm) run with the WCAG tags: WCAG
	 * 2.5.3, Label in Name (level A), a control's visible text in its accessible name.
	 */
	private static final List<String> LATER_RULES = List.of("label-content-name-mismatch");

	private Axe() {
	}

	/**
	 * Puts axe into every document the page loads from now on, as it starts: the script crosses
	 * from the test to the browser once, where evaluating it in each document took 0.2-0.3 s, nearly
	 * all of it the passage of 560 KB through Playwright (a navigation with it costs 0-30 ms more).
	 * Meant for a page in which every document is checked.
	 */
	static void addTo(Page page) {
		page.addInitScript(SOURCE);
	}

	/** The rules of the given tags, and those of {@link #LATER_RULES}. */
	static AxeRunOptions options(List<String> tags) {
		AxeRunOnlyOptions runOnly = new AxeRunOnlyOptions();
		runOnly.setType("tag");
		runOnly.setValues(tags);
		AxeRuleOptions enabled = new AxeRuleOptions();
		enabled.setEnabled(true);
		AxeRunOptions options = new AxeRunOptions();
		options.setRunOnly(runOnly);
		options.setRules(LATER_RULES.stream().collect(Collectors.toMap(Function.identity(), rule -> enabled)));
		return options;
	}

	/** What axe finds in the page's document now, with the rules of {@link #options}. */
	static AxeResults analyze(Page page, List<String> tags) {
		if (page.frames().size() > 1) {
			return new AxeBuilder(page).options(options(tags)).analyze();
		}
		if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe?.run === 'function'"))) {
			page.evaluate(SOURCE);
		}
		// only the violations in full: axe then gives each other result (the passes, the incomplete) one
		// node instead of every node it looked at with its selector (20-45 % of a run on the portal's
		// pages), and only the violations cross to Java
		Object results = page.evaluate("""
				([tags, later]) => axe.run(document, {runOnly: {type: 'tag', values: tags},
				      rules: Object.fromEntries(later.map(rule => [rule, {enabled: true}])), resultTypes: ['violations']})
				    .then(results => JSON.parse(JSON.stringify({violations: results.violations})))""",
				List.of(tags, LATER_RULES));
		return JSON.convertValue(results, AxeResults.class);
	}

}
