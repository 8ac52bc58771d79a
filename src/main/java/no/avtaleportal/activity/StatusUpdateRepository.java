package no.avtaleportal.activity;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface StatusUpdateRepository extends ListCrudRepository<StatusUpdate, Long> {

	Optional<StatusUpdate> findByIdAndActivityId(long id, long activityId);

	/**
	 * How many of the activity's updates come before the one written on that day with that id in
	 * its history (the latest first).
	 */
	@Query("""
			select count(u) from StatusUpdate u where u.activity.id = :activityId
			and (u.writtenOn > :writtenOn or (u.writtenOn = :writtenOn and u.id > :id))""")
	long countBefore(long activityId, LocalDate writtenOn, long id);

}
