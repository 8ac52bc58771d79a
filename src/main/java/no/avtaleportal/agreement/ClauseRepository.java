package no.avtaleportal.agreement;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ClauseRepository extends ListCrudRepository<Clause, Long> {

	@Query("select c from Clause c where c.agreement.id = :agreementId order by c.position")
	List<Clause> findOfAgreement(long agreementId);

	@Query("select c from Clause c join fetch c.agreement where c.id = :id and c.agreement.id = :agreementId")
	Optional<Clause> findInAgreement(long agreementId, long id);

	@Query("select coalesce(max(c.position), 0) from Clause c where c.agreement.id = :agreementId")
	int lastPosition(long agreementId);

	boolean existsByAgreementIdAndNumberAndIdNot(Long agreementId, String number, Long id);

	boolean existsByAgreementIdAndNumber(Long agreementId, String number);

}
