package no.avtaleportal.activity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityRepository extends JpaRepository<Activity, Long> {

	// fetch joins, not an entity graph: Hibernate translates a query with a graph again on every call
	@Query("select a from Activity a left join fetch a.contributorIds left join fetch a.deliverables where a.id = :id")
	Optional<Activity> findWhole(long id);

	/**
	 * Waits until no one else is saving the activity and holds it until the transaction ends, before
	 * anything of it is read: status updates and deliverables are added one at a time, each to the
	 * activity as the one before left it, so that two made at the same moment are both kept.
	 */
	@Query(value = "select id from activity where id = :id for update", nativeQuery = true)
	Optional<Long> lockForUpdate(long id);

	boolean existsByExampleTrue();

}
