package no.avtaleportal.agreement;

import java.util.List;

import org.springframework.stereotype.Component;

import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.search.SearchSource;
import no.avtaleportal.search.SearchTerms;

/**
 * Agreements (title, subject, preamble) and their clauses in the search, for those who see the
 * agreement.
 */
@Component
class AgreementSearchSource implements SearchSource {

	@Override
	public List<Part> parts(SignedInUser user, SearchTerms terms) {
		return List.of(new Part("""
				select 'AGREEMENT' as kind, a.id, a.id as agreement_id, cast(a.title as text) as agreement_title,
				       cast(null as bigint) as focus_area_id, cast(null as text) as focus_area_label,
				       cast(null as bigint) as party_id, cast(null as text) as party_name,
				       cast(extract(year from a.start_date) as integer) as year, cast(a.title as text) as title,
				       coalesce(a.subject, '') || ' ' || coalesce(a.preamble, '') as body,
				       '/agreements/' || a.id as url, a.search_vector as vec
				from agreement a
				where %s and %s""".formatted(Agreements.visibleInSearch("a.id"), terms.matches("a.search_vector"))), new Part("""
				select 'CLAUSE' as kind, c.id, a.id as agreement_id, cast(a.title as text) as agreement_title,
				       cast(null as bigint) as focus_area_id, cast(null as text) as focus_area_label,
				       cast(null as bigint) as party_id, cast(null as text) as party_name,
				       cast(extract(year from a.start_date) as integer) as year,
				       c.number || ' ' || c.heading as title, c.body as body,
				       '/agreements/' || a.id || '#clause-' || c.number as url, c.search_vector as vec
				from clause c join agreement a on a.id = c.agreement_id
				where %s and %s""".formatted(Agreements.visibleInSearch("a.id"), terms.matches("c.search_vector"))));
	}

}
