package no.avtaleportal.api;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A token bucket per access token, in memory: each holds up to {@code capacity} requests and
 * refills at {@code perMinute} a minute. A request that finds its bucket empty is refused with
 * the seconds until the next request is allowed. (Per instance: behind a load balancer each
 * instance counts its own.)
 */
@Component
class RateLimiter {

	private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

	private final int capacity;

	private final int perMinute;

	private final double perMilli;

	private final Clock clock;

	RateLimiter(@Value("${avtaleportal.api.rate-limit.capacity:60}") int capacity,
			@Value("${avtaleportal.api.rate-limit.per-minute:60}") int perMinute, Clock clock) {
		this.capacity = capacity;
		this.perMinute = perMinute;
		this.perMilli = perMinute / 60_000.0;
		this.clock = clock;
	}

	/** How many requests a token gets a minute, once its first ones are spent. */
	int perMinute() {
		return this.perMinute;
	}

	/** 0 when the token may make a request now (and takes it), else the seconds to wait. */
	long take(long tokenId) {
		long now = this.clock.millis();
		Bucket bucket = this.buckets.computeIfAbsent(tokenId, id -> new Bucket(this.capacity, now));
		synchronized (bucket) {
			bucket.tokens = Math.min(this.capacity, bucket.tokens + (now - bucket.at) * this.perMilli);
			bucket.at = Math.max(bucket.at, now);
			if (bucket.tokens >= 1) {
				bucket.tokens -= 1;
				return 0;
			}
			return Math.max(1, (long) Math.ceil((1 - bucket.tokens) / this.perMilli / 1000));
		}
	}

	/** Forgets every bucket (for tests). */
	void reset() {
		this.buckets.clear();
	}

	private static final class Bucket {

		private double tokens;

		private long at;

		private Bucket(double tokens, long at) {
			this.tokens = tokens;
			this.at = at;
		}

	}

}
