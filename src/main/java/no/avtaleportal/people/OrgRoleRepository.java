package no.avtaleportal.people;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface OrgRoleRepository extends ListCrudRepository<OrgRole, Long> {

	@Query("select r from OrgRole r join fetch r.organisation where r.importKey = :importKey")
	Optional<OrgRole> findByImportKey(String importKey);

	@Query("select r from OrgRole r join fetch r.organisation o order by o.shortName, r.title")
	List<OrgRole> findAllWithOrganisation();

	@Query("select r from OrgRole r join fetch r.organisation where array_contains(:ids, r.id)")
	List<OrgRole> findAllWithOrganisation(Long... ids);

}
