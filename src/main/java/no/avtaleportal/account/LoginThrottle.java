package no.avtaleportal.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed sign-ins for one username
 * within {@link #WINDOW}, that username is refused for {@link #LOCKOUT} from the last failure,
 * whether or not an account of that name exists. Kept in PostgreSQL, so it holds across
 * instances.
 */
@Component
class LoginThrottle {

	static final int MAX_FAILURES = 5;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration LOCKOUT = Duration.ofMinutes(15);

	/** The longest username an account can have (the column's width). */
	static final int MAX_USERNAME = 100;

	private final JdbcClient jdbc;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Whether sign-in attempts for this username are refused right now.
	 */
	@Transactional(readOnly = true)
	boolean isLocked(String username) {
		List<Instant> lastFailures = this.jdbc
			.sql("select attempted_at from failed_login where username = ? order by attempted_at desc limit ?")
			.params(key(username), MAX_FAILURES)
			.query(OffsetDateTime.class)
			.list()
			.stream()
			.map(OffsetDateTime::toInstant)
			.toList();
		if (lastFailures.size() < MAX_FAILURES) {
			return false;
		}
		Instant latest = lastFailures.get(0);
		Instant earliest = lastFailures.get(MAX_FAILURES - 1);
		boolean withinWindow = !earliest.isBefore(latest.minus(WINDOW));
		return withinWindow && this.clock.instant().isBefore(latest.plus(LOCKOUT));
	}

	/**
	 * The username as the throttle counts it: normalised, and cut to the 100 characters a username
	 * can have, so that a longer one is counted (under its first 100) rather than failing.
	 */
	static String key(String username) {
		String normalised = UserAccount.normalise(username);
		return (normalised.length() > MAX_USERNAME) ? normalised.substring(0, MAX_USERNAME) : normalised;
	}

	@EventListener
	@Transactional
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		this.jdbc.sql("insert into failed_login (username, attempted_at) values (?, ?)")
			.params(key(event.getAuthentication().getName()), OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
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

	@EventListener
	@Transactional
	void succeeded(AuthenticationSuccessEvent event) {
		this.jdbc.sql("delete from failed_login where username = ? or attempted_at < ?")
			.params(key(event.getAuthentication().getName()),
					OffsetDateTime.ofInstant(this.clock.instant().minus(WINDOW.plus(LOCKOUT)), ZoneOffset.UTC))
			.update();
	}

}
