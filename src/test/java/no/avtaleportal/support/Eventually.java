package no.avtaleportal.support;

import java.time.Duration;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Waits for what a listener on another thread does (notices are handled after the commit, on a
 * thread of their own): asks again every 50 ms until the answer is the expected one or ten
 * seconds have passed, and then asserts it.
 */
public final class Eventually {

	private static final Duration PATIENCE = Duration.ofSeconds(10);

	private Eventually() {
	}

	public static <T> T equalTo(T expected, Supplier<T> actual) {
		long until = System.nanoTime() + PATIENCE.toNanos();
		T answer = actual.get();
		while (!expected.equals(answer) && System.nanoTime() < until) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			answer = actual.get();
		}
		assertThat(answer).isEqualTo(expected);
		return answer;
	}

}
