package no.avtaleportal.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import org.apache.log4j.BasicConfigurator;
import org.apache.log4j.varia.NullAppender;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The W3C Nu HTML Checker ({@code nu.validator:validator}), run in the test JVM on a page's HTML as
 * the server sent it: the errors it reports, each with its line and column. Warnings and notes are
 * left out; an error is what a standards-clean page must not have. The schema is read once per JVM
 * (about a second); a page then takes a few milliseconds.
 */
public final class HtmlChecker {

	private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-all.rnc";

	private static HtmlChecker instance;

	private final SimpleDocumentValidator validator;

	private final Errors errors = new Errors();

	private HtmlChecker() {
		// the checker logs through log4j 1 (reload4j here); it has nothing to say to a test run
		BasicConfigurator.configure(new NullAppender());
		this.validator = new SimpleDocumentValidator(false, false, false);
		try {
			this.validator.setUpMainSchema(HTML5_SCHEMA, this.errors);
		}
		catch (Exception ex) {
			throw new IllegalStateException("The Nu HTML Checker could not read its HTML schema", ex);
		}
	}

	/** The checker's errors in the document, as {@code line:column message}; empty when it is valid. */
	public static synchronized List<String> errors(byte[] html) {
		if (instance == null) {
			instance = new HtmlChecker();
		}
		return instance.check(html);
	}

	private List<String> check(byte[] html) {
		this.errors.found.clear();
		try {
			this.validator.setUpValidatorAndParsers(this.errors, false, false);
			this.validator.checkHtmlInputSource(new InputSource(new ByteArrayInputStream(html)));
		}
		catch (IOException | SAXException ex) {
			this.errors.found.add("the checker could not read the page: " + ex.getMessage());
		}
		return List.copyOf(this.errors.found);
	}

	private static final class Errors implements ErrorHandler {

		private final List<String> found = new ArrayList<>();

		@Override
		public void warning(SAXParseException exception) {
		}

		@Override
		public void error(SAXParseException exception) {
			this.found.add(exception.getLineNumber() + ":" + exception.getColumnNumber() + " "
					+ exception.getMessage());
		}

		@Override
		public void fatalError(SAXParseException exception) {
			error(exception);
		}

	}

}
