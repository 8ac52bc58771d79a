package no.avtaleportal.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password of a local account must be, as the password pages state it: at least
 * {@value #MIN_LENGTH} and at most {@value #MAX_LENGTH} characters, not built on the username
 * or the name, and not one of the patterns that lists of breached passwords are full of
 * (common words, one character repeated, runs such as {@code 123456} or {@code qwerty}).
 * Each broken rule is a message key.
 */
final class PasswordRules {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	/** Words breached passwords are built on; a password that is one of them plus digits or signs is refused. */
	private static final Set<String> COMMON = Set.of("password", "passord", "passwort", "qwerty", "qwertz", "azerty",
			"asdfgh", "letmein", "welcome", "velkommen", "admin", "administrator", "iloveyou", "sommer", "summer",
			"vinter", "winter", "trondheim", "oslo", "norge", "norway", "ntnu", "nho", "avtaleportal", "monkey",
			"dragon", "football", "fotball", "sunshine", "hemmelig", "secret", "changeme", "abc");

	private static final List<String> RUNS = List.of("0123456789", "abcdefghijklmnopqrstuvwxyz",
			"qwertyuiopåasdfghjkløæzxcvbnm");

	private PasswordRules() {
	}

	static List<String> problems(String password, String username, String displayName) {
		List<String> problems = new ArrayList<>();
		if (password == null || password.length() < MIN_LENGTH) {
			problems.add("account.password.error.tooShort");
			return problems;
		}
		if (password.length() > MAX_LENGTH) {
			problems.add("account.password.error.tooLong");
			return problems;
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (containsPartOf(lower, username) || containsPartOf(lower, displayName)) {
			problems.add("account.password.error.personal");
		}
		if (isCommonPattern(lower)) {
			problems.add("account.password.error.common");
		}
		return problems;
	}

	private static boolean containsPartOf(String password, String name) {
		if (name == null) {
			return false;
		}
		for (String part : name.toLowerCase(Locale.ROOT).split("[\\s.@_-]+")) {
			if (part.length() >= 3 && password.contains(part)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isCommonPattern(String password) {
		String letters = password.replaceAll("[^\\p{L}]", "");
		if (COMMON.contains(letters) || password.chars().distinct().count() <= 3) {
			return true;
		}
		String stripped = password.replaceAll("[\\d\\W_]+$", "").replaceAll("^[\\d\\W_]+", "");
		if (stripped.isEmpty() || COMMON.contains(stripped)) {
			return true;
		}
		for (String run : RUNS) {
			if (isPartOfRun(password, run) || isPartOfRun(new StringBuilder(password).reverse().toString(), run)) {
				return true;
			}
		}
		return false;
	}

	/** Whether the password is, repeated or not, a stretch of the run ("123456123456", "abcdefgh"). */
	private static boolean isPartOfRun(String password, String run) {
		String collapsed = password.replaceAll("[\\W_]", "");
		for (int length = 3; length <= collapsed.length(); length++) {
			String unit = collapsed.substring(0, length);
			if (run.contains(unit) && collapsed.equals(unit.repeat(collapsed.length() / length)
					+ unit.substring(0, collapsed.length() % length))) {
				return true;
			}
		}
		return false;
	}

}
