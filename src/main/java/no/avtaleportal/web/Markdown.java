package no.avtaleportal.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;

/**
 * Formatted text that people write (status updates, minutes, descriptions): CommonMark turned
 * into HTML, then cleaned by the OWASP sanitizer, so nothing a user types can run script or
 * change the page around it. Raw HTML in the text is shown as text.
 * <p>
 * The same text always gives the same HTML, so the HTML of texts shown lately is kept, by the
 * text, up to {@value #KEPT_CHARACTERS} characters of text and HTML together: parsing and
 * sanitizing each status update again on every view was 5 % of an activity page's CPU (issue 15).
 */
@Component
public class Markdown {

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.TABLES)
		.and(new HtmlPolicyBuilder().allowElements("a")
			.allowUrlProtocols("https", "http", "mailto")
			.allowAttributes("href")
			.onElements("a")
			.requireRelsOnLinks("nofollow", "noopener", "noreferrer")
			.allowElements("pre", "code", "hr", "br")
			.toFactory());

	/** How much text and HTML is kept, in characters (about 4 MB). */
	private static final long KEPT_CHARACTERS = 2_000_000;

	private final Parser parser = Parser.builder().build();

	private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	private final Cache<String, String> shown = Caffeine.newBuilder()
		.maximumWeight(KEPT_CHARACTERS)
		.<String, String>weigher((text, html) -> text.length() + html.length())
		.build();

	/**
	 * Safe HTML for {@code th:utext}; empty for empty text.
	 */
	public String toSafeHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return this.shown.get(markdown, text -> POLICY.sanitize(this.renderer.render(this.parser.parse(text))));
	}

}
