package no.avtaleportal.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.Callable;

/**
 * The portal's clock in the tests ({@link PortalTestConfiguration} makes it the primary
 * {@link Clock}): the real time in Europe/Oslo, unless a test sets it to an instant for a while
 * with {@link #at(Instant, Callable)} — as when a secretary marks a meeting of 2031 held, which
 * the portal allows only once the meeting has started.
 */
public final class TestClock extends Clock {

	private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	private static final TestClock PORTAL = new TestClock();

	private volatile Instant fixed;

	private TestClock() {
	}

	/** The one clock the portal under test uses. */
	public static TestClock portal() {
		return PORTAL;
	}

	/**
	 * Does the action with the portal's clock at the instant, and then sets the clock back.
	 */
	public <T> T at(Instant instant, Callable<T> action) throws Exception {
		Instant before = this.fixed;
		this.fixed = instant;
		try {
			return action.call();
		}
		finally {
			this.fixed = before;
		}
	}

	@Override
	public ZoneId getZone() {
		return OSLO;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(instant(), zone);
	}

	@Override
	public Instant instant() {
		Instant at = this.fixed;
		return (at != null) ? at : Instant.now();
	}

}
