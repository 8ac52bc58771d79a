package no.avtaleportal.agreement;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface SteeringGroupRepository extends ListCrudRepository<SteeringGroup, Long> {

	@Query("""
			select g from SteeringGroup g left join fetch g.memberRoleIds left join fetch g.clause
			where g.agreement.id = :agreementId""")
	Optional<SteeringGroup> findOfAgreement(long agreementId);

	@Query("select distinct g from SteeringGroup g join fetch g.agreement a left join fetch a.extensions left join fetch g.memberRoleIds order by g.id")
	List<SteeringGroup> findAllWithAgreement();

}
