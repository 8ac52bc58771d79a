package no.avtaleportal.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.account.AccountHolders;
import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.web.NotFoundException;

/**
 * Personal access tokens: made with a secret shown once (only its SHA-256 is kept), listed and
 * revoked by their owner, and turned back into their owner on each API request — never for a
 * revoked or expired token or a disabled account.
 */
@Service
@Transactional
class ApiTokens {

	/** The longest a token may live. */
	static final int MAX_DAYS = 366;

	private static final String PREFIX = "avp_";

	private final SecureRandom random = new SecureRandom();

	private final ApiTokenRepository tokens;

	private final AccountHolders holders;

	private final Clock clock;

	ApiTokens(ApiTokenRepository tokens, AccountHolders holders, Clock clock) {
		this.tokens = tokens;
		this.holders = holders;
		this.clock = clock;
	}

	/** Makes a token for the user, valid to the day; returns its secret, which is never shown again. */
	String create(SignedInUser user, String name, LocalDate expiresOn) {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.tokens.save(new ApiToken(user.getAccountId(), name, hash(secret), expiresOn, this.clock.instant()));
		return secret;
	}

	@Transactional(readOnly = true)
	List<ApiToken> of(SignedInUser user) {
		return this.tokens.findByAccountIdOrderByCreatedAtDescIdDesc(user.getAccountId());
	}

	/** Revokes one of the user's own tokens. */
	void revoke(SignedInUser user, long id) {
		ApiToken token = this.tokens.findById(id)
			.filter(candidate -> candidate.getAccountId() == user.getAccountId())
			.orElseThrow(() -> new NotFoundException("token " + id));
		token.revoke(this.clock.instant());
	}

	/**
	 * The token's id and owner, if the secret is a valid token of an enabled account; notes its use.
	 */
	Optional<Bearer> authenticate(String secret) {
		if (secret == null || !secret.startsWith(PREFIX)) {
			return Optional.empty();
		}
		LocalDate today = LocalDate.now(this.clock);
		return this.tokens.findByTokenHash(hash(secret))
			.filter(token -> token.validOn(today))
			.flatMap(token -> this.holders.enabled(token.getAccountId()).map(user -> {
				this.tokens.markUsed(token.getId(), this.clock.instant());
				return new Bearer(token.getId(), user);
			}));
	}

	static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A token and the user it acts as. */
	record Bearer(long tokenId, SignedInUser user) {
	}

}
