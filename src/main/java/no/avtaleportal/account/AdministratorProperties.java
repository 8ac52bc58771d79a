package no.avtaleportal.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * The first administrator of a portal outside demo mode, given on first start as
 * {@code AVTALEPORTAL_ADMIN_USERNAME}, {@code AVTALEPORTAL_ADMIN_PASSWORD} and optionally
 * {@code AVTALEPORTAL_ADMIN_NAME} and {@code AVTALEPORTAL_ADMIN_EMAIL}.
 */
@ConfigurationProperties("avtaleportal.admin")
record AdministratorProperties(String username, String password, String name, String email) {

	static final int MIN_PASSWORD_LENGTH = 12;

	boolean isGiven() {
		return StringUtils.hasText(this.username) && StringUtils.hasText(this.password);
	}

	String displayName() {
		return StringUtils.hasText(this.name) ? this.name : this.username;
	}

}
