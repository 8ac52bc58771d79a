package no.avtaleportal.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.hslf.usermodel.HSLFSlideShow;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.sl.usermodel.SlideShow;
import org.apache.poi.sl.usermodel.TextBox;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Small real files for the tests, made with PDFBox and Apache POI: a PDF, a Word document, a
 * PowerPoint presentation and an Excel workbook (the old formats of the last two too), each holding
 * the text given; and OpenDocument files, zipped as the standard says (no library here writes them).
 */
public final class OfficeFiles {

	private OfficeFiles() {
	}

	public static byte[] pdf(String text) throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText(text);
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
	}

	public static byte[] docx(String text) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText(text);
			document.write(out);
			return out.toByteArray();
		}
	}

	public static byte[] pptx(String text) throws IOException {
		return slides(new XMLSlideShow(), text);
	}

	public static byte[] ppt(String text) throws IOException {
		return slides(new HSLFSlideShow(), text);
	}

	public static byte[] xlsx(String text) throws IOException {
		return workbook(new XSSFWorkbook(), text);
	}

	public static byte[] xls(String text) throws IOException {
		return workbook(new HSSFWorkbook(), text);
	}

	private static byte[] slides(SlideShow<?, ?> slides, String text) throws IOException {
		try (slides; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			TextBox<?, ?> box = slides.createSlide().createTextBox();
			box.setAnchor(new java.awt.Rectangle(50, 50, 600, 100));
			box.setText(text);
			slides.write(out);
			return out.toByteArray();
		}
	}

	private static byte[] workbook(Workbook workbook, String text) throws IOException {
		try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("Ark").createRow(0).createCell(0).setCellValue(text);
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/** An OpenDocument text (.odt). */
	public static byte[] odt(String text) throws IOException {
		return openDocument("text", "<office:text><text:p>" + text + "</text:p></office:text>");
	}

	/** An OpenDocument spreadsheet (.ods). */
	public static byte[] ods(String text) throws IOException {
		return openDocument("spreadsheet", "<office:spreadsheet><table:table table:name=\"Ark\"><table:table-row>"
				+ "<table:table-cell office:value-type=\"string\"><text:p>" + text
				+ "</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet>");
	}

	/** An OpenDocument presentation (.odp). */
	public static byte[] odp(String text) throws IOException {
		return openDocument("presentation", "<office:presentation><draw:page draw:name=\"Lysark\"><draw:frame>"
				+ "<draw:text-box><text:p>" + text + "</text:p></draw:text-box></draw:frame></draw:page></office:presentation>");
	}

	/**
	 * The package of an OpenDocument file: its media type first and uncompressed, its content and its
	 * manifest (OpenDocument 1.2, part 3).
	 */
	private static byte[] openDocument(String kind, String body) throws IOException {
		String mediaType = "application/vnd.oasis.opendocument." + kind;
		String content = """
				<?xml version="1.0" encoding="UTF-8"?>
				<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
				xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
				xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
				xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" office:version="1.2">\
				<office:body>%s</office:body></office:document-content>""".formatted(body);
		String manifest = """
				<?xml version="1.0" encoding="UTF-8"?>
				<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">\
				<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="%s"/>\
				<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\
				</manifest:manifest>""".formatted(mediaType);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			byte[] type = mediaType.getBytes(StandardCharsets.US_ASCII);
			ZipEntry first = new ZipEntry("mimetype");
			first.setMethod(ZipEntry.STORED);
			first.setSize(type.length);
			CRC32 crc = new CRC32();
			crc.update(type);
			first.setCrc(crc.getValue());
			zip.putNextEntry(first);
			zip.write(type);
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("content.xml"));
			zip.write(content.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
			zip.write(manifest.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return out.toByteArray();
	}

}
