package no.avtaleportal.activity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityRepository extends JpaRepository<Activity, Long> {

	// fetch joins, not an entity graph: Hibernate translates a query with a graph again on every call
	@Query("select a from Activity a left join fetch a.contributorIds left join fetch a.deliverables where a.id = :id")
	Optional<Activity> findWhole(long id);

	boolean existsByExampleTrue();

	List<Activity> findByFocusAreaIdInOrderByTitleAscIdAsc(Collection<Long> focusAreaIds);

}
