package no.avtaleportal.web;

import java.util.Locale;

/**
 * The languages the portal speaks, bokmål first.
 */
enum Language {

	NB("nb", "Norsk (bokmål)"), EN("en", "English");

	private final String code;

	private final String nativeName;

	Language(String code, String nativeName) {
		this.code = code;
		this.nativeName = nativeName;
	}

	String code() {
		return this.code;
	}

	/** Each language names itself in its own words, whatever the page's language. */
	String nativeName() {
		return this.nativeName;
	}

	boolean isCurrent(Locale locale) {
		return this.code.equals(locale.getLanguage()) || (this == NB && "no".equals(locale.getLanguage()));
	}

}
