package no.avtaleportal.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The portal's address in links that leave it: invitation mails, calendar feeds and the links
 * inside calendar events. With {@code avtaleportal.public-url} set, links are built from it and
 * never from the request's {@code Host} header, which a client chooses; without it, from the
 * address the request came to (development and tests).
 */
@Component
public class PublicAddress {

	private final String configured;

	public PublicAddress(@Value("${avtaleportal.public-url:}") String configured) {
		this.configured = StringUtils.hasText(configured) ? configured.strip().replaceAll("/+$", "") : null;
	}

	/** A builder at the portal's root, to which a path is added. */
	public UriComponentsBuilder root() {
		return (this.configured != null) ? UriComponentsBuilder.fromUriString(this.configured)
				: ServletUriComponentsBuilder.fromCurrentContextPath();
	}

}
