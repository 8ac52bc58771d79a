package no.avtaleportal.document;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface DocumentRepository extends ListCrudRepository<Document, Long> {

	/**
	 * The agreements' documents narrowed by words (PostgreSQL full-text search in Norwegian, over
	 * title, description and file name) and by activity when given.
	 */
	String MATCHING = """
			from document d
			where d.agreement_id in (:agreements)
			  and (cast(:q as text) is null or d.search_vector @@ websearch_to_tsquery('norwegian', cast(:q as text)))
			  and (cast(:activity as bigint) is null or d.activity_id = cast(:activity as bigint))
			""";

	/** A page of the {@link #MATCHING} documents, newest first. */
	@Query(value = "select * " + MATCHING + " order by d.document_date desc, d.id desc offset :offset limit :limit",
			nativeQuery = true)
	List<Document> search(Collection<Long> agreements, String q, Long activity, int offset, int limit);

	/** How many documents are {@link #MATCHING}. */
	@Query(value = "select count(*) " + MATCHING, nativeQuery = true)
	long count(Collection<Long> agreements, String q, Long activity);

	boolean existsByExampleTrue();

}
