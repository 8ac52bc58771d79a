package no.avtaleportal.document;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.web.NotFoundException;

/**
 * A document's file, downloaded by everyone who sees its agreement; a document of an agreement
 * the user does not see is a 404. The security rule is {@link DocumentController#documentAccess()}.
 */
@Controller
class DocumentFileController {

	private final DocumentRepository documents;

	private final Agreements agreements;

	private final DocumentFiles files;

	DocumentFileController(DocumentRepository documents, Agreements agreements, DocumentFiles files) {
		this.documents = documents;
		this.agreements = agreements;
		this.files = files;
	}

	@GetMapping("/documents/{id}/file")
	ResponseEntity<byte[]> download(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
		Document document = this.documents.findById(id).orElseThrow(() -> new NotFoundException("document " + id));
		if (this.agreements.visibleTo(user).stream().noneMatch(agreement -> agreement.id() == document.getAgreementId())) {
			throw new NotFoundException("document " + id);
		}
		byte[] content = this.files.content(id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.getContentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(document.getFileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(content);
	}

}
