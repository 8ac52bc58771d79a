package no.avtaleportal.people;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

	Optional<Organisation> findByOrgNumber(String orgNumber);

	Optional<Organisation> findByShortNameIgnoreCase(String shortName);

	List<Organisation> findAllByOrderByNameAsc();

}
