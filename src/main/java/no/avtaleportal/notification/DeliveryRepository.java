package no.avtaleportal.notification;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface DeliveryRepository extends ListCrudRepository<Delivery, Long> {

	/** The deliveries still to send, oldest first. */
	@Query("select d.id from Delivery d where d.status in ('QUEUED', 'FAILED') order by d.id")
	List<Long> pendingIds();

	/** The outbox a page at a time, failures first, newest first. */
	@Query("""
			select d from Delivery d
			order by case when d.status = 'FAILED' then 0 else 1 end, d.createdAt desc, d.id desc""")
	List<Delivery> outbox(Pageable pageable);

	long countByStatus(DeliveryStatus status);

}
