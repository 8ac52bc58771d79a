package no.avtaleportal.evaluation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluationRepository extends JpaRepository<Evaluation, Long> {

	Optional<Evaluation> findByAgreementId(long agreementId);

	/** The evaluation's status and decision, read without the rest (its dossier is kilobytes of JSON). */
	Optional<Decided> findDecidedByAgreementId(long agreementId);

	List<Evaluation> findByDecisionIdIn(Collection<Long> decisionIds);

	/** What the agreement page and the dashboard show of an evaluation. */
	record Decided(EvaluationStatus status, Outcome outcome, String decisionNumber, LocalDate decidedOn) {
	}

}
