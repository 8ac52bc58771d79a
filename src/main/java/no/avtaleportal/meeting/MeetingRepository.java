package no.avtaleportal.meeting;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface MeetingRepository extends ListCrudRepository<Meeting, Long> {

	List<Meeting> findBySteeringGroupIdInOrderByStartsAt(Collection<Long> steeringGroupIds);

	boolean existsByExampleTrue();

	/**
	 * Action items agreed (in approved or published minutes) at the group's meetings before the
	 * given time that are not done, oldest due first: they stand on the next agenda until done.
	 */
	@Query("""
			select a from ActionItem a join fetch a.meeting m join fetch a.agendaItem
			where m.steeringGroupId = :steeringGroupId and m.startsAt < :before and a.doneAt is null
			and m.minutesStatus in (no.avtaleportal.meeting.MinutesStatus.APPROVED,
				no.avtaleportal.meeting.MinutesStatus.PUBLISHED)
			order by a.dueDate, a.id""")
	List<ActionItem> findOpenActionItemsBefore(long steeringGroupId, Instant before);

	/** The meeting with the events of its minutes, for its page. */
	@Query("select m from Meeting m left join fetch m.events where m.id = :id")
	java.util.Optional<Meeting> findWithEvents(long id);

	/** The meeting's addenda (which only published minutes have) with their approvals, in one statement. */
	@Query("select distinct m from Meeting m left join fetch m.addenda a left join fetch a.approvals where m.id = :id")
	List<Meeting> fetchAddenda(long id);

	/** The meetings whose minutes are in the state, with their minutes' events (reminders, issue 18). */
	@Query("select distinct m from Meeting m left join fetch m.events where m.minutesStatus = :status order by m.id")
	List<Meeting> findWithEventsByMinutesStatus(MinutesStatus status);

	/**
	 * Open action items of agreed minutes (approved or published) due on or before the day, with
	 * their meetings, oldest due first (reminders, issue 18).
	 */
	@Query("""
			select a from ActionItem a join fetch a.meeting m
			where a.doneAt is null and a.dueDate <= :day and m.minutesStatus in
				(no.avtaleportal.meeting.MinutesStatus.APPROVED, no.avtaleportal.meeting.MinutesStatus.PUBLISHED)
			order by a.dueDate, a.id""")
	List<ActionItem> findOpenAgreedActionItemsDueBy(java.time.LocalDate day);

}
