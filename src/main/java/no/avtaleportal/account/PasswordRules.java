package no.avtaleportal.account;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.matching.match.DateMatch;
import me.gosimple.nbvcxz.matching.match.DictionaryMatch;
import me.gosimple.nbvcxz.matching.match.Match;
import me.gosimple.nbvcxz.matching.match.RepeatMatch;
import me.gosimple.nbvcxz.matching.match.SequenceMatch;
import me.gosimple.nbvcxz.matching.match.SpacialMatch;
import me.gosimple.nbvcxz.matching.match.YearMatch;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What a new password of a local account must be, as the password pages state it: at least
 * {@value #MIN_LENGTH} and at most {@value #MAX_LENGTH} characters, not built on the username
 * or the name, and not guessable. How guessable it is comes from nbvcxz, a port of zxcvbn, that
 * estimates the guesses an attacker needs with lists of leaked passwords, English words and names,
 * Norwegian words that Norwegian passwords are built on, keyboard patterns, sequences, repeats and
 * dates; below {@value #MIN_ENTROPY} bits the password is refused, and the refusal says what made
 * it guessable. Each broken rule is a message key.
 */
final class PasswordRules {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	/** nbvcxz's own threshold: about 34 billion guesses. */
	static final double MIN_ENTROPY = 35;

	/** Norwegian words and places that passwords here are built on, beside nbvcxz's English lists. */
	private static final List<String> NORWEGIAN = List.of("velkommen", "hemmelig", "sommer", "vinter", "høst",
			"vår", "jul", "trondheim", "oslo", "bergen", "norge", "noreg", "norway", "ntnu", "nho", "avtaleportal",
			"avtale", "fotball", "kjæreste", "elsker", "glemt", "bytt", "endre", "endremeg", "byttmeg", "gløshaugen",
			"dragvoll", "nidaros", "rosenborg", "brann", "vålerenga", "lillehammer", "stavanger", "tromsø", "nordmann",
			"samarbeid", "styringsgruppe", "mandag", "fredag", "januar", "desember");

	private static final Nbvcxz ESTIMATOR = new Nbvcxz(new ConfigurationBuilder().setDictionaries(dictionaries())
		.setMinimumEntropy(MIN_ENTROPY)
		.createConfiguration());

	private PasswordRules() {
	}

	/** A broken rule: its message key, and for a guessable password what made it so. */
	record Problem(String code, String weakness) {

		/** The message's arguments: the length limits and the weakness in words. */
		Object[] arguments() {
			return new Object[] { MIN_LENGTH, MAX_LENGTH,
					(this.weakness != null) ? new DefaultMessageSourceResolvable(this.weakness) : "" };
		}

	}

	/** What makes a password guessable, as a message key {@code account.password.weakness.*}. */
	private enum Weakness {

		KNOWN, KEYBOARD, SEQUENCE, REPEAT, DATE, WORD, PREDICTABLE;

		String key() {
			return "account.password.weakness." + name().toLowerCase(Locale.ROOT);
		}

	}

	static List<Problem> problems(String password, String username, String displayName) {
		List<Problem> problems = new ArrayList<>();
		if (password == null || password.length() < MIN_LENGTH) {
			problems.add(new Problem("account.password.error.tooShort", null));
			return problems;
		}
		if (password.length() > MAX_LENGTH) {
			problems.add(new Problem("account.password.error.tooLong", null));
			return problems;
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (containsPartOf(lower, username) || containsPartOf(lower, displayName)) {
			problems.add(new Problem("account.password.error.personal", null));
		}
		var estimate = ESTIMATOR.estimate(password);
		if (!estimate.isMinimumEntropyMet()) {
			problems.add(new Problem("account.password.error.common", weakness(estimate.getMatches()).key()));
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

	/** The kind of pattern that covers most of the password. */
	private static Weakness weakness(List<Match> matches) {
		Map<Weakness, Integer> covered = new EnumMap<>(Weakness.class);
		for (Match match : matches) {
			Weakness kind = kindOf(match);
			if (kind != null) {
				covered.merge(kind, match.getToken().length(), Integer::sum);
			}
		}
		return covered.entrySet()
			.stream()
			.max(Map.Entry.<Weakness, Integer>comparingByValue()
				.thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
			.map(Map.Entry::getKey)
			.orElse(Weakness.PREDICTABLE);
	}

	private static Weakness kindOf(Match match) {
		if (match instanceof DictionaryMatch dictionary) {
			return "passwords".equals(dictionary.getDictionaryName()) ? Weakness.KNOWN : Weakness.WORD;
		}
		if (match instanceof SpacialMatch) {
			return Weakness.KEYBOARD;
		}
		if (match instanceof SequenceMatch) {
			return Weakness.SEQUENCE;
		}
		if (match instanceof RepeatMatch) {
			return Weakness.REPEAT;
		}
		if (match instanceof YearMatch || match instanceof DateMatch) {
			return Weakness.DATE;
		}
		return null;
	}

	private static List<Dictionary> dictionaries() {
		List<Dictionary> dictionaries = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
		DictionaryBuilder norwegian = new DictionaryBuilder().setDictionaryName("norwegian");
		for (int rank = 0; rank < NORWEGIAN.size(); rank++) {
			norwegian.addWord(NORWEGIAN.get(rank), rank + 1);
		}
		dictionaries.add(norwegian.createDictionary());
		return dictionaries;
	}

}
