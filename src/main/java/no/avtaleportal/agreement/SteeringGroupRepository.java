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

}
