package no.avtaleportal.search;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import no.avtaleportal.support.BrowserTest;
import no.avtaleportal.support.OfficeFiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Searching from the header as NHO's contributor, with the keyboard only: a report is found by a
 * word inside its PDF, the result opens the document's place in the library, and the results are
 * refined by focus area. axe checks each page.
 */
class SearchBrowserTests extends BrowserTest {

	@Test
	void searchFromTheHeaderFindsTheTextInsideAPdfAndRefinesByFocusArea() throws Exception {
		logIn("nho");
		String word = "Bærekraftsbarometeret" + System.nanoTime() % 100_000;
		// a report whose title says nothing of what is inside it
		this.page.navigate("/documents/new");
		this.page.getByLabel("Fil", new Page.GetByLabelOptions().setExact(true))
			.setInputFiles(new FilePayload("vedlegg.pdf", "application/pdf",
					OfficeFiles.pdf(word + " viser livslanglæring i bedriftene")));
		this.page.getByLabel("Tittel").fill("Vedlegg til styringsgruppen");
		// by name, not by position: other tests may have added agreements that nho also sees
		this.page.getByLabel("Avtale", new Page.GetByLabelOptions().setExact(true))
			.selectOption(new SelectOption().setLabel("Samarbeidsavtale mellom NTNU og NHO"));
		Locator area = this.page.getByLabel("Innsatsområde");
		area.selectOption(area.locator("option", new Locator.LocatorOptions().setHasText("Strategisk kunnskapsdeling"))
			.first()
			.getAttribute("value"));
		this.page.locator("main form button[type=submit]").click();
		this.page.waitForURL(Pattern.compile(".*/documents.*"));

		// keyboard only from here: Tab to the header's search link, Enter, type in the search page's field, Enter
		this.page.navigate("/");
		tabTo(".portal-search-link");
		this.page.keyboard().press("Enter");
		this.page.waitForURL(Pattern.compile(".*/search"));
		tabTo("#search-q");
		this.page.keyboard().type(word.toLowerCase());
		this.page.keyboard().press("Enter");
		this.page.waitForURL(Pattern.compile(".*/search\\?q=.*"));
		assertThat(this.page.locator("h1")).hasText("Søk");
		Locator result = this.page.locator(".search-result", new Page.LocatorOptions().setHasText("Vedlegg til styringsgruppen"));
		assertThat(result.locator(".search-excerpt mark").first()).hasText(word);
		assertAccessible();
		screenshot("search-results");

		// refine by focus area: Tab to the select, choose with the arrow keys, Tab to the button, Enter
		tabTo("#refine-focus-area");
		this.page.keyboard().press("ArrowDown");
		tabTo("section.search-refine button[type=submit]");
		this.page.keyboard().press("Enter");
		this.page.waitForURL(Pattern.compile(".*focusArea=\\d+.*"));
		assertThat(this.page.locator(".search-result")).not().hasCount(0);
		assertThat(this.page.getByText("Vis alle treff")).isVisible();
		assertAccessible();
		screenshot("search-refined");

		// open the result found in the PDF's text
		this.page.navigate(this.page.url().replaceFirst("&focusArea=\\d+", ""));
		tabTo(".search-result h2 a >> text=Vedlegg til styringsgruppen");
		this.page.keyboard().press("Enter");
		this.page.waitForURL(Pattern.compile(".*/documents\\?agreement=\\d+#document-\\d+"));
		String anchor = this.page.url().substring(this.page.url().indexOf('#'));
		assertThat(this.page.locator(anchor)).containsText("Vedlegg til styringsgruppen");
		assertAccessible();
	}

	/** Presses Tab until the element is focused (at most 60 times). */
	private void tabTo(String selector) {
		Locator target = this.page.locator(selector).first();
		for (int i = 0; i < 60; i++) {
			this.page.keyboard().press("Tab");
			if ((Boolean) target.evaluate("element => element === document.activeElement")) {
				return;
			}
		}
		throw new AssertionError("Tab never reached " + selector);
	}

}
