package no.avtaleportal.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing without letting a stranger lock an account's owner out. Failed
 * sign-ins within {@link #WINDOW} are counted three ways, whether or not the username exists:
 * <ul>
 * <li>per client and username: after {@value #MAX_FAILURES}, that client is refused that username
 * for {@link #LOCKOUT} from the last failure, and only that client;</li>
 * <li>per client: after {@code avtaleportal.login.client-failures} (30) failures for any
 * usernames, the client is refused every sign-in for {@link #LOCKOUT}, so that spraying many
 * usernames from one place stops;</li>
 * <li>per username, from every client: from {@value #DELAY_AFTER} failures on, each attempt must
 * wait a delay that doubles with every further failure (1 s, 2 s, 4 s, … at most
 * {@link #MAX_DELAY}) after the last one, so that guessing from many clients slows down while
 * the owner, from their own client, waits at most minutes, not a lock.</li>
 * </ul>
 * The client is the address the servlet container reports: behind a proxy the forwarded one only
 * when forwarded headers are trusted ({@code server.forward-headers-strategy}). Kept in
 * PostgreSQL, so it holds across instances.
 */
@Component
class LoginThrottle {

	static final int MAX_FAILURES = 5;

	static final int DELAY_AFTER = 2 * MAX_FAILURES;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration LOCKOUT = Duration.ofMinutes(15);

	static final Duration MAX_DELAY = Duration.ofMinutes(5);

	/** The longest username an account can have (the column's width). */
	static final int MAX_USERNAME = 100;

	private static final int MAX_CLIENT = 64;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int clientFailures;

	LoginThrottle(JdbcClient jdbc, Clock clock, @Value("${avtaleportal.login.client-failures:30}") int clientFailures) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.clientFailures = clientFailures;
	}

	/**
	 * How long sign-in attempts for this username from this client are refused from now, if they
	 * are.
	 */
	@Transactional(readOnly = true)
	Optional<Duration> refusal(String username, String client) {
		Instant now = this.clock.instant();
		Instant since = now.minus(WINDOW);
		String name = key(username);
		String from = client(client);
		Optional<Instant> until = lockedUntil(
				failures("username = ? and client = ?", since, MAX_FAILURES, name, from), MAX_FAILURES)
			.or(() -> lockedUntil(failures("client = ?", since, this.clientFailures, from), this.clientFailures))
			.or(() -> delayedUntil(failures("username = ?", since, 64, name)));
		return until.filter(now::isBefore).map(end -> Duration.between(now, end));
	}

	private List<Instant> failures(String condition, Instant since, int limit, Object... values) {
		Object[] parameters = new Object[values.length + 2];
		System.arraycopy(values, 0, parameters, 0, values.length);
		parameters[values.length] = OffsetDateTime.ofInstant(since, ZoneOffset.UTC);
		parameters[values.length + 1] = limit;
		return this.jdbc
			.sql("select attempted_at from failed_login where " + condition
					+ " and attempted_at >= ? order by attempted_at desc limit ?")
			.params(parameters)
			.query(OffsetDateTime.class)
			.list()
			.stream()
			.map(OffsetDateTime::toInstant)
			.toList();
	}

	private static Optional<Instant> lockedUntil(List<Instant> latestFirst, int limit) {
		return (latestFirst.size() >= limit) ? Optional.of(latestFirst.get(0).plus(LOCKOUT)) : Optional.empty();
	}

	private static Optional<Instant> delayedUntil(List<Instant> latestFirst) {
		return (latestFirst.size() >= DELAY_AFTER) ? Optional.of(latestFirst.get(0).plus(delayAfter(latestFirst.size())))
				: Optional.empty();
	}

	/** The wait after the username's nth failure within the window: doubling from 1 s, at most {@link #MAX_DELAY}. */
	static Duration delayAfter(int failures) {
		if (failures < DELAY_AFTER) {
			return Duration.ZERO;
		}
		int doublings = Math.min(failures - DELAY_AFTER, 30);
		Duration delay = Duration.ofSeconds(1L << doublings);
		return (delay.compareTo(MAX_DELAY) > 0) ? MAX_DELAY : delay;
	}

	/**
	 * The username as the throttle counts it: normalised, and cut to the 100 characters a username
	 * can have, so that a longer one is counted (under its first 100) rather than failing.
	 */
	static String key(String username) {
		String normalised = UserAccount.normalise(username);
		return (normalised.length() > MAX_USERNAME) ? normalised.substring(0, MAX_USERNAME) : normalised;
	}

	static String client(String address) {
		String client = (address != null) ? address : "";
		return (client.length() > MAX_CLIENT) ? client.substring(0, MAX_CLIENT) : client;
	}

	/** The client address of a sign-in, from the details its filter recorded. */
	static String clientOf(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? client(details.getRemoteAddress())
				: "";
	}

	@EventListener
	@Transactional
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		this.jdbc.sql("insert into failed_login (username, client, attempted_at) values (?, ?, ?)")
			.params(key(event.getAuthentication().getName()), clientOf(event.getAuthentication()),
					OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.update();
	}

	/**
	 * Forgets failed sign-ins too old to count, once an hour on one instance
	 * ({@code avtaleportal.failed-logins.purge-cron}; {@code -} turns it off).
	 * @return the number of rows removed, or {@code null} where another instance ran it
	 */
	@Scheduled(cron = "${avtaleportal.failed-logins.purge-cron:0 17 * * * *}")
	@SchedulerLock(name = "purge-failed-logins", lockAtLeastFor = "PT5M")
	public Integer purgeOldFailures() {
		return this.jdbc.sql("delete from failed_login where attempted_at < ?")
			.params(OffsetDateTime.ofInstant(this.clock.instant().minus(WINDOW.plus(LOCKOUT)), ZoneOffset.UTC))
			.update();
	}

	/**
	 * A successful sign-in forgets that client's failures for the username; other clients'
	 * failures still count.
	 */
	@EventListener
	@Transactional
	void succeeded(AuthenticationSuccessEvent event) {
		this.jdbc.sql("delete from failed_login where (username = ? and client = ?) or attempted_at < ?")
			.params(key(event.getAuthentication().getName()), clientOf(event.getAuthentication()),
					OffsetDateTime.ofInstant(this.clock.instant().minus(WINDOW.plus(LOCKOUT)), ZoneOffset.UTC))
			.update();
	}

}
