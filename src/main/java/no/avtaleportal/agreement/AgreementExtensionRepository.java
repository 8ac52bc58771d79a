package no.avtaleportal.agreement;

import org.springframework.data.repository.ListCrudRepository;

interface AgreementExtensionRepository extends ListCrudRepository<AgreementExtension, Long> {

}
