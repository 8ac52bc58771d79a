package no.avtaleportal.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A journey through the portal in a real Chromium (Debian's {@code /usr/bin/chromium}, or the one
 * {@code CHROMIUM_PATH} names; never a downloaded one). One browser per
 * JVM, a fresh context (cookies, language) per test.
 */
@PortalTest
public abstract class BrowserTest {

	private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static Browser browser;

	@LocalServerPort
	protected int port;

	protected BrowserContext context;

	protected Page page;

	@BeforeEach
	void openBrowserContext() {
		this.context = browser().newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + this.port)
			.setLocale("nb-NO")
			.setViewportSize(1280, 900));
		this.page = this.context.newPage();
	}

	@AfterEach
	void closeBrowserContext() {
		this.context.close();
	}

	/**
	 * Logs in through the login page as one of the demo users (password {@code demo}); the
	 * steering group's members and secretary land on the dashboard, the others on the start page.
	 */
	protected void logIn(String username) {
		this.page.navigate("/login");
		this.page.getByLabel("Brukernavn").fill(username);
		this.page.getByLabel("Passord").fill("demo");
		this.page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Logg inn"))
			.click();
		this.page.waitForURL(Pattern.compile(".*/(dashboard)?(\\?continue)?$"));
	}

	/**
	 * Fails with a readable list when axe-core finds any WCAG 2.1 A or AA violation on the page.
	 */
	protected void assertAccessible() {
		AxeResults results = new AxeBuilder(this.page).withTags(WCAG_21_AA).analyze();
		assertThat(results.getViolations()).as(() -> "axe violations on " + this.page.url() + ":\n"
				+ describe(results.getViolations()))
			.isEmpty();
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map(rule -> "- " + rule.getId() + ": " + rule.getHelp() + "\n"
					+ rule.getNodes().stream().map(node -> "    " + node.getHtml()).collect(Collectors.joining("\n")))
			.collect(Collectors.joining("\n"));
	}

	/**
	 * Saves a full-page screenshot to {@code target/screenshots/<name>.png} for people to look at.
	 */
	protected Path screenshot(String name) {
		Path file = Paths.get("target", "screenshots", name + ".png");
		this.page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
		return file;
	}

	private static synchronized Browser browser() {
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

}
