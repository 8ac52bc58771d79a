package no.avtaleportal.support;

import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Axe} finds what {@link AxeBuilder} finds with the same rules ({@link Axe#options}), in a
 * page with violations, also when it runs twice in the same document (as at 1280 and at 320 px).
 * No Spring context: only the browser.
 */
class AxeTests {

	private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	@Test
	void findsTheViolationsAxeBuilderFinds() {
		try (BrowserContext context = BrowserTest.browser().newContext()) {
			Page page = context.newPage();
			page.setContent("""
					<!DOCTYPE html>
					<html><head><title>Sak</title></head>
					<body><main><h1>Sak</h1><img src="data:,"><button></button>
					<p style="color:#aaa;background:#fff">Svak kontrast</p>
					<a href="/rapport.pdf" aria-label="Last ned rapporten">rapport.pdf</a></main></body></html>""");
			List<String> expected = ids(new AxeBuilder(page).options(Axe.options(TAGS)).analyze());
			assertThat(expected).contains("html-has-lang", "image-alt", "button-name", "color-contrast",
					"label-content-name-mismatch");
			assertThat(ids(Axe.analyze(page, TAGS))).isEqualTo(expected);
			page.setViewportSize(320, 800);
			assertThat(ids(Axe.analyze(page, TAGS))).isEqualTo(expected);
		}
	}

	private static List<String> ids(AxeResults results) {
		assertThat(results.getErrorMessage()).isNull();
		return results.getViolations().stream().map(Rule::getId).sorted().toList();
	}

}
