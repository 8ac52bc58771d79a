package no.avtaleportal.people;

import org.springframework.modulith.NamedInterface;

/**
 * A Norwegian organisation number (organisasjonsnummer): nine digits, the last a modulus-11
 * check digit over the first eight with the weights 3, 2, 7, 6, 5, 4, 3, 2. Shown in groups of
 * three, as {@code 974 767 880}.
 */
@NamedInterface("api")
public final class OrganisationNumber {

	private static final int[] WEIGHTS = { 3, 2, 7, 6, 5, 4, 3, 2 };

	private OrganisationNumber() {
	}

	/**
	 * The digits of what a person typed, without the spaces they may have grouped them with.
	 */
	public static String normalise(String input) {
		return (input != null) ? input.replace(" ", "").replace("\u00a0", "").strip() : "";
	}

	/**
	 * Whether the input (spaces allowed) is nine digits with a correct check digit.
	 */
	public static boolean isValid(String input) {
		String digits = normalise(input);
		if (!digits.matches("[0-9]{9}")) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += (digits.charAt(i) - '0') * WEIGHTS[i];
		}
		int remainder = sum % 11;
		int check = (remainder == 0) ? 0 : 11 - remainder;
		// a remainder of 1 would need the check digit 10: no valid number has it
		return check != 10 && check == digits.charAt(8) - '0';
	}

	/**
	 * {@code 974767880} as {@code 974 767 880}; anything else as it is.
	 */
	public static String format(String digits) {
		if (digits == null || !digits.matches("[0-9]{9}")) {
			return digits;
		}
		return digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
	}

}
