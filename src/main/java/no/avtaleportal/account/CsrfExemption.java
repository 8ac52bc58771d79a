package no.avtaleportal.account;

import org.springframework.modulith.NamedInterface;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Requests that a module lets through without a CSRF token, because something else proves that
 * they are meant (the signed one-click unsubscribe link of a mail, RFC 8058). Declare one as a
 * bean; keep the matcher as narrow as the proof.
 */
@NamedInterface("api")
@FunctionalInterface
public interface CsrfExemption {

	RequestMatcher requests();

}
