package no.avtaleportal.activity;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface StatusUpdateRepository extends ListCrudRepository<StatusUpdate, Long> {

	List<StatusUpdate> findByActivityIdOrderByWrittenOnDescIdDesc(long activityId);

}
