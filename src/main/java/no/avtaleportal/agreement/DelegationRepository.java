package no.avtaleportal.agreement;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface DelegationRepository extends ListCrudRepository<Delegation, Long> {

	@Query("""
			select d from Delegation d left join fetch d.focusArea join fetch d.clause
			where d.agreement.id = :agreementId order by d.position, d.id""")
	List<Delegation> findOfAgreement(long agreementId);

	@Query("""
			select d from Delegation d join fetch d.agreement left join fetch d.focusArea join fetch d.clause
			where d.id = :id and d.agreement.id = :agreementId""")
	Optional<Delegation> findInAgreement(long agreementId, long id);

	@Query("select coalesce(max(d.position), 0) from Delegation d where d.agreement.id = :agreementId")
	int lastPosition(long agreementId);

}
