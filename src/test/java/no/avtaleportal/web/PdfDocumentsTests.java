package no.avtaleportal.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The archive copy is a real PDF/A: read back with PDFBox, it holds the text, declares its
 * conformance, embeds every font and carries its title.
 */
class PdfDocumentsTests {

	private final PdfDocuments pdfs = new PdfDocuments(templateEngine(), messages());

	@Test
	void rendersATemplateAsPdfAWithEmbeddedFontsAndNorwegianText() throws IOException {
		byte[] pdf = this.pdfs.render("test/sample-pdf", Map.of("title", "Referat fra styringsgruppemøte",
				"decision", "Vedtak SG-2025-03: Avtalen forlenges til 31.12.2027", "note", "Blåbærsyltetøy og ærfugl"),
				Locale.forLanguageTag("nb"));

		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Referat fra styringsgruppemøte", "Vedtak SG-2025-03: Avtalen forlenges til 31.12.2027",
					"Blåbærsyltetøy og ærfugl");

			PDMetadata metadata = document.getDocumentCatalog().getMetadata();
			assertThat(metadata).as("XMP metadata").isNotNull();
			String xmp = new String(metadata.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
			assertThat(xmp).containsPattern("pdfaid:part[>=\"']+2").containsPattern("pdfaid:conformance[>=\"']+A");
			assertThat(document.getDocumentCatalog().getOutputIntents()).isNotEmpty();
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Referat fra styringsgruppemøte");

			List<String> fonts = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				PDResources resources = page.getResources();
				for (COSName name : resources.getFontNames()) {
					PDFont font = resources.getFont(name);
					fonts.add(font.getName());
					assertThat(font.isEmbedded()).as(font.getName() + " is embedded").isTrue();
				}
			}
			assertThat(fonts).anyMatch(name -> name.contains("DejaVuSans-Bold")).anyMatch(name -> name.contains("DejaVuSans"));
		}
	}

	private static MessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		return messages;
	}

	private static SpringTemplateEngine templateEngine() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine;
	}

}
