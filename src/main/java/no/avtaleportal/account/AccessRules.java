package no.avtaleportal.account;

import org.springframework.modulith.NamedInterface;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * The URLs a module serves and who may reach them. Each module declares its own as a bean; any
 * URL that the portal serves and that no rule allows is denied.
 */
@NamedInterface("api")
@FunctionalInterface
public interface AccessRules {

	void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);

}
