package no.avtaleportal.database;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.avtaleportal.account.PortalInstance;
import no.avtaleportal.support.HttpSignIn;
import no.avtaleportal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The backup the README documents, done for real (issue 21): the portal with its demo content is
 * dumped with {@code pg_dump -Fc}, restored with {@code pg_restore} into an empty database, and a
 * second portal started on the restored database shows the same agreement, meetings and history
 * and serves every document byte for byte.
 */
@PortalTest
class BackupRestoreTests {

	/** Tables whose rows change by themselves while portals run (sessions, locks). */
	private static final List<String> VOLATILE_TABLES = List.of("spring_session", "spring_session_attributes", "shedlock");

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Environment environment;

	@LocalServerPort
	private int port;

	@Test
	void aDumpRestoredIntoAnEmptyDatabaseServesTheSamePortal(@TempDir Path folder) throws Exception {
		Database source = Database.of(this.environment.getProperty("spring.datasource.url"),
				this.environment.getProperty("spring.datasource.username"),
				this.environment.getProperty("spring.datasource.password", ""));
		int serverMajor = this.jdbc.sql("select current_setting('server_version_num')::int / 10000").query(Integer.class).single();
		Path tools = PostgresTools.find(serverMajor);
		assumeTrue(tools != null, "No pg_dump and pg_restore of PostgreSQL " + serverMajor
				+ " or newer on this machine (looked in $PG_BIN, /usr/lib/postgresql/*/bin and the PATH); "
				+ "install the client of the test server's version to run the backup test");

		long agreement = this.jdbc.sql("select id from agreement where import_key = 'ntnu-nho-2023'").query(Long.class).single();
		long meeting = this.jdbc.sql("select id from meeting where minutes_status = 'PUBLISHED' order by starts_at desc limit 1")
			.query(Long.class)
			.single();
		Map<Long, String> checksums = new LinkedHashMap<>();
		this.jdbc.sql("select document_id, encode(sha256(content), 'hex') from document_content order by document_id")
			.query((row, number) -> checksums.put(row.getLong(1), row.getString(2)))
			.list();
		assertThat(checksums).as("the demo content has documents to compare").isNotEmpty();
		List<String> pages = List.of("/agreements/" + agreement, "/agreements/" + agreement + "/history",
				"/meetings/" + meeting, "/meetings/" + meeting + "/history", "/decisions", "/activities");
		Map<String, Object> before = mainTexts(this.port, pages);
		Map<String, Long> rows = rowCounts(this.jdbc);

		// the commands of the README's "Operating the portal"
		Path dump = folder.resolve("avtaleportal.dump");
		run(source, tools.resolve("pg_dump").toString(), "-Fc", "--no-owner", "-f", dump.toString(), "-d", source.name());
		String restoredName = source.name() + "_restored_" + UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.sql("create database " + restoredName + " template template0").update();
		try {
			Database restored = source.named(restoredName);
			run(restored, tools.resolve("pg_restore").toString(), "--no-owner", "--exit-on-error", "-d", restoredName,
					dump.toString());
			try (ConfigurableApplicationContext portal = PortalInstance.start(this.environment,
					"spring.datasource.url=" + restored.jdbcUrl(),
					// the restored content must come from the dump, not from the demo loader
					"avtaleportal.demo.enabled=false")) {
				JdbcClient restoredJdbc = JdbcClient.create(portal.getBean(javax.sql.DataSource.class));
				assertThat(restoredJdbc.sql("select current_database()").query(String.class).single()).isEqualTo(restoredName);
				assertThat(rowCounts(restoredJdbc)).isEqualTo(rows);
				int restoredPort = PortalInstance.port(portal);
				assertThat(mainTexts(restoredPort, pages)).isEqualTo(before);
				String session = HttpSignIn.signIn(restoredPort, "admin");
				for (Map.Entry<Long, String> document : checksums.entrySet()) {
					HttpResponse<byte[]> file = HttpClient.newHttpClient()
						.send(HttpRequest.newBuilder(URI.create("http://localhost:" + restoredPort + "/documents/"
								+ document.getKey() + "/file")).header("Cookie", "SESSION=" + session).build(),
								HttpResponse.BodyHandlers.ofByteArray());
					assertThat(file.statusCode()).isEqualTo(200);
					assertThat(sha256(file.body())).as("document " + document.getKey()).isEqualTo(document.getValue());
				}
			}
		}
		finally {
			this.jdbc.sql("drop database if exists " + restoredName + " with (force)").update();
		}
	}

	/** Every table's row count, the Flyway history included (the restored portal migrates nothing). */
	private static Map<String, Long> rowCounts(JdbcClient jdbc) {
		Map<String, Long> counts = new LinkedHashMap<>();
		List<String> tables = jdbc.sql("""
				select table_name from information_schema.tables
				where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name""")
			.query(String.class)
			.list();
		for (String table : tables) {
			if (!VOLATILE_TABLES.contains(table)) {
				counts.put(table, jdbc.sql("select count(*) from \"" + table + "\"").query(Long.class).single());
			}
		}
		return counts;
	}

	/**
	 * What a steering group member reads on each page: the text of its main landmark; of a history
	 * page its changes in any order, since the parts changed in one revision (the agenda items of
	 * a new meeting) come in the order the database returns them, which a restore may change.
	 */
	private static Map<String, Object> mainTexts(int port, List<String> pages) throws Exception {
		String session = HttpSignIn.signIn(port, "prorektor");
		Map<String, Object> texts = new LinkedHashMap<>();
		for (String page : pages) {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + page))
					.header("Cookie", "SESSION=" + session)
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(page).isEqualTo(200);
			org.jsoup.nodes.Document html = Jsoup.parse(response.body());
			List<String> changes = html.select("main li.history-change").eachText();
			texts.put(page, changes.isEmpty() ? html.select("main").text() : changes.stream().sorted().toList());
		}
		return texts;
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

	private static void run(Database database, String... command) throws IOException, InterruptedException {
		List<String> arguments = new ArrayList<>(List.of(command));
		arguments.addAll(List.of("-h", database.host(), "-p", String.valueOf(database.port()), "-U", database.username()));
		ProcessBuilder builder = new ProcessBuilder(arguments).redirectErrorStream(true);
		builder.environment().put("PGPASSWORD", database.password());
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
		assertThat(process.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
	}

	/** The parts of a {@code jdbc:postgresql://host:port/name?...} address that pg_dump needs. */
	record Database(String host, int port, String name, String username, String password) {

		static Database of(String jdbcUrl, String username, String password) {
			URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
			return new Database(uri.getHost(), (uri.getPort() > 0) ? uri.getPort() : 5432, uri.getPath().substring(1),
					username, (password != null) ? password : "");
		}

		Database named(String other) {
			return new Database(this.host, this.port, other, this.username, this.password);
		}

		String jdbcUrl() {
			return "jdbc:postgresql://" + this.host + ":" + this.port + "/" + this.name;
		}

	}

	/** A folder with pg_dump and pg_restore that can read a server of the given major version. */
	static final class PostgresTools {

		private PostgresTools() {
		}

		static Path find(int serverMajor) throws IOException, InterruptedException {
			List<Path> candidates = new ArrayList<>();
			String configured = System.getenv("PG_BIN");
			if (configured != null && !configured.isBlank()) {
				candidates.add(Path.of(configured));
			}
			Path debian = Path.of("/usr/lib/postgresql");
			if (Files.isDirectory(debian)) {
				try (var versions = Files.list(debian)) {
					versions.map(version -> version.resolve("bin")).sorted(java.util.Comparator.reverseOrder()).forEach(candidates::add);
				}
			}
			for (String entry : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
				if (!entry.isBlank()) {
					candidates.add(Path.of(entry));
				}
			}
			for (Path folder : candidates) {
				if (Files.isExecutable(folder.resolve("pg_dump")) && Files.isExecutable(folder.resolve("pg_restore"))
						&& majorVersion(folder.resolve("pg_dump")) >= serverMajor) {
					return folder;
				}
			}
			return null;
		}

		/** 15 for "pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)". */
		private static int majorVersion(Path pgDump) throws IOException, InterruptedException {
			Process process = new ProcessBuilder(pgDump.toString(), "--version").redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			process.waitFor(10, TimeUnit.SECONDS);
			java.util.regex.Matcher version = java.util.regex.Pattern.compile("\\) (\\d+)").matcher(output);
			return version.find() ? Integer.parseInt(version.group(1)) : 0;
		}

	}

}
