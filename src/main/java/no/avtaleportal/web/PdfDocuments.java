package no.avtaleportal.web;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.xmpbox.DateConverter;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Archival documents: a Thymeleaf template rendered to PDF/A-2a (tagged, so it is accessible as
 * well as archivable) by openhtmltopdf, with the DejaVu fonts embedded from a Maven dependency
 * rather than found on the machine, an sRGB output intent, and the document's title, author
 * and language in its metadata, and page numbers ("Side 1 av 2") at the foot of every page.
 * Templates use the font family {@value #FONT_FAMILY}; their {@code <html lang>} becomes the
 * document's language, which PDF/UA requires.
 */
@Component
public class PdfDocuments {

	static final String FONT_FAMILY = "DejaVu Sans";

	private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

	/** A plain look for archive copies (minutes, reports), in the embedded DejaVu fonts. */
	public static final String PLAIN_STYLES = """
			body { font-family: 'DejaVu Sans'; font-size: 10pt; line-height: 1.4; }
			h1 { font-size: 16pt; margin-bottom: 4pt; }
			h2 { font-size: 12pt; margin-top: 14pt; border-bottom: 1px solid #444; }
			h3 { font-size: 11pt; margin-bottom: 2pt; }
			table { border-collapse: collapse; width: 100%; }
			th, td { text-align: left; vertical-align: top; padding: 2pt 4pt; border-bottom: 1px solid #bbb; }
			.meta { color: #333; }
			""";

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final byte[] colourProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	PdfDocuments(ITemplateEngine templates, MessageSource messages) {
		this.templates = templates;
		this.messages = messages;
	}

	/**
	 * Renders the template with the model in the given language.
	 * @param template a template name such as {@code meeting/minutes-pdf}; its {@code <title>}
	 * becomes the document title and its {@code <meta name="author">} the author
	 */
	public byte[] render(String template, Map<String, Object> model, Locale locale) {
		Context context = new Context(locale, model);
		context.setVariable("contentLang", PageFrame.contentLanguage(locale));
		org.jsoup.nodes.Document html = Jsoup.parse(this.templates.process(template, context));
		// PDF/UA wants each link described in words: openhtmltopdf takes its structure element's from the
		// title, which links in what people write (Markdown) have not, and its annotation's, see below
		html.select("a[href]:not([title])")
			.forEach(link -> link.attr("title", link.text().isBlank() ? link.attr("href") : link.text()));
		html.head().appendElement("style").text(pageNumbers(locale));
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode()
				.usePdfAConformance(PdfAConformance.PDFA_2_A)
				.usePdfUaAccessibility(true)
				.useColorProfile(this.colourProfile)
				.withProducer("Avtaleportal")
				.withW3cDocument(new W3CDom().fromJsoup(html), "/")
				.toStream(pdf);
			font(builder, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
			font(builder, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
			font(builder, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
			font(builder, "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not render " + template + " as PDF", ex);
		}
		return html.selectFirst("a[href]") != null ? describeLinks(pdf.toByteArray()) : pdf.toByteArray();
	}

	/**
	 * The same PDF with each web link's annotation saying where it leads (its Contents: the address),
	 * which PDF/UA requires and openhtmltopdf leaves out.
	 */
	private static byte[] describeLinks(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (PDPage page : document.getPages()) {
				for (PDAnnotation annotation : page.getAnnotations()) {
					if (annotation instanceof PDAnnotationLink link && link.getContents() == null
							&& link.getAction() instanceof PDActionURI uri) {
						link.setContents(uri.getURI());
					}
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not describe the links of a PDF", ex);
		}
	}

	/**
	 * The same PDF with the given creation date and an identifier made from {@code identity}
	 * instead of the moment it was rendered, in its information dictionary and its XMP metadata
	 * alike (as PDF/A requires): the same content then gives the same bytes, as an archive
	 * package must (issue 21).
	 */
	public static byte[] reproducible(byte[] pdf, Instant createdAt, String identity) {
		Calendar at = GregorianCalendar.from(createdAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).atZone(ZoneOffset.UTC));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			document.getDocumentInformation().setCreationDate(at);
			document.getDocumentInformation().setModificationDate(at);
			PDMetadata metadata = document.getDocumentCatalog().getMetadata();
			if (metadata != null) {
				String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
				String date = DateConverter.toISO8601(at);
				for (String property : new String[] { "xmp:CreateDate", "xmp:ModifyDate", "xmp:MetadataDate" }) {
					xmp = XMP_DATE.apply(property).matcher(xmp).replaceAll(match -> Matcher.quoteReplacement(match.group(1) + date + match.group(3)));
				}
				metadata.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
			}
			byte[] id = Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8)), 16);
			COSArray ids = new COSArray();
			ids.add(new COSString(id));
			ids.add(new COSString(id));
			document.getDocument().getTrailer().setItem(COSName.ID, ids);
			document.setDocumentId(java.nio.ByteBuffer.wrap(id).getLong());
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not fix the dates of a PDF", ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** An XMP date property as an element or an attribute: (start)(value)(end). */
	private static final java.util.function.Function<String, Pattern> XMP_DATE = property -> Pattern
		.compile("(<" + Pattern.quote(property) + ">|" + Pattern.quote(property) + "=\")([^<\"]*)(</" + Pattern.quote(property) + ">|\")");

	/**
	 * "Side 2 av 3" at the foot of every page, in the document's language; openhtmltopdf marks
	 * the page margins' content as an artifact, so that it is not read as part of the text.
	 */
	private String pageNumbers(Locale locale) {
		String page = this.messages.getMessage("pdf.page", null, locale);
		String of = this.messages.getMessage("pdf.of", null, locale);
		return "@page { @bottom-right { content: \"" + page + " \" counter(page) \" " + of
				+ " \" counter(pages); font-family: '" + FONT_FAMILY + "'; font-size: 7.5pt; color: #444; } }";
	}

	private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
		builder.useFont(() -> {
			InputStream font = PdfDocuments.class.getResourceAsStream(FONTS + file);
			if (font == null) {
				throw new IllegalStateException("Font " + file + " is missing from jasperreports-fonts");
			}
			return font;
		}, FONT_FAMILY, weight, style, true);
	}

}
