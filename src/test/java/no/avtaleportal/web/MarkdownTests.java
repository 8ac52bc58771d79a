package no.avtaleportal.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What people type is formatted, and nothing they type can run or restyle the page.
 */
class MarkdownTests {

	private final Markdown markdown = new Markdown();

	@Test
	void formatsEmphasisListsAndLinks() {
		String html = this.markdown.toSafeHtml("**Viktig**: se [rapporten](https://www.ntnu.no/rapport)\n\n- én\n- to");
		assertThat(html).contains("<strong>Viktig</strong>", "<li>én</li>", "<li>to</li>")
			.contains("href=\"https://www.ntnu.no/rapport\"")
			.contains("nofollow", "noopener", "noreferrer");
	}

	@Test
	void scriptsEventHandlersAndJavascriptLinksNeverSurvive() {
		String html = this.markdown.toSafeHtml("""
				<script>alert('x')</script>
				<img src=x onerror="alert(1)">
				<a href="https://evil.example" style="position:fixed">lenke</a>

				Se [klikk](javascript:alert(1)) og ![bilde](https://evil.example/x.png)
				""");
		assertThat(html).doesNotContain("<script", "<img", "onerror=\"", "href=\"javascript", "style=\"", "<a href=\"https://evil");
		assertThat(html).as("what was typed is still shown, as text").contains("&lt;script&gt;");
	}

	@Test
	void aTextShownAgainGivesTheSameHtmlAndAnEditedOneItsOwn() {
		String text = "Møtet ble **flyttet** til [NTNU](https://www.ntnu.no).";
		String first = this.markdown.toSafeHtml(text);
		assertThat(this.markdown.toSafeHtml(new String(text))).isEqualTo(first).contains("<strong>flyttet</strong>");
		assertThat(this.markdown.toSafeHtml(text.replace("**flyttet**", "*avlyst*")))
			.contains("<em>avlyst</em>")
			.doesNotContain("flyttet");
	}

	@Test
	void emptyTextIsEmpty() {
		assertThat(this.markdown.toSafeHtml(null)).isEmpty();
		assertThat(this.markdown.toSafeHtml("  ")).isEmpty();
	}

}
