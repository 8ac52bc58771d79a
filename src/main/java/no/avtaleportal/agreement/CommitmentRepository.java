package no.avtaleportal.agreement;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface CommitmentRepository extends ListCrudRepository<Commitment, Long> {

	@Query("""
			select c from Commitment c join fetch c.focusArea f join fetch c.clause
			where f.agreement.id = :agreementId order by f.code, c.position""")
	List<Commitment> findOfAgreement(long agreementId);

	@Query("""
			select c from Commitment c join fetch c.focusArea f join fetch f.agreement join fetch c.clause
			where c.id = :id and f.agreement.id = :agreementId""")
	Optional<Commitment> findInAgreement(long agreementId, long id);

	@Query("select coalesce(max(c.position), 0) from Commitment c where c.focusArea.id = :focusAreaId")
	int lastPosition(long focusAreaId);

}
