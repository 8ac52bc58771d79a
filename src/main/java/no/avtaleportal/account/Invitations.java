package no.avtaleportal.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time links that let the holder of a local account set its password. The token is random
 * (256 bits) and only its SHA-256 hash is stored; a link works once and for
 * {@link #VALIDITY}; a new invitation replaces the account's unused ones.
 */
@Component
class Invitations {

	static final Duration VALIDITY = Duration.ofDays(7);

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	Invitations(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A new invitation for the account; returns the token for the link (shown once, never stored).
	 */
	@Transactional
	Issued invite(long accountId, String by) {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = this.clock.instant();
		Instant expires = now.plus(VALIDITY);
		this.jdbc.sql("delete from account_invitation where account_id = ? and used_at is null").params(accountId).update();
		this.jdbc.sql("""
				insert into account_invitation (account_id, token_hash, created_by, created_at, expires_at)
				values (?, ?, ?, ?, ?)""")
			.params(accountId, hash(token), by, utc(now), utc(expires))
			.update();
		return new Issued(token, expires);
	}

	/**
	 * The account a valid (unused, unexpired) invitation is for.
	 */
	Optional<Long> accountOf(String token) {
		return this.jdbc
			.sql("select account_id from account_invitation where token_hash = ? and used_at is null and expires_at > ?")
			.params(hash(token), utc(this.clock.instant()))
			.query(Long.class)
			.optional();
	}

	/**
	 * Uses the invitation up, if it is still valid, in the caller's transaction: of two
	 * simultaneous uses only one succeeds.
	 */
	Optional<Long> use(String token) {
		return this.jdbc.sql("""
				update account_invitation set used_at = :now
				where token_hash = :hash and used_at is null and expires_at > :now
				returning account_id""")
			.param("now", utc(this.clock.instant()))
			.param("hash", hash(token))
			.query(Long.class)
			.optional();
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record Issued(String token, Instant expiresAt) {
	}

}
