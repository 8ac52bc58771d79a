package no.avtaleportal.api;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A personal access token: whose it is, its name, the SHA-256 of its secret, the last day it
 * works, and when it was last used or revoked. Public for the token page's Spring EL to be compiled
 * (web.TemplateExpressionsTests); the module's face is its named interfaces.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long accountId;

	private String name;

	private String tokenHash;

	private LocalDate expiresOn;

	private Instant createdAt;

	private Instant lastUsedAt;

	private Instant revokedAt;

	protected ApiToken() {
	}

	ApiToken(long accountId, String name, String tokenHash, LocalDate expiresOn, Instant createdAt) {
		this.accountId = accountId;
		this.name = name.strip();
		this.tokenHash = tokenHash;
		this.expiresOn = expiresOn;
		this.createdAt = createdAt;
	}

	/** Whether it works on the day: not revoked and not expired. */
	boolean validOn(LocalDate day) {
		return this.revokedAt == null && !day.isAfter(this.expiresOn);
	}

	void revoke(Instant now) {
		if (this.revokedAt == null) {
			this.revokedAt = now;
		}
	}

	public Long getId() {
		return this.id;
	}

	public long getAccountId() {
		return this.accountId;
	}

	public String getName() {
		return this.name;
	}

	public LocalDate getExpiresOn() {
		return this.expiresOn;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getLastUsedAt() {
		return this.lastUsedAt;
	}

	/** When it was last used, in Oslo's time, or {@code null}. */
	public java.time.LocalDateTime getLastUsedInOslo() {
		return (this.lastUsedAt != null) ? java.time.LocalDateTime.ofInstant(this.lastUsedAt, java.time.ZoneId.of("Europe/Oslo"))
				: null;
	}

	public Instant getRevokedAt() {
		return this.revokedAt;
	}

}
