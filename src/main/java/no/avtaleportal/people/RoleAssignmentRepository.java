package no.avtaleportal.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface RoleAssignmentRepository extends ListCrudRepository<RoleAssignment, Long> {

	/**
	 * Every assignment of the roles with their people, latest first, in one statement.
	 */
	@Query("""
			select a from RoleAssignment a join fetch a.person p join fetch a.role r
			where array_contains(:roleIds, r.id) order by r.id, a.validFrom desc""")
	List<RoleAssignment> findAllOfRoles(Long[] roleIds);

	@Query("""
			select a from RoleAssignment a join fetch a.person p join fetch a.role r join fetch r.organisation
			order by r.organisation.shortName, r.title, a.validFrom desc""")
	List<RoleAssignment> findAllWithRoleAndPerson();

	List<RoleAssignment> findByRoleId(Long roleId);

	@Query("""
			select a from RoleAssignment a join fetch a.person join fetch a.role r join fetch r.organisation
			where a.id = :id""")
	Optional<RoleAssignment> findWhole(long id);

	boolean existsByRoleIdAndPersonIdAndValidFrom(Long roleId, Long personId, LocalDate validFrom);

}
