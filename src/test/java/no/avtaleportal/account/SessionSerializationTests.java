package no.avtaleportal.account;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in user's security context comes back from the session store's bytes as it went in, on
 * every request, with the classes it names looked up once.
 */
class SessionSerializationTests {

	private final ConversionService sessions = new SessionSerialization()
		.springSessionConversionService(new DefaultResourceLoader());

	@Test
	void theSecurityContextComesBackAsItWasStoredOnEveryRead() {
		SignedInUser user = new SignedInUser(7, "prorektor", "Prorektor Demo", 1L, "NTNU", 3L,
				Set.of(Role.STEERING_GROUP, Role.CONTRIBUTOR), true, null);
		SecurityContext stored = new SecurityContextImpl(
				UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		byte[] bytes = this.sessions.convert(stored, byte[].class);

		for (int read = 0; read < 3; read++) {
			SecurityContext context = (SecurityContext) this.sessions.convert(bytes, Object.class);
			SignedInUser principal = (SignedInUser) context.getAuthentication().getPrincipal();
			assertThat(principal).isEqualTo(user).isNotSameAs(user);
			assertThat(principal.getUsername()).isEqualTo("prorektor");
			assertThat(principal.getDisplayName()).isEqualTo("Prorektor Demo");
			assertThat(AuthorityUtils.authorityListToSet(context.getAuthentication().getAuthorities()))
				.isEqualTo(AuthorityUtils.authorityListToSet(user.getAuthorities()))
				.contains("ROLE_STEERING_GROUP");
			assertThat(context.getAuthentication().isAuthenticated()).isTrue();
		}
	}

}
