package no.avtaleportal.activity;

import java.util.List;

import org.springframework.stereotype.Component;

import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.people.People;
import no.avtaleportal.search.SearchSource;
import no.avtaleportal.search.SearchTerms;

/**
 * Activities (title, description, tags, latest update), their status updates and deliverables in
 * the search, for those who see the activity's agreement.
 */
@Component
class ActivitySearchSource implements SearchSource {

	private static final String JOINS = """
			join %s f on f.focus_area_id = a.focus_area_id
			join %s g on g.agreement_id = f.agreement_id
			left join %s o on o.organisation_id = a.lead_organisation_id""".formatted(Agreements.selectFocusAreas(),
			Agreements.selectAgreements(), People.selectOrganisations());

	private static final String CONTEXT = """
			g.agreement_id, g.agreement_title, f.focus_area_id, f.focus_area_label,
			a.lead_organisation_id as party_id, o.organisation_short_name as party_name""";

	@Override
	public List<Part> parts(SignedInUser user, SearchTerms terms) {
		String visible = Agreements.visibleInSearch("g.agreement_id");
		return List.of(new Part("""
				select 'ACTIVITY' as kind, a.id, %s,
				       cast(extract(year from coalesce(a.start_date, cast(a.created_at as date))) as integer) as year,
				       cast(a.title as text) as title, a.description || ' ' || a.update_text as body,
				       '/activities/' || a.id as url, a.search_vector as vec
				from activity a %s
				where %s and %s""".formatted(CONTEXT, JOINS, visible, terms.matches("a.search_vector"))), new Part("""
				select 'STATUS_UPDATE' as kind, u.id, %s, cast(extract(year from u.written_on) as integer) as year,
				       cast(a.title as text) as title, u.text as body,
				       '/activities/' || a.id || '/updates/' || u.id as url, u.search_vector as vec
				from status_update u join activity a on a.id = u.activity_id %s
				where %s and %s""".formatted(CONTEXT, JOINS, visible, terms.matches("u.search_vector"))), new Part("""
				select 'DELIVERABLE' as kind, a.id * 1000 + d.position as id, %s,
				       cast(extract(year from coalesce(d.due_date, a.start_date, cast(a.created_at as date))) as integer) as year,
				       cast(a.title as text) as title, cast(d.title as text) as body,
				       '/activities/' || a.id || '#deliverable-' || d.position as url, d.search_vector as vec
				from activity_deliverable d join activity a on a.id = d.activity_id %s
				where %s and %s""".formatted(CONTEXT, JOINS, visible, terms.matches("d.search_vector"))));
	}

}
