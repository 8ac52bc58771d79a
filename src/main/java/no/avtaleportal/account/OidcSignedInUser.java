package no.avtaleportal.account;

import java.io.Serial;
import java.util.Map;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A user signed in through Feide or Microsoft Entra ID: the portal's own account (name,
 * organisation, roles from the portal's records, never from the identity provider) with the ID
 * token that signed them in, which logout at the provider needs.
 */
final class OidcSignedInUser extends SignedInUser implements OidcUser {

	@Serial
	private static final long serialVersionUID = 1L;

	private final OidcIdToken idToken;

	private final OidcUserInfo userInfo;

	OidcSignedInUser(SignedInUser account, OidcIdToken idToken, OidcUserInfo userInfo) {
		super(account.getAccountId(), account.getUsername(), account.getDisplayName(), account.getOrganisationId(),
				account.getOrganisationShortName(), account.getPersonId(), account.getRoles(), account.isEnabled(), null);
		this.idToken = idToken;
		this.userInfo = userInfo;
	}

	@Override
	public Map<String, Object> getClaims() {
		return this.idToken.getClaims();
	}

	@Override
	public OidcUserInfo getUserInfo() {
		return this.userInfo;
	}

	@Override
	public OidcIdToken getIdToken() {
		return this.idToken;
	}

	@Override
	public Map<String, Object> getAttributes() {
		return this.idToken.getClaims();
	}

}
