package no.avtaleportal.evaluation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AssessmentRepository extends ListCrudRepository<Assessment, Long> {

	@Query("select distinct a from Assessment a left join fetch a.ratings where a.evaluationId = :evaluationId order by a.organisationId")
	List<Assessment> findOfEvaluation(long evaluationId);

	Optional<Assessment> findByEvaluationIdAndOrganisationId(long evaluationId, long organisationId);

}
