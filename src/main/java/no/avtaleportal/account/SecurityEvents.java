package no.avtaleportal.account;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The log of what matters for security: sign-ins, failed sign-ins, access denied to a signed-in
 * user, and changes to accounts, each with who, what and when. Administrators read it on
 * {@code /admin/security-events}.
 */
@Component
class SecurityEvents {

	static final int PAGE_SIZE = 50;

	/** Sign-ins are logged without who: the security log in the database says that. */
	private static final Logger log = LoggerFactory.getLogger(SecurityEvents.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Counter signIns;

	private final Counter failedSignIns;

	SecurityEvents(JdbcClient jdbc, Clock clock, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.signIns = Counter.builder("avtaleportal.sign.ins")
			.description("Sign-ins, with a password or an identity provider")
			.register(meters);
		this.failedSignIns = Counter.builder("avtaleportal.sign.ins.failed")
			.description("Failed sign-ins, the throttle's refusals included")
			.register(meters);
	}

	/**
	 * Makes Spring Security publish an event for every denied request and method call.
	 */
	@Bean
	static AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
		return new SpringAuthorizationEventPublisher(publisher);
	}

	/**
	 * Records the event in a transaction of its own: it stays recorded when the work it is about
	 * fails and rolls back.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void record(Kind kind, String username, String detail) {
		this.jdbc.sql("insert into security_event (occurred_at, kind, username, detail) values (?, ?, ?, ?)")
			.params(OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC), kind.name(),
					(username != null) ? truncate(username, 100) : null, (detail != null) ? truncate(detail, 500) : null)
			.update();
	}

	@EventListener
	void signedIn(AuthenticationSuccessEvent event) {
		this.signIns.increment();
		log.info("A sign-in succeeded");
		record(Kind.SIGN_IN, event.getAuthentication().getName(), null);
	}

	@EventListener
	void signInFailed(AbstractAuthenticationFailureEvent event) {
		this.failedSignIns.increment();
		log.info("A sign-in failed: {}", event.getException().getClass().getSimpleName());
		record(Kind.SIGN_IN_FAILED, event.getAuthentication().getName(),
				event.getException().getClass().getSimpleName());
	}

	@EventListener
	void denied(AuthorizationDeniedEvent<?> event) {
		Authentication authentication = event.getAuthentication().get();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return; // a visitor who is not signed in is sent to the login page
		}
		record(Kind.ACCESS_DENIED, authentication.getName(), currentRequest());
	}

	private static String currentRequest() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getMethod() + " " + request.getRequestURI();
		}
		return null;
	}

	List<Event> page(int page) {
		return this.jdbc
			.sql("select occurred_at, kind, username, detail from security_event order by occurred_at desc, id desc limit ? offset ?")
			.params(PAGE_SIZE, (long) page * PAGE_SIZE)
			.query((rs, row) -> new Event(rs.getObject("occurred_at", OffsetDateTime.class).atZoneSameInstant(this.clock.getZone()),
					Kind.valueOf(rs.getString("kind")), rs.getString("username"), rs.getString("detail")))
			.list();
	}

	long count() {
		return this.jdbc.sql("select count(*) from security_event").query(Long.class).single();
	}

	private static String truncate(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length);
	}

	/**
	 * What happened. Labels are message keys {@code SecurityEvents.Kind.<NAME>}.
	 */
	enum Kind {

		SIGN_IN, SIGN_IN_FAILED, ACCESS_DENIED, SIGN_IN_REFUSED, ACCOUNT_CREATED, ACCOUNT_CHANGED, ACCOUNT_DISABLED,
		ACCOUNT_ENABLED, INVITATION_CREATED, PASSWORD_SET, PASSWORD_CHANGED

	}

	public record Event(ZonedDateTime occurredAt, Kind kind, String username, String detail) {
	}

}
