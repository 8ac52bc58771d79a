package no.avtaleportal.account;

/**
 * What the account list is narrowed to, as the query string carries it. Every field may be empty.
 *
 * @param q words to find in usernames, names and e-mail addresses
 * @param page the page of the list, from 1
 */
record AccountSearch(String q, Integer page) {

	/** The words as typed, or the empty string. */
	String query() {
		return (this.q != null) ? this.q : "";
	}

	/** The page asked for; the first when none is. */
	int pageNumber() {
		return (this.page != null) ? this.page : 1;
	}

}
