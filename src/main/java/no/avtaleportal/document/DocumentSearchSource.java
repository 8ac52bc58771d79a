package no.avtaleportal.document;

import java.util.List;

import org.springframework.stereotype.Component;

import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.people.People;
import no.avtaleportal.search.SearchSource;
import no.avtaleportal.search.SearchTerms;

/**
 * Documents in the search: title, description and file name, and the text inside the file
 * ({@code document_text}), for those who see the document's agreement. The two are matched apart,
 * each on its own full-text index, and an excluded word in either leaves the document out.
 */
@Component
class DocumentSearchSource implements SearchSource {

	@Override
	public List<Part> parts(SignedInUser user, SearchTerms terms) {
		return List.of(new Part("""
				select 'DOCUMENT' as kind, d.id, g.agreement_id, g.agreement_title, d.focus_area_id, f.focus_area_label,
				       d.author_organisation_id as party_id, o.organisation_short_name as party_name,
				       cast(extract(year from d.document_date) as integer) as year, cast(d.title as text) as title,
				       d.description || ' ' || coalesce(t.body, '') as body,
				       '/documents?agreement=' || g.agreement_id || '#document-' || d.id as url,
				       d.search_vector || coalesce(t.search_vector, cast('' as tsvector)) as vec
				from document d
				join %s g on g.agreement_id = d.agreement_id
				left join %s f on f.focus_area_id = d.focus_area_id
				left join %s o on o.organisation_id = d.author_organisation_id
				left join document_text t on t.document_id = d.id
				where %s
				  and d.id in (select m.id from document m where %s
				               union select x.document_id from document_text x where %s) %s""".formatted(
				Agreements.selectAgreements(), Agreements.selectFocusAreas(), People.selectOrganisations(),
				Agreements.visibleInSearch("g.agreement_id"), terms.matches("m.search_vector"),
				terms.matches("x.search_vector"),
				terms.excluding("(d.search_vector || coalesce(t.search_vector, cast('' as tsvector)))"))));
	}

}
