package no.avtaleportal.api;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The token bucket: a full bucket lets its capacity through, then says how long to wait, refills
 * with time, and each token has its own.
 */
class RateLimiterTests {

	private Instant now = Instant.parse("2026-12-03T12:00:00Z");

	private final Clock clock = new Clock() {

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return RateLimiterTests.this.now;
		}

	};

	@Test
	void aTokenGetsItsCapacityThenWaitsForTheRefill() {
		RateLimiter limiter = new RateLimiter(3, 6, this.clock);
		assertThat(limiter.take(1)).isZero();
		assertThat(limiter.take(1)).isZero();
		assertThat(limiter.take(1)).isZero();
		// six a minute: one every ten seconds
		assertThat(limiter.take(1)).isEqualTo(10);
		assertThat(limiter.take(2)).isZero();
		this.now = this.now.plusSeconds(4);
		assertThat(limiter.take(1)).isEqualTo(6);
		this.now = this.now.plusSeconds(6);
		assertThat(limiter.take(1)).isZero();
		this.now = this.now.plusSeconds(3600);
		for (int i = 0; i < 3; i++) {
			assertThat(limiter.take(1)).isZero();
		}
		assertThat(limiter.take(1)).isPositive();
	}

}
