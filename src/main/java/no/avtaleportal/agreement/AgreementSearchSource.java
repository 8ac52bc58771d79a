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

	static final String AGREEMENT_TEXT = "a.title || ' ' || coalesce(a.subject, '') || ' ' || coalesce(a.preamble, '')";

	static final String CLAUSE_TEXT = "c.heading || ' ' || c.body";

	@Override
	public List<Part> parts(SignedInUser user, SearchTerms terms) {
		String agreementVector = "to_tsvector('norwegian', " + AGREEMENT_TEXT + ")";
		String clauseVector = "to_tsvector('norwegian', " + CLAUSE_TEXT + ")";
		return List.of(new Part("""
				select 'AGREEMENT' as kind, a.id, a.id as agreement_id, cast(a.title as text) as agreement_title,
				       cast(null as bigint) as focus_area_id, cast(null as text) as focus_area_label,
				       cast(null as bigint) as party_id, cast(null as text) as party_name,
				       cast(extract(year from a.start_date) as integer) as year, cast(a.title as text) as title,
				       coalesce(a.subject, '') || ' ' || coalesce(a.preamble, '') as body,
				       '/agreements/' || a.id as url, %s as vec, %s as words
				from agreement a
				where %s and %s""".formatted(agreementVector, AGREEMENT_TEXT, Agreements.visibleInSearch("a.id"),
				terms.matches(agreementVector, AGREEMENT_TEXT))), new Part("""
				select 'CLAUSE' as kind, c.id, a.id as agreement_id, cast(a.title as text) as agreement_title,
				       cast(null as bigint) as focus_area_id, cast(null as text) as focus_area_label,
				       cast(null as bigint) as party_id, cast(null as text) as party_name,
				       cast(extract(year from a.start_date) as integer) as year,
				       c.number || ' ' || c.heading as title, c.body as body,
				       '/agreements/' || a.id || '#clause-' || c.number as url, %s as vec, %s as words
				from clause c join agreement a on a.id = c.agreement_id
				where %s and %s""".formatted(clauseVector, CLAUSE_TEXT, Agreements.visibleInSearch("a.id"),
				terms.matches(clauseVector, CLAUSE_TEXT))));
	}

}
