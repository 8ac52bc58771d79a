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

	private static final List<Long> NONE = List.of(-1L);

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
	 * The papers of a meeting's agenda (issue 18): the agreement's documents dated no later than
	 * the meeting's day and filed under one of its cases' activities, commitments or focus areas
	 * (a focus area's own documents only, not those of its commitments or activities), oldest
	 * first, in one statement. Which case a paper belongs to is {@link Paper#isAbout}.
	 */
	public List<Paper> papers(long agreementId, LocalDate day, Collection<Long> activityIds, Collection<Long> commitmentIds,
			Collection<Long> focusAreaIds) {
		if (activityIds.isEmpty() && commitmentIds.isEmpty() && focusAreaIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select d.id, d.title, d.document_date, d.file_name, d.activity_id, d.commitment_id, d.focus_area_id
				from document d where d.agreement_id = :agreement and d.document_date <= :day
				  and (d.activity_id in (:activities) or d.commitment_id in (:commitments)
				    or (d.focus_area_id in (:areas) and d.commitment_id is null and d.activity_id is null))
				order by d.document_date, d.title, d.id""")
			.param("agreement", agreementId)
			.param("day", day)
			.param("activities", activityIds.isEmpty() ? NONE : activityIds)
			.param("commitments", commitmentIds.isEmpty() ? NONE : commitmentIds)
			.param("areas", focusAreaIds.isEmpty() ? NONE : focusAreaIds)
			.query((rs, row) -> new Paper(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4),
					rs.getObject(5, Long.class), rs.getObject(6, Long.class), rs.getObject(7, Long.class)))
			.list();
	}

	/** A document as a paper of a meeting: its file and what it is filed under. */
	public record Paper(long id, String title, LocalDate date, String fileName, Long activityId, Long commitmentId,
			Long focusAreaId) {

		/** The portal path that opens its file. */
		public String path() {
			return "/documents/" + this.id + "/file";
		}

		/**
		 * Whether it is a paper of the case about these: filed under the case's most specific link
		 * (its activity, else its commitment, else its focus area as a whole).
		 */
		public boolean isAbout(Long caseActivityId, Long caseCommitmentId, Long caseFocusAreaId) {
			if (caseActivityId != null) {
				return caseActivityId.equals(this.activityId);
			}
			if (caseCommitmentId != null) {
				return caseCommitmentId.equals(this.commitmentId);
			}
			return caseFocusAreaId != null && caseFocusAreaId.equals(this.focusAreaId) && this.commitmentId == null
					&& this.activityId == null;
		}

	}

	/** A shared document with its file, as uploaded. */
	public record SharedFile(long id, String title, LocalDate date, String description, String fileName,
			String contentType, byte[] content) {
	}

	/** A shared document: its title, its date and the focus area it is filed under, if any. */
	public record Shared(long id, String title, LocalDate date, Long focusAreaId) {
	}

}
