package no.avtaleportal.document;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface DocumentRepository extends ListCrudRepository<Document, Long> {

	/**
	 * The agreement's documents, newest first, narrowed by words (PostgreSQL full-text search in
	 * Norwegian, over title, description and file name) and by activity when given.
	 */
	@Query(value = """
			select * from document d
			where d.agreement_id in (:agreements)
			  and (cast(:q as text) is null or d.search_vector @@ websearch_to_tsquery('norwegian', cast(:q as text)))
			  and (cast(:activity as bigint) is null or d.activity_id = cast(:activity as bigint))
			order by d.document_date desc, d.id desc
			limit 200""", nativeQuery = true)
	List<Document> search(Collection<Long> agreements, String q, Long activity);

	boolean existsByExampleTrue();

	List<Document> findByActivityIdOrderByDocumentDateDescIdDesc(long activityId);

}
