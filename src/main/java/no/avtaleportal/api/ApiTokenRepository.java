package no.avtaleportal.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

	Optional<ApiToken> findByTokenHash(String tokenHash);

	List<ApiToken> findByAccountIdOrderByCreatedAtDescIdDesc(long accountId);

	@Modifying
	@Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id")
	void markUsed(long id, Instant now);

}
