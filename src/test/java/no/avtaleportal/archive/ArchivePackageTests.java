package no.avtaleportal.archive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import no.avtaleportal.support.PdfChecker;
import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The archive package of the demo agreement for 2025 (issue 21): its metadata validates against
 * the schema it carries, every file it lists is in the package with the checksum and size it
 * states, its PDFs are PDF/A-2a, and the same content gives the same bytes.
 */
@PortalTest
class ArchivePackageTests {

	private static final String NS = Metadata.NAMESPACE;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void thePackageOfAYearValidatesListsEveryFileWithItsChecksumAndHoldsPdfA() throws Exception {
		byte[] zip = download();
		Map<String, byte[]> entries = unzip(zip);

		assertThat(entries.keySet()).startsWith("arkivuttrekk.xml", "arkivuttrekk.xsd", "avtale/avtaletekst.pdf");
		assertThat(entries.keySet()).contains("vedtak/vedtaksregister.pdf", "vedtak/vedtaksregister.csv");

		Document xml = validMetadata(entries);
		Element folder = (Element) xml.getElementsByTagNameNS(NS, "saksmappe").item(0);
		assertThat(child(folder, "tittel")).isEqualTo("Samarbeidsavtale mellom NTNU og NHO");
		assertThat(texts(folder, "organisasjonsnummer")).containsExactly("974767880", "955600436");

		Map<String, List<Element>> records = new LinkedHashMap<>();
		NodeList recordNodes = xml.getElementsByTagNameNS(NS, "registrering");
		for (int i = 0; i < recordNodes.getLength(); i++) {
			Element record = (Element) recordNodes.item(i);
			records.computeIfAbsent(record.getAttribute("type"), type -> new ArrayList<>()).add(record);
		}
		assertThat(records.keySet()).containsExactly("avtaletekst", "moetereferat", "vedtaksregister", "vedtak", "dokument");
		List<String> meetingDays = records.get("moetereferat").stream().map(record -> child(record, "dato")).toList();
		assertThat(meetingDays).containsExactly("2025-03-14", "2025-10-17");
		assertThat(records.get("moetereferat").stream().map(record -> child(record, "arkivreferanse")).toList())
			.allSatisfy(reference -> assertThat(reference).isNotBlank());
		assertThat(records.get("vedtak").stream().map(record -> child(record, "vedtaksnummer")).toList())
			.containsExactly("01/2025", "02/2025", "03/2025", "04/2025", "05/2025");
		long documents2025 = this.jdbc.sql("""
				select count(*) from document d join agreement a on a.id = d.agreement_id
				where a.import_key = 'ntnu-nho-2023' and extract(year from d.document_date) = 2025""")
			.query(Long.class)
			.single();
		assertThat(records.get("dokument")).hasSize((int) documents2025);

		assertEveryFileIsListedWithItsChecksumAndEveryPdfIsPdfA(xml, entries);

		String csv = new String(entries.get("vedtak/vedtaksregister.csv"), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFSaksnr.;Vedtak;Sak;Møte;Arkivreferanse").contains("03/2025;");
	}

	/** The demo's addendum corrects the minutes of 14 March 2024. */
	@Test
	void eachApprovedAddendumIsAPdfAOfItsOwnWithTheArchiveReferenceOfItsMinutes() throws Exception {
		byte[] zip = download(2024);
		Map<String, byte[]> entries = unzip(zip);
		Document xml = validMetadata(entries);
		NodeList addenda = xml.getElementsByTagNameNS(NS, "tillegg");
		assertThat(addenda.getLength()).isPositive();
		for (int i = 0; i < addenda.getLength(); i++) {
			Element addendum = (Element) addenda.item(i);
			Element minutes = (Element) addendum.getParentNode();
			String reference = child(minutes, "arkivreferanse");
			assertThat(reference).isNotBlank();
			assertThat(child(addendum, "arkivreferanse")).isEqualTo(reference);
			String file = child(addendum, "referanseDokumentfil");
			assertThat(file).matches("moter/" + child(minutes, "dato") + "-tillegg-\\d+\\.pdf");
			assertThat(child(addendum, "format")).isEqualTo("PDF/A-2a");
			try (PDDocument pdf = Loader.loadPDF(entries.get(file))) {
				assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
					.contains("Tillegg til referat fra styringsgruppemøte", "Arkivreferanse: " + reference,
							child(addendum, "tekst"), "Godkjent av");
			}
		}
		assertEveryFileIsListedWithItsChecksumAndEveryPdfIsPdfA(xml, entries);
		assertThat(download(2024)).isEqualTo(zip);
	}

	@Test
	void theSameContentGivesTheSameBytes() throws Exception {
		byte[] first = download();
		byte[] second = download();
		assertThat(second).isEqualTo(first);
	}

	/** The metadata, valid against the schema the package carries. */
	private static Document validMetadata(Map<String, byte[]> entries) throws Exception {
		SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
			.newSchema(new StreamSource(new ByteArrayInputStream(entries.get("arkivuttrekk.xsd"))))
			.newValidator()
			.validate(new StreamSource(new ByteArrayInputStream(entries.get("arkivuttrekk.xml"))));
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(entries.get("arkivuttrekk.xml")));
	}

	/**
	 * Every file of the package is listed in its metadata with its checksum and size, and every
	 * PDF/A it lists declares PDF/A-2a and passes veraPDF.
	 */
	private static void assertEveryFileIsListedWithItsChecksumAndEveryPdfIsPdfA(Document xml, Map<String, byte[]> entries)
			throws Exception {
		NodeList files = xml.getElementsByTagNameNS(NS, "dokumentobjekt");
		List<String> listed = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (int i = 0; i < files.getLength(); i++) {
			Element file = (Element) files.item(i);
			String name = child(file, "referanseDokumentfil");
			listed.add(name);
			byte[] bytes = entries.get(name);
			assertThat(bytes).as(name + " is in the package").isNotNull();
			assertThat(child(file, "sjekksum")).as(name).isEqualTo(Metadata.sha256(bytes));
			assertThat(child(file, "filstoerrelse")).as(name).isEqualTo(String.valueOf(bytes.length));
			if (child(file, "format").equals("PDF/A-2a")) {
				assertPdfA2a(name, bytes);
				picture(name, bytes);
				PdfChecker.failures(bytes).forEach(failure -> problems.add(name + ": " + failure));
			}
		}
		assertThat(listed).as("every file of the package is listed in its metadata")
			.containsExactlyInAnyOrderElementsOf(entries.keySet().stream().filter(name -> !name.startsWith("arkivuttrekk.")).toList());
		assertThat(problems).isEmpty();

	}

	private byte[] download() throws Exception {
		return download(2025);
	}

	private byte[] download(int year) throws Exception {
		MockHttpSession admin = SignIn.as(this.mvc, "admin");
		long agreement = this.jdbc.sql("select id from agreement where import_key = 'ntnu-nho-2023'").query(Long.class).single();
		return this.mvc.perform(get("/admin/archive/package?agreement=" + agreement + "&year=" + year).session(admin))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"arkivuttrekk-ntnu-nho-2023-" + year + ".zip\""))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	/** The part and conformance the PDF's XMP metadata declares: PDF/A-2a. */
	private static void assertPdfA2a(String name, byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			DomXmpParser parser = new DomXmpParser();
			// openhtmltopdf declares PDF/UA's identification as an extension schema xmpbox does not know
			parser.setStrictParsing(false);
			XMPMetadata xmp = parser.parse(document.getDocumentCatalog().getMetadata().toByteArray());
			PDFAIdentificationSchema pdfaid = xmp.getPDFAIdentificationSchema();
			assertThat(pdfaid).as(name + " declares its PDF/A part").isNotNull();
			assertThat(pdfaid.getPart()).as(name).isEqualTo(2);
			assertThat(pdfaid.getConformance()).as(name).isEqualTo("A");
		}
	}

	/** Page one as a picture in target/screenshots, to look at. */
	private static void picture(String name, byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			java.nio.file.Path picture = java.nio.file.Path.of("target", "screenshots",
					"archive-" + name.replaceAll("[^a-z0-9-]+", "-") + ".png");
			java.nio.file.Files.createDirectories(picture.getParent());
			javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 60), "png",
					picture.toFile());
		}
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

	private static String child(Element parent, String name) {
		NodeList children = parent.getElementsByTagNameNS(NS, name);
		return (children.getLength() == 0) ? null : children.item(0).getTextContent();
	}

	private static List<String> texts(Element parent, String name) {
		NodeList children = parent.getElementsByTagNameNS(NS, name);
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < children.getLength(); i++) {
			texts.add(children.item(i).getTextContent());
		}
		return texts;
	}

}
