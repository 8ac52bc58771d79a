package no.avtaleportal.document;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SignIn;
import no.avtaleportal.support.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Uploading, finding and downloading documents: the content type comes from the bytes, the file
 * name is made safe, readers only read, and an oversized upload ends on the upload page with a
 * message.
 */
@PortalTest
@Transactional
class DocumentTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0,
			0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0 };

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private SqlStatements statements;

	@LocalServerPort
	private int port;

	private long agreement() {
		return this.jdbc.sql("select id from agreement where import_key = 'ntnu-nho-2023'").query(Long.class).single();
	}

	private long documentCount() {
		return this.jdbc.sql("select count(*) from document").query(Long.class).single();
	}

	private MockMultipartHttpServletRequestBuilder upload(String fileName, byte[] bytes, String claimedType, String title) {
		return (MockMultipartHttpServletRequestBuilder) multipart("/documents/new")
			.file(new MockMultipartFile("file", fileName, claimedType, bytes))
			.param("agreementId", String.valueOf(agreement()))
			.param("title", title)
			.param("documentDate", "2024-02-01")
			.param("description", "Analysene av kompetansebehovene i regionene")
			.with(csrf());
	}

	@Test
	void bidiControlCharactersAreStrippedFromFileNames() throws Exception {
		MockHttpSession ntnu = SignIn.as(this.mvc, "ntnu");
		this.mvc.perform(upload("Faktura\u202Efdp\u2066.\u2069\u200Fpdf", PDF, "application/pdf", "Retningsprøve").session(ntnu))
			.andExpect(status().isFound());
		assertThat(this.jdbc.sql("select file_name from document where title = 'Retningsprøve'").query(String.class).single())
			.isEqualTo("Fakturafdp.pdf");
	}

	@Test
	void aContributorUploadsAReportThatOthersFindAndDownloadUnderASafeName() throws Exception {
		MockHttpSession ntnu = SignIn.as(this.mvc, "ntnu");
		this.mvc.perform(upload("../../rapporter/Kompetanse\u0000rapport 2024.pdf", PDF, "application/octet-stream",
				"Rapport om kompetansebehov").session(ntnu))
			.andExpect(status().isFound());
		MockHttpSession leser = SignIn.as(this.mvc, "leser");
		Document library = Jsoup.parse(this.mvc.perform(get("/documents?agreement=" + agreement() + "&q=analyse").session(leser))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(library.select(".document-table strong").eachText()).containsExactly("Rapport om kompetansebehov");
		assertThat(library.select(".document-table a").text()).contains("Kompetanse_rapport 2024.pdf");
		String href = library.select(".document-table a[href$=/file]").attr("href");
		var download = this.mvc.perform(get(href).session(leser)).andExpect(status().isOk()).andReturn().getResponse();
		assertThat(download.getContentType()).isEqualTo("application/pdf");
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment").doesNotContain("/").doesNotContain("..");
		assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(download.getContentAsByteArray()).isEqualTo(PDF);
		assertThat(Jsoup.parse(this.mvc.perform(get("/documents?agreement=" + agreement() + "&q=budsjett").session(leser))
			.andReturn()
			.getResponse()
			.getContentAsString()).select(".document-table")).isEmpty();
		// a filter value of the wrong kind is a bad request, not an error
		this.mvc.perform(get("/documents?agreement=abc").session(leser)).andExpect(status().isBadRequest());
		this.mvc.perform(get("/documents?activity=1.5").session(leser)).andExpect(status().isBadRequest());
	}

	@Test
	void theLibraryRunsTheSameStatementsForFewAndManyDocuments() throws Exception {
		MockHttpSession session = SignIn.as(this.mvc, "sekretaer");
		String path = "/documents?agreement=" + agreement();
		int few = statementsOf(path, session);
		for (int i = 0; i < 30; i++) {
			this.mvc.perform(upload("analyse-" + i + ".pdf", PDF, "application/pdf", "Analyse " + i)
				.param("focusAreaId", String.valueOf(focusAreaA()))
				.session(session)).andExpect(status().isFound());
		}
		assertThat(statementsOf(path, session)).isEqualTo(few);
		System.out.println("SQL statements for the document library: " + few);
	}

	private long focusAreaA() {
		return this.jdbc.sql("select id from focus_area where agreement_id = :agreement and code = 'A'")
			.param("agreement", agreement())
			.query(Long.class)
			.single();
	}

	private int statementsOf(String path, MockHttpSession session) throws Exception {
		this.statements.reset();
		this.mvc.perform(get(path).session(session)).andExpect(status().isOk());
		return this.statements.count();
	}

	@Test
	void aFileWhoseBytesDoNotMatchItsNameIsRefusedWithTheInputKept() throws Exception {
		MockHttpSession session = SignIn.as(this.mvc, "ntnu");
		long before = documentCount();
		for (var file : new Object[][] { { "rapport.pdf", PNG, "application/pdf" },
				{ "notater.txt", "bare tekst".getBytes(StandardCharsets.UTF_8), "text/plain" },
				{ "skript.pdf", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), "application/pdf" } }) {
			Document page = Jsoup.parse(this.mvc
				.perform(upload((String) file[0], (byte[]) file[1], (String) file[2], "Min analyse").session(session))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
			assertThat(page.select("#error-summary").text()).as((String) file[0]).contains("innholdet passer ikke med filtypen");
			assertThat(page.select("#title").val()).isEqualTo("Min analyse");
			assertThat(page.select("#description").text()).isEqualTo("Analysene av kompetansebehovene i regionene");
		}
		assertThat(documentCount()).isEqualTo(before);
		this.mvc.perform(upload("bilde.png", PNG, "image/png", "Et bilde").session(session)).andExpect(status().isFound());
	}

	@Test
	void aFileOverTwentyMegabytesThatFitsInTheRequestIsRefusedOnTheForm() throws Exception {
		byte[] bytes = Arrays.copyOf(PDF, (int) DocumentUploadController.MAX_BYTES + 1);
		Document page = Jsoup.parse(this.mvc.perform(upload("stor.pdf", bytes, "application/pdf", "Stor").session(SignIn.as(this.mvc, "ntnu")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("#error-summary").text()).contains("Filen er for stor. En fil kan være høyst 20 MB.");
	}

	@Test
	void aFileIsAttachedOnlyToAnActivityTheUserMayUpdate() throws Exception {
		long ntnuActivity = this.jdbc.sql("""
				insert into activity (title, focus_area_id, lead_organisation_id, responsible_person_id, status,
				    created_by, created_at, last_modified_by, last_modified_at)
				select 'NTNUs aktivitet', f.id, o.id, u.person_id, 'PLANNED', 'test', now(), 'test', now()
				from focus_area f, organisation o, user_account u
				where f.agreement_id = :agreement and f.code = 'A' and o.short_name = 'NTNU' and u.username = 'prorektor'
				returning id""").param("agreement", agreement()).query(Long.class).single();
		long before = documentCount();
		this.mvc.perform(upload("rapport.pdf", PDF, "application/pdf", "Forfalsket vedlegg")
			.param("activityId", String.valueOf(ntnuActivity))
			.session(SignIn.as(this.mvc, "nho"))).andExpect(status().isForbidden());
		assertThat(documentCount()).isEqualTo(before);
		MockHttpSession ntnu = SignIn.as(this.mvc, "ntnu");
		this.mvc.perform(upload("rapport.pdf", PDF, "application/pdf", "Ekte vedlegg")
			.param("activityId", String.valueOf(ntnuActivity))
			.session(ntnu)).andExpect(status().isFound());
		Document activityPage = Jsoup.parse(this.mvc.perform(get("/activities/" + ntnuActivity).session(ntnu))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(activityPage.select("#documents-heading + ul").text()).contains("Ekte vedlegg");
	}

	@Test
	void readersCannotUploadEvenWithAForgedPost() throws Exception {
		MockHttpSession session = SignIn.as(this.mvc, "leser");
		long before = documentCount();
		this.mvc.perform(get("/documents/new").session(session)).andExpect(status().isForbidden());
		this.mvc.perform(upload("rapport.pdf", PDF, "application/pdf", "Forfalsket").session(session))
			.andExpect(status().isForbidden());
		assertThat(documentCount()).isEqualTo(before);
	}

	@Test
	void anOversizedUploadEndsOnTheUploadPageWithAClearMessage() throws Exception {
		// through Tomcat for real: MockMvc does not enforce the multipart limits
		HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
		String base = "http://localhost:" + this.port;
		Document login = Jsoup.parse(client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body());
		client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=ntnu&password=demo&_csrf="
					+ login.select("input[name=_csrf]").val()))
			.build(), HttpResponse.BodyHandlers.ofString());
		Document form = Jsoup.parse(client.send(HttpRequest.newBuilder(URI.create(base + "/documents/new")).build(),
				HttpResponse.BodyHandlers.ofString()).body());
		String action = form.select("form[enctype=multipart/form-data]").attr("action");
		assertThat(action).isEqualTo("/documents/new");

		byte[] big = new byte[21 * 1024 * 1024];
		System.arraycopy(PDF, 0, big, 0, PDF.length);
		Arrays.fill(big, PDF.length, big.length, (byte) ' ');
		String boundary = "----avtaleportal";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nFor stor\r\n"
				+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"stor.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(big);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		long before = documentCount();
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + action))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.uri().getPath()).isEqualTo("/documents/new");
		assertThat(Jsoup.parse(response.body()).select("#upload-too-large").text())
			.isEqualTo("Filen er for stor. En fil kan være høyst 20 MB. Ingenting ble lagret; velg en mindre fil og prøv igjen.");
		assertThat(documentCount()).isEqualTo(before);
	}

}
