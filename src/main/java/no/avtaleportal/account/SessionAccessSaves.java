package no.avtaleportal.account;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * The session store saves a session's last access at most once a minute, not on every request.
 * Spring Session marks a session changed on every request, because its last access changed, and so
 * writes it back with an UPDATE: one statement, one connection from the pool and one commit that
 * PostgreSQL writes to its log, for each page and each file a signed-in user asks for (issue 15).
 * A session that is used is written again once the last save is a minute old; one whose attributes
 * change (signing in, a flash message) is written at once, as before. A session idle for
 * {@code spring.session.timeout} (8 hours) therefore ends at most a minute early. The session the
 * request sees still has its true last access (the {@code HttpSession} contract); only the stored
 * one lags. Spring Session declines to do this itself (spring-session#1065); Jetty does the same
 * with its {@code savePeriod}.
 */
@Component
class SessionAccessSaves implements BeanPostProcessor {

	/** How old the stored last access may grow before a request saves it again. */
	private static final Duration SAVE_PERIOD = Duration.ofMinutes(1);

	@Override
	@SuppressWarnings("unchecked")
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof JdbcIndexedSessionRepository store) {
			return new Sessions((FindByIndexNameSessionRepository<Session>) (FindByIndexNameSessionRepository<?>) store);
		}
		return bean;
	}

	/** The store, handing out its sessions wrapped. */
	private static final class Sessions implements FindByIndexNameSessionRepository<StoredSession> {

		private final FindByIndexNameSessionRepository<Session> store;

		Sessions(FindByIndexNameSessionRepository<Session> store) {
			this.store = store;
		}

		@Override
		public StoredSession createSession() {
			return new StoredSession(this.store.createSession());
		}

		@Override
		public void save(StoredSession session) {
			this.store.save(session.stored);
		}

		@Override
		public StoredSession findById(String id) {
			Session stored = this.store.findById(id);
			return (stored != null) ? new StoredSession(stored) : null;
		}

		@Override
		public void deleteById(String id) {
			this.store.deleteById(id);
		}

		@Override
		public Map<String, StoredSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			Map<String, StoredSession> sessions = new LinkedHashMap<>();
			this.store.findByIndexNameAndIndexValue(indexName, indexValue)
				.forEach((id, stored) -> sessions.put(id, new StoredSession(stored)));
			return sessions;
		}

	}

	/**
	 * A session of the store, whose last access is passed on to it only when the stored one is
	 * {@link #SAVE_PERIOD} old.
	 */
	private static final class StoredSession implements Session {

		private final Session stored;

		private Instant lastAccessedTime;

		StoredSession(Session stored) {
			this.stored = stored;
			this.lastAccessedTime = stored.getLastAccessedTime();
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			this.lastAccessedTime = lastAccessedTime;
			if (!lastAccessedTime.isBefore(this.stored.getLastAccessedTime().plus(SAVE_PERIOD))) {
				this.stored.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.lastAccessedTime;
		}

		@Override
		public String getId() {
			return this.stored.getId();
		}

		@Override
		public String changeSessionId() {
			return this.stored.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String name) {
			return this.stored.getAttribute(name);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String name, Object value) {
			this.stored.setAttribute(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			this.stored.removeAttribute(name);
		}

		@Override
		public Instant getCreationTime() {
			return this.stored.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.stored.getMaxInactiveInterval();
		}

		/** Expired as the store sees it, where the cleanup finds it. */
		@Override
		public boolean isExpired() {
			return this.stored.isExpired();
		}

	}

}
