package no.avtaleportal.indicator;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IndicatorRepository extends JpaRepository<Indicator, Long> {

	@EntityGraph(attributePaths = "measurements")
	@Query("select i from Indicator i where i.id = :id")
	Optional<Indicator> findWhole(long id);

	@EntityGraph(attributePaths = "measurements")
	@Query("select i from Indicator i where i.commitmentId in :commitmentIds order by i.commitmentId, i.name, i.id")
	List<Indicator> findWholeOfCommitments(Collection<Long> commitmentIds);

	@EntityGraph(attributePaths = "measurements")
	@Query("select i from Indicator i where i.id in :ids order by i.id")
	List<Indicator> findWholeByIds(Collection<Long> ids);

	boolean existsByExampleTrue();

}
