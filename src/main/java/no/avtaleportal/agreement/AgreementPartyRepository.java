package no.avtaleportal.agreement;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AgreementPartyRepository extends ListCrudRepository<AgreementParty, Long> {

	// an array, not an IN list: Hibernate translates a query with a list of values again on every
	// call. PostgreSQL reads the array condition (ids @> array[agreement_id]) without an index, so
	// arrays are for the small tables that grow with the agreements and roles (parties, agreements,
	// roles, holders), read on many pages; a table that grows with the work keeps its IN list
	@Query("select p from AgreementParty p where array_contains(:agreementIds, p.agreement.id) order by p.agreement.id, p.position")
	List<AgreementParty> findOfAgreements(Long... agreementIds);

}
