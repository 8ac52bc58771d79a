package no.avtaleportal.people;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface PersonRepository extends ListCrudRepository<Person, Long> {

	Optional<Person> findByImportKey(String importKey);

	/**
	 * A page of the ids of the people whose name or e-mail address contains the text (lower case,
	 * with backslash, {@code %} and {@code _} escaped; empty for everyone), by organisation and name.
	 */
	@Query("""
			select p.id from Person p join p.organisation o
			where :text = '' or lower(p.name) like concat('%', :text, '%') escape '\\'
			   or lower(p.email) like concat('%', :text, '%') escape '\\'
			order by o.shortName, p.name, p.id""")
	List<Long> search(String text, Pageable pageable);

	/** How many people {@link #search} finds in all. */
	@Query("""
			select count(p) from Person p
			where :text = '' or lower(p.name) like concat('%', :text, '%') escape '\\'
			   or lower(p.email) like concat('%', :text, '%') escape '\\'""")
	long countSearch(String text);

	@Query("select p from Person p join fetch p.organisation o where array_contains(:ids, p.id) order by o.shortName, p.name, p.id")
	List<Person> findAllWithOrganisation(Long[] ids);

	@Query("select p.id from Person p where lower(p.name) like lower(concat('%', :text, '%')) escape '\\'")
	List<Long> findIdsByNameContaining(String text);

}
