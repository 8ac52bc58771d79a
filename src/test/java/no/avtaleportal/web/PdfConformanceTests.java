package no.avtaleportal.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import no.avtaleportal.support.PdfChecker;
import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every kind of PDF the portal makes (minutes, the dashboard, the evaluation report and the demo's
 * example documents), in both languages, passes veraPDF as PDF/A-2a and as PDF/UA-1, declares its
 * language and numbers its pages. Page one of each is saved as a picture in target/screenshots.
 * openhtmltopdf, which makes them, says so when an element does not fit PDF/UA's structure (a list
 * item styled as something else, which veraPDF's checks do not catch): it must not say so.
 */
@PortalTest
class PdfConformanceTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void everyKindOfPdfIsPdfA2aAndPdfUa1WithItsLanguageAndPageNumbers() throws Exception {
		MockHttpSession director = SignIn.as(this.mvc, "avdelingsdirektor");
		long agreement = this.jdbc.sql("select id from agreement where import_key = 'ntnu-nho-2023'")
			.query(Long.class)
			.single();
		long minutes = this.jdbc.sql("""
				select id from meeting where minutes_status = 'PUBLISHED' and example order by starts_at desc limit 1""")
			.query(Long.class)
			.single();
		long example = this.jdbc.sql("select id from document where example and content_type = 'application/pdf' order by id limit 1")
			.query(Long.class)
			.single();
		List<String> problems = new ArrayList<>();
		for (String language : List.of("nb", "en")) {
			check("minutes-" + language, "/meetings/" + minutes + "/minutes.pdf?lang=" + language, language, director, problems);
			check("dashboard-" + language, "/dashboard.pdf?agreement=" + agreement + "&asOf=2025-03-01&lang=" + language,
					language, director, problems);
			// after the extension decided on 14.03.2025, which the term section lists
			check("dashboard-extended-" + language,
					"/dashboard.pdf?agreement=" + agreement + "&asOf=2025-06-01&lang=" + language, language, director,
					problems);
			check("evaluation-" + language, "/agreements/" + agreement + "/evaluation/report.pdf?lang=" + language,
					language, director, problems);
			check("decisions-" + language, "/decisions.pdf?year=2025&lang=" + language, language, director, problems);
		}
		// the example documents are made once, in bokmål, when the demo is loaded
		check("example-document", "/documents/" + example + "/file", "nb", director, problems);
		this.mvc.perform(get("/?lang=nb").session(director));
		assertThat(problems).isEmpty();
	}

	private void check(String name, String url, String language, MockHttpSession session, List<String> problems)
			throws Exception {
		List<String> structureWarnings = new ArrayList<>();
		Handler warnings = new Handler() {

			@Override
			public void publish(LogRecord record) {
				if (record.getLevel().intValue() >= Level.WARNING.intValue() && record.getMessage() != null
						&& record.getMessage().contains("PDF/UA")) {
					structureWarnings.add(record.getMessage());
				}
			}

			@Override
			public void flush() {
			}

			@Override
			public void close() {
			}

		};
		Logger renderer = Logger.getLogger("com.openhtmltopdf.general");
		renderer.addHandler(warnings);
		byte[] pdf;
		try {
			pdf = this.mvc.perform(get(url).session(session))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
		}
		finally {
			renderer.removeHandler(warnings);
		}
		structureWarnings.forEach(warning -> problems.add(url + ": " + warning));
		PdfChecker.failures(pdf).forEach(failure -> problems.add(url + ": " + failure));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String declared = document.getDocumentCatalog().getLanguage();
			if (declared == null || !declared.startsWith(language)) {
				problems.add(url + ": the document's language is " + declared + ", not " + language);
			}
			PDFTextStripper lastPage = new PDFTextStripper();
			lastPage.setStartPage(document.getNumberOfPages());
			lastPage.setEndPage(document.getNumberOfPages());
			String pages = String.valueOf(document.getNumberOfPages());
			if (!lastPage.getText(document).matches("(?s).*\\b" + pages + " (av|of) " + pages + "\\b.*")) {
				problems.add(url + ": the last page does not say \"" + pages + " av/of " + pages + "\"");
			}
			Path picture = Path.of("target", "screenshots", "pdf-" + name + "-page1.png");
			Files.createDirectories(picture.getParent());
			ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 80), "png", picture.toFile());
		}
	}

}
