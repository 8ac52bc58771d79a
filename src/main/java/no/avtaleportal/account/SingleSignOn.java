package no.avtaleportal.account;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Turns a sign-in at Feide or Microsoft Entra ID into the portal's own account. A login is the
 * pair (issuer, subject): the same subject at two issuers is two logins. The first sign-in binds
 * the pair to the enabled account an administrator registered with the same e-mail address (or,
 * at Feide, the Feide user id as username) and no login at that issuer yet; an unknown person is
 * refused and sent to a page that says whom to ask. Roles always come from the portal's records.
 */
@Component
class SingleSignOn implements OAuth2UserService<OidcUserRequest, OidcUser> {

	/** Feide's user id claim (eduPersonPrincipalName, such as {@code kari@ntnu.no}). */
	static final String FEIDE_USER_ID = "https://n.feide.no/claims/eduPersonPrincipalName";

	static final String UNKNOWN_PERSON = "unknown_person";

	private final OidcUserService provider = new OidcUserService();

	private final JdbcClient jdbc;

	private final UserAccountRepository accounts;

	private final AccountUserDetailsService users;

	private final SecurityEvents events;

	private final Clock clock;

	SingleSignOn(JdbcClient jdbc, UserAccountRepository accounts, AccountUserDetailsService users, SecurityEvents events,
			Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser login = this.provider.loadUser(request);
		String issuer = login.getIdToken().getIssuer().toString();
		String subject = login.getSubject();
		Long accountId = this.jdbc.sql("select account_id from oidc_identity where issuer = ? and subject = ?")
			.params(issuer, subject)
			.query(Long.class)
			.optional()
			.or(() -> bind(issuer, subject, login))
			.orElse(null);
		if (accountId == null) {
			this.events.record(SecurityEvents.Kind.SIGN_IN_REFUSED,
					StringUtils.hasText(login.getEmail()) ? login.getEmail() : subject, issuer);
			throw new OAuth2AuthenticationException(new OAuth2Error(UNKNOWN_PERSON));
		}
		UserAccount account = this.accounts.findById(accountId).orElseThrow();
		SignedInUser user = this.users.signedIn(account.getUsername());
		if (!user.isEnabled()) {
			throw new OAuth2AuthenticationException(new OAuth2Error("account_disabled"));
		}
		return new OidcSignedInUser(user, login.getIdToken(), login.getUserInfo());
	}

	/**
	 * Binds a first sign-in to the one registered account it belongs to, if there is exactly one.
	 */
	private Optional<Long> bind(String issuer, String subject, OidcUser login) {
		String email = login.getEmail();
		String feideUserId = login.getClaimAsString(FEIDE_USER_ID);
		List<Long> candidates = this.jdbc.sql("""
				select a.id from user_account a
				where a.enabled
				  and ((:email <> '' and lower(a.email) = lower(:email)) or (:feide <> '' and a.username = lower(:feide)))
				  and not exists (select 1 from oidc_identity i where i.account_id = a.id and i.issuer = :issuer)""")
			.param("email", (email != null) ? email.strip() : "")
			.param("feide", (feideUserId != null) ? feideUserId.strip() : "")
			.param("issuer", issuer)
			.query(Long.class)
			.list();
		if (candidates.size() != 1) {
			return Optional.empty();
		}
		this.jdbc.sql("insert into oidc_identity (account_id, issuer, subject, created_at) values (?, ?, ?, ?)")
			.params(candidates.get(0), issuer, subject, OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.update();
		return Optional.of(candidates.get(0));
	}

}
