package no.avtaleportal.account;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invitations nobody has used yet, for the administrators' "Mine oppgaver": whose account
 * waits for its holder to choose a password, and until when the link works (an expired one needs
 * a new invitation). One statement.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class PendingInvitations {

	private final JdbcClient jdbc;

	PendingInvitations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The enabled accounts with an unused invitation, the first to expire first; nothing for
	 * anyone but an administrator.
	 */
	public List<Pending> visibleTo(SignedInUser user) {
		if (!user.hasRole(Role.ADMIN)) {
			return List.of();
		}
		return this.jdbc.sql("""
				select u.id, u.display_name, max(i.expires_at) as expires_at
				from user_account u join account_invitation i on i.account_id = u.id
				where i.used_at is null and u.enabled
				group by u.id, u.display_name
				order by expires_at, u.id""")
			.query((rs, row) -> new Pending(rs.getLong("id"), rs.getString("display_name"),
					rs.getTimestamp("expires_at").toInstant()))
			.list();
	}

	/** An account whose invitation is unused, and when its link expires. */
	public record Pending(long accountId, String displayName, Instant expiresAt) {
	}

}
