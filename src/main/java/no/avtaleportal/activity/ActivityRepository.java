package no.avtaleportal.activity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityRepository extends JpaRepository<Activity, Long> {

	@EntityGraph(attributePaths = { "contributorIds", "deliverables" })
	@Query("select a from Activity a where a.id = :id")
	Optional<Activity> findWhole(long id);

	boolean existsByExampleTrue();

	List<Activity> findByFocusAreaIdInOrderByTitleAscIdAsc(Collection<Long> focusAreaIds);

}
