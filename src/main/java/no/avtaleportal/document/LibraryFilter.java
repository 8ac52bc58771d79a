package no.avtaleportal.document;

/**
 * What the document library shows, as the query string carries it. Every field may be empty.
 *
 * @param agreement the agreement whose library it is; the user's first when empty
 * @param q words to search for
 * @param activity only the documents of the activity
 * @param page the page asked for, counted from 1
 */
record LibraryFilter(Long agreement, String q, Long activity, Integer page) {

	/** The page asked for, counted from 1: the first when none or less than 1. */
	int pageNumber() {
		return (this.page != null && this.page > 1) ? this.page : 1;
	}

	/** The words asked for, without surrounding spaces, or {@code null}. */
	String words() {
		return (this.q != null && !this.q.isBlank()) ? this.q.strip() : null;
	}

}
