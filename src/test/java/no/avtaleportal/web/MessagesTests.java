package no.avtaleportal.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible word comes from the message bundles, and both languages have every key.
 */
class MessagesTests {

	private static final Path TEMPLATES = Paths.get("src/main/resources/templates");

	/** Attributes a person reads or hears; a literal value must come through th:… instead. */
	private static final List<String> TEXT_ATTRIBUTES = List.of("alt", "title", "aria-label", "placeholder");

	/** Text without letters (punctuation, separators, numbers) is not language. */
	private static final Pattern LETTERS = Pattern.compile("\\p{L}");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z][\\w.\\-]*[\\w])[}(]");

	@Test
	void norwegianAndEnglishHaveTheSameKeys() throws IOException {
		Set<String> norwegian = load("messages.properties").stringPropertyNames();
		Set<String> english = load("messages_en.properties").stringPropertyNames();
		assertThat(new TreeSet<>(english)).as("keys in English but not in Norwegian").containsAll(norwegian);
		assertThat(new TreeSet<>(norwegian)).as("keys in Norwegian but not in English").containsAll(english);
	}

	@Test
	void everyKeyATemplateUsesExists() throws IOException {
		Set<String> keys = load("messages.properties").stringPropertyNames();
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!keys.contains(matcher.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).as("message keys used in templates but missing in messages.properties").isEmpty();
	}

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		List<String> literals = new ArrayList<>();
		for (Path template : templates()) {
			Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
			for (Element element : document.getAllElements()) {
				if (isReplacedByThymeleaf(element) || element.tagName().equals("style")) {
					continue;
				}
				for (TextNode text : element.textNodes()) {
					if (LETTERS.matcher(text.text()).find()) {
						literals.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + "> \""
								+ text.text().strip() + "\"");
					}
				}
				for (String attribute : TEXT_ATTRIBUTES) {
					if (element.hasAttr(attribute) && LETTERS.matcher(element.attr(attribute)).find()) {
						literals.add(TEMPLATES.relativize(template) + ": " + attribute + "=\"" + element.attr(attribute) + "\"");
					}
				}
			}
		}
		assertThat(literals).as("literal text in templates; use #{…} message keys").isEmpty();
	}

	/**
	 * Its text is a design-time placeholder that Thymeleaf replaces at runtime ({@code portal:badge}
	 * writes a status's word from the message bundles). A page's root
	 * {@code <html th:replace>} only hands the page's fragments to the layout, so it does not count.
	 */
	private static boolean isReplacedByThymeleaf(Element element) {
		for (Element current = element; current != null && !current.tagName().equals("html"); current = current.parent()) {
			if (current.hasAttr("th:text") || current.hasAttr("th:utext") || current.hasAttr("th:replace")
					|| current.hasAttr("th:insert") || current.hasAttr("portal:badge")) {
				return true;
			}
		}
		return false;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

	/** A message bundle, read as Spring reads it (UTF-8). */
	static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTests.class.getClassLoader().getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
