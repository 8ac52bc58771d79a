package no.avtaleportal.evaluation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluationRepository extends JpaRepository<Evaluation, Long> {

	Optional<Evaluation> findByAgreementId(long agreementId);

	List<Evaluation> findByDecisionIdIn(Collection<Long> decisionIds);

}
