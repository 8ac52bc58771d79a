package no.avtaleportal.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.ViewportSize;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A journey through the portal in a real Chromium (Debian's {@code /usr/bin/chromium}, or the one
 * {@code CHROMIUM_PATH} names; never a downloaded one). One browser per
 * JVM, a fresh context (cookies, language) per test.
 */
@PortalTest
public abstract class BrowserTest {

	private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	/** The wide screen the journeys run on, and the narrowest one WCAG 1.4.10 asks pages to reflow to. */
	private static final int WIDE = 1280, NARROW = 320;

	private static final String LANGUAGE_COOKIE = "avtaleportal-lang";

	/** Whether the journeys save screenshots: {@code -Dscreenshots} (or {@code -Dscreenshots=true}). */
	private static final boolean SCREENSHOTS = System.getProperty("screenshots") != null
			&& !"false".equals(System.getProperty("screenshots"));

	private static Browser browser;

	@LocalServerPort
	protected int port;

	protected BrowserContext context;

	protected Page page;

	/** Every HTML document the journey's page loaded, with what the Nu HTML Checker found wrong. */
	private final List<LoadedDocument> documents = new ArrayList<>();

	/** A second tab of the same session, in which a checked page is shown in the other language. */
	private Page otherLanguage;

	@BeforeEach
	void openBrowserContext() {
		this.context = browser().newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + this.port)
			.setLocale("nb-NO")
			.setViewportSize(WIDE, 900));
		this.page = this.context.newPage();
		this.page.onResponse(this::checkHtml);
	}

	@AfterEach
	void closeBrowserContext() {
		try {
			assertValidHtml(this.documents);
		}
		finally {
			this.context.close();
		}
	}

	/**
	 * Runs the Nu HTML Checker on every page the browser loads as a document (the server's own HTML,
	 * before any script), so that every page a journey passes through is checked, checked or not.
	 */
	private void checkHtml(Response response) {
		Request request = response.request();
		String type = response.headers().getOrDefault("content-type", "");
		if (!request.isNavigationRequest() || response.frame() != this.page.mainFrame() || !type.startsWith("text/html")
				|| (response.status() >= 300 && response.status() < 400)) {
			return;
		}
		byte[] body = response.body();
		this.documents.add(new LoadedDocument(request, response.status(), body, HtmlChecker.errors(body)));
	}

	private static void assertValidHtml(List<LoadedDocument> documents) {
		List<String> invalid = documents.stream()
			.filter(document -> !document.errors().isEmpty())
			.map(document -> document.request().method() + " " + document.request().url() + "\n    "
					+ String.join("\n    ", document.errors()))
			.distinct()
			.toList();
		assertThat(invalid).as(() -> "the Nu HTML Checker found errors:\n" + String.join("\n", invalid)).isEmpty();
	}

	/**
	 * Logs in through the login page as one of the demo users (password {@code demo}); everyone
	 * lands on their own tasks ("Mine oppgaver").
	 */
	protected void logIn(String username) {
		this.page.navigate("/login");
		this.page.getByLabel("Brukernavn").fill(username);
		this.page.getByLabel("Passord").fill("demo");
		this.page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Logg inn"))
			.click();
		this.page.waitForURL(Pattern.compile(".*/(tasks)?(\\?continue)?$"));
	}

	/**
	 * Checks the page as it stands, and the same page in the other language: valid HTML (the Nu HTML
	 * Checker), no WCAG 2.2 A or AA violation that axe-core finds at 1280 and at 320 px, no
	 * sideways scrolling at 320 px (WCAG 1.4.10) and a header on one line at 1280 px. The other language is the same request made again
	 * with {@code ?lang=}, shown in a second tab of the same session; the session keeps its language.
	 */
	protected void assertAccessible() {
		assertValidHtml(this.documents);
		assertAccessibleAtBothWidths(this.page);
		LoadedDocument current = this.documents.isEmpty() ? null : this.documents.get(this.documents.size() - 1);
		if (current != null && current.request().url().equals(this.page.url()) && isRepeatable(current)) {
			assertAccessibleInTheOtherLanguage(current);
		}
	}

	/**
	 * A GET can be asked again; so can a POST the portal answered with the form and its errors
	 * (a rejected form changes nothing). A POST answered with a page of its own is not repeated.
	 */
	private boolean isRepeatable(LoadedDocument document) {
		return document.request().method().equals("GET") || document.status() >= 400
				|| this.page.locator("#error-summary, [aria-invalid=true]").count() > 0;
	}

	private void assertAccessibleInTheOtherLanguage(LoadedDocument document) {
		String language = this.page.locator("html").getAttribute("lang");
		String other = "en".equals(language) ? "nb" : "en";
		String url = UriComponentsBuilder.fromUriString(document.request().url())
			.replaceQueryParam("lang", other)
			.build()
			.toUriString();
		List<Cookie> languageCookie = this.context.cookies()
			.stream()
			.filter(cookie -> cookie.name.equals(LANGUAGE_COOKIE))
			.toList();
		APIResponse response;
		try {
			RequestOptions options = RequestOptions.create()
				.setMethod(document.request().method())
				.setMaxRedirects(0)
				.setHeader("Accept", document.request().headerValue("accept"));
			if (document.request().postDataBuffer() != null) {
				options.setData(document.request().postDataBuffer())
					.setHeader("Content-Type", document.request().headerValue("content-type"));
			}
			response = this.context.request().fetch(url, options);
		}
		finally {
			this.context.clearCookies(new BrowserContext.ClearCookiesOptions().setName(LANGUAGE_COOKIE));
			if (!languageCookie.isEmpty()) {
				this.context.addCookies(languageCookie);
			}
		}
		byte[] body = response.body();
		assertThat(response.status()).as("%s in %s answers as in %s", url, other, language)
			.isEqualTo(document.status());
		assertValidHtml(List.of(new LoadedDocument(document.request(), response.status(), body, HtmlChecker.errors(body))));
		if (this.otherLanguage == null) {
			this.otherLanguage = this.context.newPage();
			Axe.addTo(this.otherLanguage);
		}
		this.otherLanguage.route(url, route -> route.fulfill(new Route.FulfillOptions().setStatus(response.status())
			.setContentType("text/html;charset=UTF-8")
			.setBodyBytes(body)));
		try {
			this.otherLanguage.navigate(url);
			assertThat(this.otherLanguage.locator("html").getAttribute("lang")).isEqualTo(other);
			assertAccessibleAtBothWidths(this.otherLanguage);
		}
		finally {
			this.otherLanguage.unrouteAll();
		}
	}

	private static void assertAccessibleAtBothWidths(Page page) {
		ViewportSize size = page.viewportSize();
		try {
			for (int width : List.of(WIDE, NARROW)) {
				if (page.viewportSize().width != width) {
					page.setViewportSize(width, (width == WIDE) ? 900 : 800);
				}
				AxeResults results = Axe.analyze(page, WCAG_22_AA);
				assertThat(results.getViolations()).as(() -> "axe violations at " + width + " px on " + page.url() + " ("
						+ page.locator("html").getAttribute("lang") + "):\n" + describe(results.getViolations()))
					.isEmpty();
				if (width == NARROW) {
					assertNoSidewaysScrolling(page);
					assertCaptionsInsideTheirFrames(page);
				}
				else {
					assertTheHeaderHoldsOneLine(page);
				}
			}
		}
		finally {
			if (page.viewportSize().width != size.width || page.viewportSize().height != size.height) {
				page.setViewportSize(size.width, size.height);
			}
		}
	}

	/** At 1280 px the header's parts (name, menu, account, language) sit on one line. */
	private static void assertTheHeaderHoldsOneLine(Page page) {
		Object lines = page.evaluate("""
				() => new Set([...document.querySelectorAll('.portal-header-inner > *')]
				    .filter(e => e.getClientRects().length > 0)
				    .map(e => Math.round(e.getBoundingClientRect().top + e.getBoundingClientRect().height / 2))).size""");
		assertThat(((Number) lines).intValue()).as("lines of the header at %d px on %s", page.viewportSize().width, page.url())
			.isEqualTo(1);
	}

	/**
	 * A table that scrolls sideways in its frame keeps its caption inside the frame, where it is read
	 * without scrolling (a visually hidden caption is left alone).
	 */
	private static void assertCaptionsInsideTheirFrames(Page page) {
		Object outside = page.evaluate("""
				() => [...document.querySelectorAll('.scroll-region > table > caption')]
				    .filter(c => c.getBoundingClientRect().width > 1 && c.getBoundingClientRect().right
				        > c.closest('.scroll-region').getBoundingClientRect().right + 1)
				    .map(c => c.textContent.trim())""");
		assertThat((List<?>) outside)
			.as(() -> "captions cut off by their frames at " + page.viewportSize().width + " px on " + page.url())
			.isEmpty();
	}

	/**
	 * The page reflows to the window: nothing makes the whole page scroll sideways. Names the
	 * innermost elements that stick out, for the one who has to fix it.
	 */
	private static void assertNoSidewaysScrolling(Page page) {
		Object wider = page.evaluate("""
				() => {
				  const width = document.documentElement.clientWidth;
				  if (document.documentElement.scrollWidth <= width) return null;
				  const sticksOut = e => e.getBoundingClientRect().right > width + 1
				      || e.getBoundingClientRect().left + e.scrollWidth > width + 1;
				  const out = [...document.body.querySelectorAll('*')].filter(e => sticksOut(e)
				      && ![...e.children].some(sticksOut));
				  return document.documentElement.scrollWidth + ' px wide: ' + out.slice(0, 8)
				      .map(e => e.outerHTML.slice(0, 160) + ' (right edge ' + Math.round(e.getBoundingClientRect().right) + ')')
				      .join('\\n    ');
				}""");
		assertThat(wider).as(() -> page.url() + " (" + page.locator("html").getAttribute("lang") + ") scrolls sideways at "
				+ page.viewportSize().width + " px, the page is " + wider)
			.isNull();
	}

	/**
	 * Saves screenshots at a phone's 320 and 390 px and at 1280 px as {@code <name>-<width>.png}
	 * (with {@code -Dscreenshots}, see {@link #screenshot}).
	 */
	protected void screenshots(String name) {
		if (!SCREENSHOTS) {
			return;
		}
		ViewportSize size = this.page.viewportSize();
		for (int width : List.of(NARROW, 390, WIDE)) {
			this.page.setViewportSize(width, (width == WIDE) ? 900 : 800);
			screenshot(name + "-" + width);
		}
		this.page.setViewportSize(size.width, size.height);
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map(rule -> "- " + rule.getId() + ": " + rule.getHelp() + "\n"
					+ rule.getNodes().stream().map(node -> "    " + node.getHtml()).collect(Collectors.joining("\n")))
			.collect(Collectors.joining("\n"));
	}

	/**
	 * Saves a full-page screenshot to {@code target/screenshots/<name>.png} for people to look at,
	 * when the run asks for them ({@code ./mvnw verify -Dscreenshots}). They check nothing, and at
	 * over a second each they were a quarter of the browser tests' time.
	 */
	protected void screenshot(String name) {
		if (SCREENSHOTS) {
			this.page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", name + ".png"))
				.setFullPage(true));
		}
	}

	static synchronized Browser browser() {
		if (browser == null) {
			Path chromium = localChromium();
			if (chromium == null) {
				throw new IllegalStateException("The browser tests need Debian's Chromium at /usr/bin/chromium "
						+ "(apt-get install chromium, as .ci/run does) or a Chromium named by CHROMIUM_PATH; "
						+ "Playwright never downloads one");
			}
			Playwright playwright = Playwright.create(
					new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
						"--disable-background-networking", "--disable-component-update", "--disable-sync",
						"--no-first-run"));
			options.setExecutablePath(chromium);
			browser = playwright.chromium().launch(options);
			// a loaded CI machine may take more than the default 5 s to answer a click; the
			// assertions still wait for the same text, only longer
			PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
			Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
		}
		return browser;
	}

	private static Path localChromium() {
		String configured = System.getenv("CHROMIUM_PATH");
		if (configured != null && !configured.isBlank()) {
			return Paths.get(configured);
		}
		Path debian = Paths.get("/usr/bin/chromium");
		return Files.isExecutable(debian) ? debian : null;
	}

	/** A page the browser loaded: the request, the answer's status and HTML, and the checker's errors. */
	private record LoadedDocument(Request request, int status, byte[] body, List<String> errors) {
	}

}
