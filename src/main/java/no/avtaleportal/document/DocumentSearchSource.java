package no.avtaleportal.document;

import java.util.List;

import org.springframework.stereotype.Component;

import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.search.SearchSource;
import no.avtaleportal.search.SearchTerms;

/**
 * Documents in the search: title, description and file name, and the text inside the file
 * ({@code document_text}), for those who see the document's agreement.
 */
@Component
class DocumentSearchSource implements SearchSource {

	private static final String DOCUMENT_TEXT = "d.title || ' ' || d.description";

	@Override
	public List<Part> parts(SignedInUser user, SearchTerms terms) {
		return List.of(new Part("""
				select 'DOCUMENT' as kind, d.id, g.id as agreement_id, cast(g.title as text) as agreement_title,
				       d.focus_area_id, f.code || ' ' || f.title as focus_area_label,
				       d.author_organisation_id as party_id, cast(o.short_name as text) as party_name,
				       cast(extract(year from d.document_date) as integer) as year, cast(d.title as text) as title,
				       d.description || ' ' || coalesce(t.body, '') as body,
				       '/documents?agreement=' || g.id || '#document-' || d.id as url,
				       d.search_vector || coalesce(t.search_vector, cast('' as tsvector)) as vec,
				       %s || ' ' || coalesce(left(t.body, 100000), '') as words
				from document d
				join agreement g on g.id = d.agreement_id
				left join focus_area f on f.id = d.focus_area_id
				left join organisation o on o.id = d.author_organisation_id
				left join document_text t on t.document_id = d.id
				where %s and %s""".formatted(DOCUMENT_TEXT, Agreements.visibleInSearch("g.id"),
				terms.matchesEither("d.search_vector", DOCUMENT_TEXT, "t.search_vector", "t.body",
						"(d.search_vector || coalesce(t.search_vector, cast('' as tsvector)))"))));
	}

}
