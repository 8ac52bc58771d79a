package no.avtaleportal.notification;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.account.Role;
import no.avtaleportal.account.SignedInUser;

/**
 * The mails the mail server refused or could not take, for the administrators' "Mine oppgaver":
 * the latest few with their reason, and how many there are in all. One statement.
 */
@Service
@Transactional(readOnly = true)
public class FailedDeliveries {

	private final JdbcClient jdbc;

	FailedDeliveries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * At most the limit of failed mails, the latest first, with the number of failed mails in all;
	 * nothing for anyone but an administrator.
	 */
	public Failures visibleTo(SignedInUser user, int limit) {
		if (!user.hasRole(Role.ADMIN)) {
			return new Failures(List.of(), 0);
		}
		long[] total = { 0 };
		List<Failed> failed = this.jdbc.sql("""
				select id, recipient, subject, reason, coalesce(last_attempt_at, created_at) as failed_at,
				    count(*) over () as total
				from notification_delivery where status = 'FAILED'
				order by coalesce(last_attempt_at, created_at) desc, id desc limit :limit""")
			.param("limit", limit)
			.query((rs, row) -> {
				total[0] = rs.getLong("total");
				return new Failed(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
						rs.getString("reason"), rs.getTimestamp("failed_at").toInstant());
			})
			.list();
		return new Failures(failed, total[0]);
	}

	/** The latest failed mails and how many failed in all. */
	public record Failures(List<Failed> latest, long total) {
	}

	/**
	 * A mail that could not be sent.
	 *
	 * @param deliveryId its line in the outbox ({@code /admin/outbox/{id}}, where it can be tried again)
	 * @param recipient to whom
	 * @param subject its subject
	 * @param reason what the mail server answered, if anything
	 * @param failedAt when the last attempt failed
	 */
	public record Failed(long deliveryId, String recipient, String subject, String reason, Instant failedAt) {
	}

}
