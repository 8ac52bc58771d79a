package no.avtaleportal.document;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import no.avtaleportal.support.OfficeFiles;
import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The text inside uploaded files: read by Apache Tika from a real file of each kind the library
 * takes (PDF, Word, PowerPoint, Excel and OpenDocument), kept on upload, read at start for
 * documents that have none, and found by the search.
 */
@PortalTest
class DocumentTextTests {

	static final String TEXT = "Tekstfilrapport om livslanglæring og kompetansebarometer i Trøndelag";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DocumentTexts texts;

	@Autowired
	FileTypes fileTypes;

	@Test
	void theTextOfEveryKindOfDocumentTheLibraryTakesIsRead() throws Exception {
		Map<String, byte[]> files = Map.of("rapport.pdf", OfficeFiles.pdf(TEXT), "notat.docx", OfficeFiles.docx(TEXT),
				"lysark.pptx", OfficeFiles.pptx(TEXT), "tall.xlsx", OfficeFiles.xlsx(TEXT), "gamle-tall.xls",
				OfficeFiles.xls(TEXT), "gamle-lysark.ppt", OfficeFiles.ppt(TEXT), "notat.odt", OfficeFiles.odt(TEXT),
				"tall.ods", OfficeFiles.ods(TEXT), "lysark.odp", OfficeFiles.odp(TEXT));
		files.forEach((name, bytes) -> {
			assertThat(this.fileTypes.check(bytes, name)).as(name + ": taken as its own type").isNotNull();
			assertThat(this.texts.extract(bytes, name)).as(name).contains(TEXT);
		});
		assertThat(files.keySet().stream().map(name -> this.fileTypes.check(files.get(name), name)))
			.as("the types the library takes, images and the old Word format (which POI cannot write) aside")
			.containsExactlyInAnyOrderElementsOf(FileTypes.ALLOWED.stream()
				.filter(type -> !type.startsWith("image/") && !type.equals("application/msword"))
				.toList());
		assertThat(this.texts.extract(new byte[] { 1, 2, 3 }, "tull.pdf")).as("a file Tika cannot read").isEmpty();
	}

	@Test
	void anUploadedFileIsFoundByTheTextInsideItAndOlderDocumentsAreReadAtStart() throws Exception {
		MockHttpSession nho = SignIn.as(this.mvc, "nho");
		long agreement = this.jdbc.sql("select id from agreement where import_key = 'ntnu-nho-2023'").query(Long.class).single();
		String unique = "Pdftekstsøk" + System.nanoTime();
		this.mvc.perform(multipart("/documents/new")
			.file(new MockMultipartFile("file", "funn.pdf", "application/pdf", OfficeFiles.pdf(unique + " om kunstig intelligens")))
			.param("agreementId", String.valueOf(agreement))
			.param("title", "Rapport med funn")
			.param("documentDate", "2025-05-05")
			.session(nho)
			.with(csrf())).andExpect(status().isFound());
		long id = this.jdbc.sql("select max(id) from document where title = 'Rapport med funn'").query(Long.class).single();
		assertThat(found(nho, unique).select(".search-result h2 a[href$=#document-" + id + "]")).hasSize(1);
		assertThat(found(nho, unique).select(".search-excerpt mark").text()).isEqualToIgnoringCase(unique);
		assertThat(found(SignIn.as(this.mvc, "fie-bidrag"), unique).select(".search-result")).isEmpty();

		// a document stored before its text was read (an older portal) gets it at the next start
		this.jdbc.sql("delete from document_text where document_id = :id").param("id", id).update();
		assertThat(found(nho, unique).select(".search-result")).isEmpty();
		this.texts.readMissing();
		assertThat(found(nho, unique).select(".search-result h2 a[href$=#document-" + id + "]")).hasSize(1);
	}

	private Document found(MockHttpSession session, String query) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/search").param("q", query).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
