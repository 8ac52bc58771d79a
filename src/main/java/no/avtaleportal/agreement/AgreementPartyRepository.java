package no.avtaleportal.agreement;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AgreementPartyRepository extends ListCrudRepository<AgreementParty, Long> {

	// an array, not an IN list: Hibernate translates a query with a list of values again on every
	// call (as in IndicatorRepository, AgreementRepository, MeetingRepository and others)
	@Query("select p from AgreementParty p where array_contains(:agreementIds, p.agreement.id) order by p.agreement.id, p.position")
	List<AgreementParty> findOfAgreements(Long... agreementIds);

}
