package no.avtaleportal.meeting;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.search.SearchSource;
import no.avtaleportal.search.SearchTerms;

/**
 * Agenda items with their notes, decisions and action items in the search: for the members and
 * the secretary of the steering group always, for the others who see the group once the minutes
 * are published (the rule of {@link SteeringGroupAccess}, decided in the SQL).
 */
@Component
class MeetingSearchSource implements SearchSource {

	private static final String CONTEXT = """
			g.agreement_id, g.agreement_title, i.focus_area_id, f.focus_area_label,
			cast(null as bigint) as party_id, cast(null as text) as party_name,
			cast(extract(year from m.starts_at at time zone 'Europe/Oslo') as integer) as year""";

	private static final String JOINS = """
			join %s s on s.steering_group_id = m.steering_group_id
			join %s g on g.agreement_id = s.agreement_id
			left join %s f on f.focus_area_id = i.focus_area_id""".formatted(Agreements.selectSteeringGroups(),
			Agreements.selectAgreements(), Agreements.selectFocusAreas());

	private static final String SEEN = """
			(m.steering_group_id in (:meeting_insider)
			 or (m.steering_group_id in (:meeting_reader) and m.minutes_status = 'PUBLISHED'))""";

	private final SteeringGroupAccess access;

	MeetingSearchSource(SteeringGroupAccess access) {
		this.access = access;
	}

	@Override
	public List<Part> parts(SignedInUser user, SearchTerms terms) {
		List<Membership> memberships = this.access.memberships(user);
		List<Long> insider = ids(memberships.stream().filter(Membership::isInsider).toList());
		List<Long> reader = ids(memberships);
		Map<String, Object> parameters = Map.of("meeting_insider", insider, "meeting_reader", reader);
		return List.of(new Part("""
				select 'AGENDA_ITEM' as kind, i.id, %s,
				       coalesce(i.case_number || ' ', '') || i.title as title, coalesce(i.notes, '') as body,
				       '/meetings/' || m.id || '#item-' || i.id as url, i.search_vector as vec
				from agenda_item i join meeting m on m.id = i.meeting_id %s
				where %s and %s""".formatted(CONTEXT, JOINS, SEEN, terms.matches("i.search_vector")), parameters), new Part("""
				select 'DECISION' as kind, d.id, %s,
				       coalesce(d.number || ' ', '') || i.title as title, d.text as body,
				       '/meetings/' || m.id || '#decision-' || d.id as url, d.search_vector as vec
				from decision d join agenda_item i on i.id = d.agenda_item_id join meeting m on m.id = d.meeting_id %s
				where %s and %s""".formatted(CONTEXT, JOINS, SEEN, terms.matches("d.search_vector")), parameters), new Part("""
				select 'ACTION_ITEM' as kind, x.id, %s,
				       cast(x.owner_name as text) as title, x.text as body,
				       '/meetings/' || m.id || '#action-' || x.id as url, x.search_vector as vec
				from action_item x join agenda_item i on i.id = x.agenda_item_id join meeting m on m.id = x.meeting_id %s
				where %s and %s""".formatted(CONTEXT, JOINS, SEEN, terms.matches("x.search_vector")), parameters));
	}

	private static List<Long> ids(List<Membership> memberships) {
		List<Long> ids = memberships.stream().map(membership -> membership.group().id()).toList();
		return ids.isEmpty() ? List.of(-1L) : ids;
	}

}
