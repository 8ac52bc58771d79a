package no.avtaleportal.agreement;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AgreementRepository extends ListCrudRepository<Agreement, Long> {

	Optional<Agreement> findByImportKey(String importKey);

	/**
	 * The agreement with its extensions and predecessor, in one statement.
	 */
	@Query("""
			select a from Agreement a left join fetch a.extensions left join fetch a.predecessor
			where a.id = :id""")
	Optional<Agreement> findWhole(long id);

	@Query("""
			select count(p) > 0 from AgreementParty p where p.agreement.id = :agreementId
			and p.organisationId = :organisationId""")
	boolean isParty(long agreementId, Long organisationId);

	@Query("select s from Agreement s where s.predecessor.id = :id")
	Optional<Agreement> findSuccessor(long id);

	@Query("select s from Agreement s where array_contains(:ids, s.predecessor.id)")
	List<Agreement> findSuccessors(Long[] ids);

	List<Agreement> findAllByOrderByTitleAsc();

}
