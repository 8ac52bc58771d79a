package no.avtaleportal.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The default run's database: data survives restarts, it is written safely, one portal owns a
 * folder at a time, and a server left behind by a killed portal is recovered.
 */
class LocalPostgresServerTests {

	@TempDir
	Path folder;

	@Test
	void dataSurvivesARestartAndIsWrittenWithFsyncOn() throws Exception {
		Path data = this.folder.resolve("postgres");
		try (LocalPostgresServer server = LocalPostgresServer.start(data, 0)) {
			execute(server, "create table note (text varchar(100) not null)",
					"insert into note values ('kept across restarts')");
			assertThat(query(server, "show fsync")).containsExactly("on");
			assertThat(query(server, "show synchronous_commit")).containsExactly("on");
			assertThat(query(server, "select current_setting('server_version_num')::int / 10000"))
				.containsExactly(String.valueOf(LocalPostgresServer.MAJOR_VERSION));
		}
		try (LocalPostgresServer server = LocalPostgresServer.start(data, 0)) {
			assertThat(query(server, "select text from note")).containsExactly("kept across restarts");
		}
	}

	@Test
	void aFolderOfAnotherPostgresVersionIsRefusedWithWhatToDo() throws Exception {
		Path data = Files.createDirectories(this.folder.resolve("postgres"));
		Files.writeString(data.resolve("PG_VERSION"), "18\n");
		assertThatExceptionOfType(LocalPostgresServer.DataOfAnotherVersionException.class)
			.isThrownBy(() -> LocalPostgresServer.start(data, 0))
			.withMessageContaining("was made by PostgreSQL 18")
			.withMessageContaining("--avtaleportal.embedded-postgres.data-directory");
	}

	@Test
	void aSecondPortalOnTheSameFolderIsRefusedAndAServerLeftByAKilledPortalIsRecovered() throws Exception {
		Path data = this.folder.resolve("postgres");
		Process portal = startPortalInAnotherProcess(data);
		try {
			assertThatExceptionOfType(LocalPostgresServer.FolderInUseException.class)
				.isThrownBy(() -> LocalPostgresServer.start(data, 0))
				.withMessageContaining("Another Avtaleportal is already running on the data folder")
				.withMessageContaining(data.toString());

			long orphanPid = postmasterPid(data);
			portal.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive))
				.as("the killed portal's PostgreSQL is left running")
				.contains(true);

			try (LocalPostgresServer server = LocalPostgresServer.start(data, 0)) {
				assertThat(query(server, "select text from note")).containsExactly("written before the portal was killed");
				assertThat(ProcessHandle.of(orphanPid).filter(ProcessHandle::isAlive)).isEmpty();
			}
		}
		finally {
			portal.destroyForcibly();
		}
	}

	private static Process startPortalInAnotherProcess(Path data) throws IOException {
		Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
		Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
				LocalPostgresFixture.class.getName(), data.toString())
			.redirectErrorStream(true)
			.start();
		BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		List<String> lines = new ArrayList<>();
		for (String line = output.readLine(); line != null; line = output.readLine()) {
			lines.add(line);
			if (line.equals("READY")) {
				return process;
			}
		}
		throw new IllegalStateException("The portal process ended before it was ready:\n" + String.join("\n", lines));
	}

	private static long postmasterPid(Path data) throws IOException {
		return Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
	}

	private static void execute(LocalPostgresServer server, String... statements) throws SQLException {
		try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	private static List<String> query(LocalPostgresServer server, String sql) throws SQLException {
		try (Connection connection = connect(server); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			List<String> values = new ArrayList<>();
			while (rows.next()) {
				values.add(rows.getString(1));
			}
			return values;
		}
	}

	private static Connection connect(LocalPostgresServer server) throws SQLException {
		return DriverManager.getConnection(server.jdbcUrl(), LocalPostgresServer.USERNAME, "");
	}


}
