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

	/** The words asked for, without surrounding spaces, or {@code null}. */
	String words() {
		return (this.q != null && !this.q.isBlank()) ? this.q.strip() : null;
	}

}
