package no.avtaleportal.indicator;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IndicatorRepository extends JpaRepository<Indicator, Long> {

	// fetch joins, not entity graphs, and an array, not an IN list: Hibernate translates a query
	// with a graph or a list of values again on every call
	@Query("select i from Indicator i left join fetch i.measurements where i.id = :id")
	Optional<Indicator> findWhole(long id);

	@Query("select i from Indicator i left join fetch i.measurements where i.id in :ids order by i.id")
	List<Indicator> findWholeByIds(Collection<Long> ids);

	boolean existsByExampleTrue();

}
