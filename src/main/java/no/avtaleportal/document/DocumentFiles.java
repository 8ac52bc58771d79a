package no.avtaleportal.document;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves a document with its bytes and the text read from them in one transaction, and reads the
 * bytes back.
 */
@Component
class DocumentFiles {

	private final DocumentRepository documents;

	private final JdbcClient jdbc;

	private final DocumentTexts texts;

	DocumentFiles(DocumentRepository documents, JdbcClient jdbc, DocumentTexts texts) {
		this.documents = documents;
		this.jdbc = jdbc;
		this.texts = texts;
	}

	@Transactional
	Document store(Document document, byte[] bytes) {
		Document saved = this.documents.save(document);
		this.jdbc.sql("insert into document_content (document_id, content) values (:id, :content)")
			.param("id", saved.getId())
			.param("content", bytes)
			.update();
		this.texts.store(saved.getId(), bytes, saved.getFileName());
		return saved;
	}

	byte[] content(long documentId) {
		return this.jdbc.sql("select content from document_content where document_id = :id")
			.param("id", documentId)
			.query(byte[].class)
			.single();
	}

}
