package no.avtaleportal.document;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.function.SingletonSupplier;

/**
 * The text inside an uploaded file (PDF, Word, PowerPoint, Excel and what else Apache Tika reads),
 * kept in {@code document_text} for the search. A file Tika cannot read keeps an empty text and is
 * still found by its title and description. Documents stored before there was a text (an older
 * portal, a restored database) are read when the portal starts, a few at a time, each in its own
 * transaction, so that a start is never held up for long and a second start simply goes on.
 */
@Component
class DocumentTexts {

	/** The most characters kept of one file's text. */
	static final int MAX_CHARACTERS = 1_000_000;

	private static final Logger logger = LoggerFactory.getLogger(DocumentTexts.class);

	private static final int BATCH = 20;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	/**
	 * Made on first use, not when the portal starts: Tika's configuration loads and sets up every
	 * parser and detector it knows (3 % of a start's CPU, issue 15), and a start needs it only
	 * when a stored document has no text yet.
	 */
	private final SingletonSupplier<Parser> parser = SingletonSupplier.of(AutoDetectParser::new);

	DocumentTexts(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** The file's text, white space tidied, or empty when Tika cannot read it. */
	String extract(byte[] bytes, String fileName) {
		BodyContentHandler handler = new BodyContentHandler(MAX_CHARACTERS);
		Metadata metadata = new Metadata();
		metadata.set("resourceName", fileName);
		try (InputStream in = new ByteArrayInputStream(bytes)) {
			this.parser.obtain().parse(in, handler, metadata, new ParseContext());
		}
		catch (Exception ex) {
			if (!WriteLimitReachedException.isWriteLimitReached(ex)) {
				logger.info("No text read from {}: {}", fileName, ex.toString());
				return "";
			}
		}
		// PostgreSQL text holds no NUL characters
		return handler.toString().replace('\u0000', ' ').replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll("\\n\\s*\\n+", "\n").strip();
	}

	/** Reads and keeps the text of the document's file; in the caller's transaction. */
	void store(long documentId, byte[] bytes, String fileName) {
		this.jdbc.sql("""
				insert into document_text (document_id, body, extracted_at) values (:id, :body, :at)
				on conflict (document_id) do update set body = excluded.body, extracted_at = excluded.extracted_at""")
			.param("id", documentId)
			.param("body", extract(bytes, fileName))
			.param("at", OffsetDateTime.now(this.clock))
			.update();
	}

	/** Reads the files of the documents that have no text yet. */
	@EventListener(ApplicationReadyEvent.class)
	void readMissing() {
		int read = 0;
		while (true) {
			Integer batch = this.transactions.execute(status -> {
				List<Missing> missing = this.jdbc.sql("""
						select d.id, d.file_name, c.content from document d join document_content c on c.document_id = d.id
						where not exists (select 1 from document_text t where t.document_id = d.id)
						order by d.id limit :batch
						for update of d skip locked""")
					.param("batch", BATCH)
					.query((row, number) -> new Missing(row.getLong("id"), row.getString("file_name"),
							row.getBytes("content")))
					.list();
				missing.forEach(document -> store(document.id(), document.content(), document.fileName()));
				return missing.size();
			});
			read += (batch == null) ? 0 : batch;
			if (batch == null || batch < BATCH) {
				break;
			}
		}
		if (read > 0) {
			logger.info("Read the text of {} stored documents for the search", read);
		}
	}

	private record Missing(long id, String fileName, byte[] content) {
	}

}
