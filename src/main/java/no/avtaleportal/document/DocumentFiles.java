package no.avtaleportal.document;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves a document with its bytes in one transaction, and reads the bytes back.
 */
@Component
class DocumentFiles {

	private final DocumentRepository documents;

	private final JdbcClient jdbc;

	DocumentFiles(DocumentRepository documents, JdbcClient jdbc) {
		this.documents = documents;
		this.jdbc = jdbc;
	}

	@Transactional
	Document store(Document document, byte[] bytes) {
		Document saved = this.documents.save(document);
		this.jdbc.sql("insert into document_content (document_id, content) values (:id, :content)")
			.param("id", saved.getId())
			.param("content", bytes)
			.update();
		return saved;
	}

	byte[] content(long documentId) {
		return this.jdbc.sql("select content from document_content where document_id = :id")
			.param("id", documentId)
			.query(byte[].class)
			.single();
	}

}
