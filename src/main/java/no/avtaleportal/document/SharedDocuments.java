package no.avtaleportal.document;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features use of documents: those shared under an agreement over a period, for the
 * evaluation, and the same with their files, for the archive package.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class SharedDocuments {

	private final JdbcClient jdbc;

	SharedDocuments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The documents of the agreement dated from one day to another, oldest first, in one statement. */
	public List<Shared> of(long agreementId, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select d.id, d.title, d.document_date, d.focus_area_id from document d
				where d.agreement_id = :agreement and d.document_date between :from and :to
				order by d.document_date, d.id""")
			.param("agreement", agreementId)
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new Shared(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getObject(4, Long.class)))
			.list();
	}

	/**
	 * The documents of the agreement dated from one day to another with their files, oldest first,
	 * in one statement.
	 */
	public List<SharedFile> filesOf(long agreementId, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select d.id, d.title, d.document_date, d.description, d.file_name, d.content_type, c.content
				from document d join document_content c on c.document_id = d.id
				where d.agreement_id = :agreement and d.document_date between :from and :to
				order by d.document_date, d.id""")
			.param("agreement", agreementId)
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new SharedFile(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getBytes(7)))
			.list();
	}

	/**
	 * The papers of a meeting's agenda (issue 18): the agreement's documents filed under one of the
	 * activities, or under one of the commitments without an activity, newest first, in one
	 * statement (none when both lists are empty).
	 */
	public List<Paper> papers(long agreementId, Collection<Long> activityIds, Collection<Long> commitmentIds) {
		if (activityIds.isEmpty() && commitmentIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select d.id, d.title, d.activity_id, d.commitment_id from document d
				where d.agreement_id = :agreement
				  and (d.activity_id in (:activities) or (d.activity_id is null and d.commitment_id in (:commitments)))
				order by d.document_date desc, d.id desc""")
			.param("agreement", agreementId)
			.param("activities", activityIds.isEmpty() ? List.of(-1L) : activityIds)
			.param("commitments", commitmentIds.isEmpty() ? List.of(-1L) : commitmentIds)
			.query((rs, row) -> new Paper(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class),
					rs.getObject(4, Long.class), "/documents/" + rs.getLong(1) + "/file"))
			.list();
	}

	/**
	 * A document as a paper of a meeting: what it is filed under and the portal path that opens
	 * its file.
	 */
	public record Paper(long id, String title, Long activityId, Long commitmentId, String path) {
	}

	/** A shared document with its file, as uploaded. */
	public record SharedFile(long id, String title, LocalDate date, String description, String fileName,
			String contentType, byte[] content) {
	}

	/** A shared document: its title, its date and the focus area it is filed under, if any. */
	public record Shared(long id, String title, LocalDate date, Long focusAreaId) {
	}

}
