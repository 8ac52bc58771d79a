package no.avtaleportal.notification;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface StoredNoticeRepository extends ListCrudRepository<StoredNotice, Long> {

	long countByAccountIdAndReadAtIsNull(long accountId);

	List<StoredNotice> findByAccountIdOrderByCreatedAtDescIdDesc(long accountId, Limit limit);

	Optional<StoredNotice> findByIdAndAccountId(long id, long accountId);

	List<StoredNotice> findByAccountIdAndReadAtIsNull(long accountId);

	@Query("select distinct n.accountId from StoredNotice n where n.digestPending = true")
	List<Long> accountsWithDigestPending();

	List<StoredNotice> findByAccountIdAndDigestPendingTrueOrderByCreatedAt(long accountId);

}
