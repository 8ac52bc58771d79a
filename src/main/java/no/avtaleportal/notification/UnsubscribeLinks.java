package no.avtaleportal.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/**
 * The signed one-click links that stop a kind of mail for an account (RFC 8058): the account and
 * the kind, signed with HMAC-SHA256 under the portal's own secret ({@code notification_signing_key}),
 * so that nobody can stop someone else's mail without the link from their mail.
 */
@Component
class UnsubscribeLinks {

	static final String PATH = "/unsubscribe";

	private final JdbcClient jdbc;

	private volatile byte[] secret;

	UnsubscribeLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The path with its query: {@code /unsubscribe?account=4&kind=MINUTES_SUBMITTED&signature=…}. */
	String path(long accountId, NoticeKind kind) {
		return PATH + "?account=" + accountId + "&kind=" + kind.name() + "&signature=" + signature(accountId, kind);
	}

	boolean isValid(String account, String kind, String signature) {
		if (account == null || kind == null || signature == null || !account.matches("\\d{1,18}")) {
			return false;
		}
		NoticeKind parsed;
		try {
			parsed = NoticeKind.valueOf(kind);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return MessageDigest.isEqual(signature(Long.parseLong(account), parsed).getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII));
	}

	/** A request to the unsubscribe address with a valid signature: needs no CSRF token. */
	RequestMatcher signedRequests() {
		return (HttpServletRequest request) -> PATH.equals(request.getServletPath())
				&& isValid(request.getParameter("account"), request.getParameter("kind"), request.getParameter("signature"));
	}

	private String signature(long accountId, NoticeKind kind) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
			return HexFormat.of()
				.formatHex(mac.doFinal((accountId + ":" + kind.name()).getBytes(StandardCharsets.US_ASCII)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private byte[] secret() {
		byte[] key = this.secret;
		if (key == null) {
			key = this.jdbc.sql("select secret from notification_signing_key where id = 1")
				.query(String.class)
				.single()
				.getBytes(StandardCharsets.US_ASCII);
			this.secret = key;
		}
		return key;
	}

}
