package no.avtaleportal.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface StoredNoticeRepository extends ListCrudRepository<StoredNotice, Long> {

	List<StoredNotice> findByAccountIdOrderByCreatedAtDescIdDesc(long accountId, Limit limit);

	Optional<StoredNotice> findByIdAndAccountId(long id, long accountId);

	/** The account's notices, unread ones first, each part newest first. */
	@Query("""
			select n from StoredNotice n where n.accountId = :accountId
			order by case when n.readAt is null then 0 else 1 end, n.createdAt desc, n.id desc""")
	List<StoredNotice> unreadFirst(long accountId, Limit limit);

	/** The account's notices a page at a time, newest first. */
	Page<StoredNotice> findByAccountIdOrderByCreatedAtDescIdDesc(long accountId, Pageable pageable);

	/** Marks all the account's unread notices read, in one statement. */
	@Modifying
	@Query("update StoredNotice n set n.readAt = :at where n.accountId = :accountId and n.readAt is null")
	int readAll(long accountId, Instant at);

	@Query("select distinct n.accountId from StoredNotice n where n.digestPending = true")
	List<Long> accountsWithDigestPending();

	List<StoredNotice> findByAccountIdAndDigestPendingTrueOrderByCreatedAt(long accountId);

}
