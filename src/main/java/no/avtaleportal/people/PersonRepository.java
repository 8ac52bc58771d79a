package no.avtaleportal.people;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface PersonRepository extends ListCrudRepository<Person, Long> {

	Optional<Person> findByImportKey(String importKey);

	@Query("select p from Person p join fetch p.organisation o order by o.shortName, p.name")
	List<Person> findAllWithOrganisation();

	@Query("select p.id from Person p where lower(p.name) like lower(concat('%', :text, '%')) escape '\\'")
	List<Long> findIdsByNameContaining(String text);

}
