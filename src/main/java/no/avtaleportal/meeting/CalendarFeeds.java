package no.avtaleportal.meeting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal calendar feeds: a token of 256 random bits in the feed's address, of which only the
 * SHA-256 is stored. A new token replaces the old one; revoking deletes it; a disabled account's
 * feed answers no more ({@link CalendarController} asks the account module).
 */
@Service
class CalendarFeeds {

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	CalendarFeeds(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A new token for the account, replacing any earlier one; shown once. */
	@Transactional
	String renew(long accountId) {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.jdbc.sql("""
				insert into calendar_feed (account_id, token_hash, created_at) values (:account, :hash, :now)
				on conflict (account_id) do update set token_hash = excluded.token_hash, created_at = excluded.created_at""")
			.param("account", accountId)
			.param("hash", hash(token))
			.param("now", java.sql.Timestamp.from(this.clock.instant()))
			.update();
		return token;
	}

	@Transactional
	void revoke(long accountId) {
		this.jdbc.sql("delete from calendar_feed where account_id = :account").param("account", accountId).update();
	}

	boolean exists(long accountId) {
		return this.jdbc.sql("select count(*) from calendar_feed where account_id = :account")
			.param("account", accountId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The account whose feed the token opens; whether it is enabled is the account module's to say
	 * ({@link no.avtaleportal.account.AccountHolders#enabled}), not a join onto its table.
	 */
	Optional<Long> ownerOf(String token) {
		return this.jdbc.sql("select account_id from calendar_feed where token_hash = :hash")
			.param("hash", hash(token))
			.query(Long.class)
			.optional();
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
