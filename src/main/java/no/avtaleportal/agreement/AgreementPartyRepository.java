package no.avtaleportal.agreement;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AgreementPartyRepository extends ListCrudRepository<AgreementParty, Long> {

	@Query("select p from AgreementParty p where p.agreement.id in :agreementIds order by p.agreement.id, p.position")
	List<AgreementParty> findOfAgreements(Collection<Long> agreementIds);

}
