package no.avtaleportal.agreement;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface FocusAreaRepository extends ListCrudRepository<FocusArea, Long> {

	@Query("select f from FocusArea f join fetch f.clause where f.agreement.id = :agreementId order by f.code")
	List<FocusArea> findOfAgreement(long agreementId);

	@Query("""
			select f from FocusArea f join fetch f.clause join fetch f.agreement
			where f.agreement.id = :agreementId and f.code = :code""")
	Optional<FocusArea> findByCode(long agreementId, String code);

	boolean existsByAgreementIdAndCodeAndIdNot(Long agreementId, String code, Long id);

	boolean existsByAgreementIdAndCode(Long agreementId, String code);

}
