package no.avtaleportal.api;

import java.util.List;

import no.avtaleportal.web.FeedPage;

/**
 * A page of the API's answer: the items, which page of what size, and how many in all.
 */
record ApiPage<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

	static <T> ApiPage<T> of(FeedPage<T> feed, int page, int size) {
		return new ApiPage<>(feed.items(), page, size, feed.total(), (feed.total() + size - 1) / size);
	}

}
