/**
 * One search across the portal ({@code /search}): each module that holds searchable text
 * contributes a {@link no.avtaleportal.search.SearchSource} (its own tables, its own access rule in
 * SQL); this module joins them into one ranked, faceted result with highlighted excerpts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package no.avtaleportal.search;
