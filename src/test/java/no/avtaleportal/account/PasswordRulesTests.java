package no.avtaleportal.account;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guessable passwords are refused by a strength estimate with dictionaries and keyboard patterns
 * (nbvcxz), and the refusal names what makes them guessable; passphrases pass.
 */
class PasswordRulesTests {

	@ParameterizedTest
	@CsvSource({ "Passw0rd1234, known", "P@ssw0rd2024!, word", "1qaz2wsx3edc, known", "qwertyuiop12, known",
			"abc123abc123, known", "Trondheim2024!, word", "passord123456, known", "sommer2025xx, word",
			"ujmnhytgbvfr, keyboard", "'7ujm8ik,9ol.', keyboard", "abcdefghijklm, sequence",
			"aaaaaaaaaaaa, repeat" })
	void guessablePasswordsAreRefusedWithWhatMakesThemGuessable(String password, String weakness) {
		assertThat(PasswordRules.problems(password, "kari", "Kari Nordmann"))
			.extracting(PasswordRules.Problem::code, PasswordRules.Problem::weakness)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("account.password.error.common",
					"account.password.weakness." + weakness));
	}

	@ParameterizedTest
	@ValueSource(strings = { "fjorden bak kontoret 7", "tre epler og en pære", "nytt og langt passord 9",
			"a long secret passphrase", "Kurs i kryptografi for ledere" })
	void passphrasesPass(String password) {
		assertThat(PasswordRules.problems(password, "kari", "Kari Nordmann")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "kari.nordmann.2024", "nordmann fra trondheim" })
	void aPasswordBuiltOnTheNameIsRefused(String password) {
		assertThat(PasswordRules.problems(password, "kari", "Kari Nordmann")).extracting(PasswordRules.Problem::code)
			.contains("account.password.error.personal");
	}

}
