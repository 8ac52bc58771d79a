package no.avtaleportal.database;

import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * A portal's database in a process of its own, for tests that kill that process: starts the
 * server on the folder given, writes a row, says READY and waits to be killed.
 */
public final class LocalPostgresFixture {

	private LocalPostgresFixture() {
	}

	public static void main(String[] args) throws Exception {
		LocalPostgresServer server = LocalPostgresServer.start(Paths.get(args[0]), 0);
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), LocalPostgresServer.USERNAME, "");
				Statement statement = connection.createStatement()) {
			statement.execute("create table if not exists note (text varchar(100) not null)");
			statement.execute("insert into note values ('written before the portal was killed')");
		}
		System.out.println("READY");
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}

}
