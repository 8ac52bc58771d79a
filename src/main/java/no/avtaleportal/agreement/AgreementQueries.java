package no.avtaleportal.agreement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.account.Role;
import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.agreement.AgreementDetails.AgreementPart;
import no.avtaleportal.agreement.AgreementDetails.AgreementRef;
import no.avtaleportal.agreement.AgreementDetails.AreaPart;
import no.avtaleportal.agreement.AgreementDetails.ClausePart;
import no.avtaleportal.agreement.AgreementDetails.CommitmentPart;
import no.avtaleportal.agreement.AgreementDetails.DelegationPart;
import no.avtaleportal.agreement.AgreementDetails.GroupPart;
import no.avtaleportal.agreement.AgreementDetails.Party;
import no.avtaleportal.agreement.AgreementDetails.PartyPart;
import no.avtaleportal.agreement.AgreementDetails.Responsibility;
import no.avtaleportal.agreement.AgreementDetails.SteeringGroupView;
import no.avtaleportal.agreement.AgreementView.ExtensionView;
import no.avtaleportal.agreement.Agreements.FocusAreaView;
import no.avtaleportal.people.People.OrganisationView;
import no.avtaleportal.people.People;
import no.avtaleportal.people.People.Holding;
import no.avtaleportal.people.People.RoleView;
import no.avtaleportal.web.NotFoundException;

/**
 * Loads what the agreement pages show, each part in one statement, so that a page runs the same
 * number of statements however many clauses, commitments and holders the agreement has. A user
 * sees the agreements their organisation is a party to; an administrator sees them all.
 */
@Service
@Transactional(readOnly = true)
class AgreementQueries {

	private final AgreementRepository agreements;

	private final AgreementPartyRepository parties;

	private final People people;

	private final JdbcClient jdbc;

	private final Clock clock;

	AgreementQueries(AgreementRepository agreements, AgreementPartyRepository parties, People people, JdbcClient jdbc,
			Clock clock) {
		this.jdbc = jdbc;
		this.agreements = agreements;
		this.parties = parties;
		this.people = people;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * The agreements the user may see, newest first, with their parties and status, in one
	 * statement however many there are.
	 */
	List<AgreementSummary> visibleTo(SignedInUser user) {
		Map<Long, Visible> visible = visible(user);
		LocalDate today = today();
		return visible.values()
			.stream()
			.map(each -> summary(each.agreement(), each.partyNames(), each.successorStart(), today))
			.toList();
	}

	/**
	 * The agreements the user may see (every one for an administrator; otherwise those their
	 * organisation is a party to) with their facts, newest first, by id, in one statement: each
	 * agreement with its extensions in the order decided, its successor's start, its parties'
	 * organisations and their short names in order, and its steering group's id, yearly minimum, secretary role and
	 * member roles in order. Read as plain values, not entities (a read through JPA cost a page
	 * several times what the same read costs through JDBC, bench/README.md).
	 */
	private Map<Long, Visible> visible(SignedInUser user) {
		boolean all = user.hasRole(Role.ADMIN);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("all", all);
		parameters.put("organisationId", all ? null : user.getOrganisationId());
		Map<Long, Visible> visible = new LinkedHashMap<>();
		this.jdbc.sql(VISIBLE).params(parameters).query(AgreementQueries::visibleRow).list()
			.forEach(each -> visible.put(each.agreement().id(), each));
		return visible;
	}

	/**
	 * The agreement's extensions in the order decided, as arrays of their months, days decided (as days
	 * since 1970-01-01: the driver makes each element of an array of dates through a {@code Calendar}),
	 * decision numbers and notes ({@link #extensions}), joined to an agreement {@code a}.
	 */
	private static final String EXTENSIONS = """
			left join lateral (
			  select array_agg(e.months order by e.decided_on, e.id) as extension_months,
			    array_agg(e.decided_on - date '1970-01-01' order by e.decided_on, e.id) as extension_decided_on,
			    array_agg(e.decision_number order by e.decided_on, e.id) as extension_decision_number,
			    array_agg(e.note order by e.decided_on, e.id) as extension_note
			  from agreement_extension e where e.agreement_id = a.id) x on true""";

	private static final String VISIBLE = """
			select a.id, a.title, a.signed_on, a.approximate_dates, a.start_date, a.term_months, a.evaluation_from, a.evaluation_to,
			  a.terminated_on, a.extension_allowed,
			  x.extension_months, x.extension_decided_on, x.extension_decision_number, x.extension_note,
			  (select min(s.start_date) from agreement s where s.predecessor_id = a.id) as successor_start,
			  array(select p.organisation_id from agreement_party p where p.agreement_id = a.id
			        order by p.position) as party_ids,
			  array(select o.organisation_short_name from agreement_party p
			        join %s o on o.organisation_id = p.organisation_id
			        where p.agreement_id = a.id order by p.position) as party_names,
			  g.id as group_id, g.minimum_meetings_per_year, g.secretary_role_id,
			  array(select m.role_id from steering_group_member m where m.steering_group_id = g.id
			        order by m.position) as member_role_ids
			from agreement a
			left join steering_group g on g.agreement_id = a.id
			%s
			where :all or exists (select 1 from agreement_party p where p.agreement_id = a.id and p.organisation_id = :organisationId)
			order by a.start_date desc, a.id desc""".formatted(People.selectOrganisations(), EXTENSIONS);

	private static Visible visibleRow(ResultSet rs, int row) throws SQLException {
		return new Visible(view(rs), rs.getObject("successor_start", LocalDate.class),
				Agreements.ids(rs.getArray("party_ids")), Agreements.names(rs.getArray("party_names")),
				rs.getObject("group_id", Long.class), rs.getInt("minimum_meetings_per_year"),
				rs.getObject("secretary_role_id", Long.class), Agreements.ids(rs.getArray("member_role_ids")));
	}

	/**
	 * The agreement of the row, from the columns {@link #VISIBLE} and {@link #OVERVIEW} read: its own and
	 * its extensions' ({@link #EXTENSIONS}).
	 */
	private static AgreementView view(ResultSet rs) throws SQLException {
		return new AgreementView(rs.getLong("id"), rs.getString("title"), rs.getObject("start_date", LocalDate.class),
				rs.getInt("term_months"), rs.getObject("evaluation_from", LocalDate.class),
				rs.getObject("evaluation_to", LocalDate.class), rs.getObject("terminated_on", LocalDate.class),
				rs.getBoolean("extension_allowed"), extensions(rs), rs.getObject("signed_on", LocalDate.class),
				rs.getBoolean("approximate_dates"));
	}

	/** An agreement's extensions in the order decided, from the arrays {@link #EXTENSIONS} reads. */
	private static List<ExtensionView> extensions(ResultSet rs) throws SQLException {
		java.sql.Array extensionMonths = rs.getArray("extension_months");
		if (extensionMonths == null) {
			return List.of();
		}
		Object[] months = (Object[]) extensionMonths.getArray();
		Object[] decidedOn = (Object[]) rs.getArray("extension_decided_on").getArray();
		Object[] numbers = (Object[]) rs.getArray("extension_decision_number").getArray();
		Object[] notes = (Object[]) rs.getArray("extension_note").getArray();
		List<ExtensionView> extensions = new ArrayList<>();
		for (int index = 0; index < months.length; index++) {
			extensions.add(new ExtensionView(((Number) months[index]).intValue(),
					LocalDate.ofEpochDay(((Number) decidedOn[index]).longValue()), (String) numbers[index],
					(String) notes[index]));
		}
		return List.copyOf(extensions);
	}

	/**
	 * One agreement with its extensions ({@link #EXTENSIONS}), its predecessor and its successor (the
	 * first to start, if several follow it).
	 */
	private static final String WHOLE = """
			select a.id, a.import_key, a.title, a.subject, a.kind, a.preamble, a.signed_on, a.signed_place,
			  a.start_date, a.term_months, a.extension_allowed, a.approximate_dates, a.evaluation_from,
			  a.evaluation_to, a.terminated_on,
			  x.extension_months, x.extension_decided_on, x.extension_decision_number, x.extension_note,
			  p.id as predecessor_id, p.title as predecessor_title, p.start_date as predecessor_start,
			  s.id as successor_id, s.title as successor_title, s.start_date as successor_start
			from agreement a
			left join agreement p on p.id = a.predecessor_id
			left join lateral (select s.id, s.title, s.start_date from agreement s where s.predecessor_id = a.id
			  order by s.start_date, s.id limit 1) s on true
			%s
			where a.id = :id""".formatted(EXTENSIONS);

	private static Whole wholeRow(ResultSet rs, int row) throws SQLException {
		AgreementPart agreement = new AgreementPart(rs.getLong("id"), rs.getString("import_key"), rs.getString("title"),
				rs.getString("subject"), AgreementKind.valueOf(rs.getString("kind")), rs.getString("preamble"),
				rs.getObject("signed_on", LocalDate.class), rs.getString("signed_place"),
				rs.getObject("start_date", LocalDate.class), rs.getInt("term_months"),
				rs.getBoolean("extension_allowed"), rs.getBoolean("approximate_dates"),
				rs.getObject("evaluation_from", LocalDate.class),
				rs.getObject("evaluation_to", LocalDate.class), rs.getObject("terminated_on", LocalDate.class),
				extensions(rs), ref(rs, "predecessor"));
		return new Whole(agreement, ref(rs, "successor"));
	}

	/** The agreement before or after ({@code prefix}) the one of the row, if there is one. */
	private static AgreementRef ref(ResultSet rs, String prefix) throws SQLException {
		Long id = rs.getObject(prefix + "_id", Long.class);
		return (id != null) ? new AgreementRef(id, rs.getString(prefix + "_title"),
				rs.getObject(prefix + "_start", LocalDate.class)) : null;
	}

	/** An agreement with its successor ({@link #WHOLE}). */
	private record Whole(AgreementPart agreement, AgreementRef successor) {
	}

	/**
	 * The agreements the user may see, as {@link #visibleTo}, and the overview on the day of the
	 * one asked for (else the one {@link AgreementSummary#preferred} names) with its steering group, in two
	 * statements however many agreements there are: the agreements with their successors, parties
	 * and steering groups, and the chosen one's focus areas.
	 * @throws NotFoundException when the agreement asked for is not one the user may see
	 */
	Optional<Agreements.Chosen> chosen(SignedInUser user, Long asked, LocalDate day,
			Function<Long, List<FocusAreaView>> focusAreas) {
		Map<Long, Visible> visible = visible(user);
		if (visible.isEmpty()) {
			return Optional.empty();
		}
		LocalDate today = today();
		List<AgreementSummary> summaries = visible.values()
			.stream()
			.map(each -> summary(each.agreement(), each.partyNames(), each.successorStart(), today))
			.toList();
		long id = (asked != null) ? asked : AgreementSummary.preferred(summaries).orElseThrow().id();
		Visible chosen = visible.get(id);
		if (chosen == null) {
			throw new NotFoundException("agreement " + id);
		}
		AgreementView agreement = chosen.agreement();
		AgreementStatus status = agreement.statusOn(day, chosen.successorStart());
		AgreementOverview overview = new AgreementOverview(agreement, day, status,
				status.isInForce() ? agreement.daysLeftOn(day) : null, agreement.deadlinesOn(day, chosen.successorStart()),
				chosen.partyNames(), chosen.partyIds(), focusAreas.apply(id),
				(chosen.groupId() != null) ? chosen.minimumMeetingsPerYear() : 0);
		Agreements.SteeringGroupFacts group = (chosen.groupId() == null) ? null
				: new Agreements.SteeringGroupFacts(chosen.groupId(), id, agreement.title(), agreement.startDate(),
						chosen.minimumMeetingsPerYear(), chosen.memberRoleIds(), chosen.secretaryRoleId(),
						chosen.partyIds(), chosen.partyNames(), agreement.currentTerm());
		return Optional.of(new Agreements.Chosen(summaries, overview, group));
	}

	/** An agreement in the list of those a user may see, as it stands today. */
	private static AgreementSummary summary(AgreementView agreement, List<String> partyNames, LocalDate successorStart,
			LocalDate today) {
		AgreementStatus status = agreement.statusOn(today, successorStart);
		return new AgreementSummary(agreement.id(), agreement.title(), partyNames, agreement.startDate(),
				agreement.endDate(), agreement.approximateDates(), status,
				status.isInForce() ? agreement.daysLeftOn(today) : null);
	}

	/** An agreement the user may see, with its facts ({@link #VISIBLE}). */
	private record Visible(AgreementView agreement, LocalDate successorStart, List<Long> partyIds,
			List<String> partyNames, Long groupId, int minimumMeetingsPerYear, Long secretaryRoleId,
			List<Long> memberRoleIds) {
	}

	/**
	 * The agreement, if the user may see it (without its parts).
	 * @throws NotFoundException when there is no such agreement or it is not the user's to see
	 */
	Agreement visible(long id, SignedInUser user) {
		Agreement agreement = this.agreements.findById(id).orElseThrow(() -> new NotFoundException("agreement " + id));
		List<Long> partyOrganisationIds = this.parties.findOfAgreements(id)
			.stream()
			.map(AgreementParty::getOrganisationId)
			.toList();
		checkVisible(id, partyOrganisationIds, user);
		return agreement;
	}

	private static void checkVisible(long id, List<Long> partyOrganisationIds, SignedInUser user) {
		if (!user.hasRole(Role.ADMIN)
				&& (user.getOrganisationId() == null || !partyOrganisationIds.contains(user.getOrganisationId()))) {
			throw new NotFoundException("agreement " + id);
		}
	}

	/**
	 * One agreement as the dashboards and the evaluation see it: its columns and extensions (as
	 * {@link #VISIBLE} reads them), its successor's start, its steering group's yearly minimum and its
	 * parties with their short names.
	 */
	private static final String OVERVIEW = """
			select a.id, a.title, a.signed_on, a.approximate_dates, a.start_date, a.term_months, a.evaluation_from,
			  a.evaluation_to, a.terminated_on, a.extension_allowed,
			  x.extension_months, x.extension_decided_on, x.extension_decision_number, x.extension_note,
			  (select min(s.start_date) from agreement s where s.predecessor_id = a.id) as successor_start,
			  (select max(g.minimum_meetings_per_year) from steering_group g
			        where g.agreement_id = a.id) as minimum,
			  array(select p.organisation_id from agreement_party p where p.agreement_id = a.id
			        order by p.position) as party_ids,
			  array(select o.organisation_short_name from agreement_party p
			        join %s o on o.organisation_id = p.organisation_id
			        where p.agreement_id = a.id order by p.position) as party_names
			from agreement a
			%s
			where a.id = :id""".formatted(People.selectOrganisations(), EXTENSIONS);

	/**
	 * One agreement as the dashboards see it on the day, if the user may see it, in two statements:
	 * the agreement with its extensions, its parties with their short names, its successor's start and
	 * its steering group's minimum in one ({@link #OVERVIEW}), and its focus areas with their
	 * commitments.
	 * @throws NotFoundException when there is no such agreement or it is not the user's to see
	 */
	AgreementOverview overview(long id, SignedInUser user, LocalDate day, Supplier<List<FocusAreaView>> focusAreas) {
		Overview overview = this.jdbc.sql(OVERVIEW)
			.param("id", id)
			.query((rs, row) -> new Overview(view(rs), rs.getObject("successor_start", LocalDate.class),
					rs.getInt("minimum"), Agreements.ids(rs.getArray("party_ids")),
					Agreements.names(rs.getArray("party_names"))))
			.optional()
			.orElseThrow(() -> new NotFoundException("agreement " + id));
		if (!user.hasRole(Role.ADMIN) && !overview.partyIds().contains(user.getOrganisationId())) {
			throw new NotFoundException("agreement " + id);
		}
		AgreementView agreement = overview.agreement();
		AgreementStatus status = agreement.statusOn(day, overview.successorStart());
		return new AgreementOverview(agreement, day, status, status.isInForce() ? agreement.daysLeftOn(day) : null,
				agreement.deadlinesOn(day, overview.successorStart()), overview.partyNames(), overview.partyIds(),
				focusAreas.get(), overview.minimumMeetingsPerYear());
	}

	/** An agreement with its successor's start, its steering group's yearly minimum, its parties. */
	private record Overview(AgreementView agreement, LocalDate successorStart, int minimumMeetingsPerYear,
			List<Long> partyIds, List<String> partyNames) {
	}

	/**
	 * The whole agreement, if the user may see it, as plain values: the agreement with its extensions, its
	 * predecessor and its successor ({@link #WHOLE}), then its parts, each kind in one statement (parties,
	 * clauses, focus areas with their commitments, delegations, the steering group with its members), and
	 * the roles and organisations they name with who holds the roles in one more.
	 * @throws NotFoundException when there is no such agreement or it is not the user's to see
	 */
	AgreementDetails details(long id, SignedInUser user, boolean withHoldings) {
		Whole whole = this.jdbc.sql(WHOLE)
			.param("id", id)
			.query(AgreementQueries::wholeRow)
			.optional()
			.orElseThrow(() -> new NotFoundException("agreement " + id));
		AgreementPart agreement = whole.agreement();
		List<PartyPart> partyList = this.jdbc.sql("""
				select id, organisation_id, referred_to_as, signatory_name, signatory_title
				from agreement_party where agreement_id = :id order by position""")
			.param("id", id)
			.query((rs, row) -> new PartyPart(rs.getLong("id"), rs.getLong("organisation_id"),
					rs.getString("referred_to_as"), rs.getString("signatory_name"), rs.getString("signatory_title")))
			.list();
		checkVisible(id, partyList.stream().map(PartyPart::organisationId).toList(), user);
		Map<Long, ClausePart> clauses = new LinkedHashMap<>();
		this.jdbc.sql("select id, number, heading, body, level from clause where agreement_id = :id order by position")
			.param("id", id)
			.query((rs, row) -> new ClausePart(rs.getLong("id"), rs.getString("number"), rs.getString("heading"),
					rs.getString("body"), rs.getInt("level")))
			.list()
			.forEach(clause -> clauses.put(clause.id(), clause));
		Map<Long, AreaPart> areas = new LinkedHashMap<>();
		List<CommitmentPart> commitmentList = new ArrayList<>();
		this.jdbc.sql("""
				select f.id, f.clause_id, f.code, f.title, f.description, c.id as commitment_id,
				  c.clause_id as commitment_clause_id, c.text, c.lead_organisation_id, c.responsibility_note
				from focus_area f left join commitment c on c.focus_area_id = f.id
				where f.agreement_id = :id order by f.code, c.position""")
			.param("id", id)
			.query(rs -> {
				long areaId = rs.getLong("id");
				if (!areas.containsKey(areaId)) {
					areas.put(areaId, new AreaPart(areaId, clauses.get(rs.getLong("clause_id")), rs.getString("code"),
							rs.getString("title"), rs.getString("description")));
				}
				long commitmentId = rs.getLong("commitment_id");
				if (!rs.wasNull()) {
					commitmentList.add(new CommitmentPart(commitmentId, areaId,
							clauses.get(rs.getLong("commitment_clause_id")), rs.getString("text"),
							rs.getObject("lead_organisation_id", Long.class), rs.getString("responsibility_note")));
				}
			});
		List<DelegationPart> delegationList = this.jdbc.sql("""
				select id, scope, focus_area_id, role_id, delegated_from_role_id, valid_from, valid_to, clause_id, note
				from delegation where agreement_id = :id order by position, id""")
			.param("id", id)
			.query((rs, row) -> new DelegationPart(rs.getLong("id"), DelegationScope.valueOf(rs.getString("scope")),
					areas.get(rs.getObject("focus_area_id", Long.class)), rs.getLong("role_id"),
					rs.getObject("delegated_from_role_id", Long.class), rs.getObject("valid_from", LocalDate.class),
					rs.getObject("valid_to", LocalDate.class), clauses.get(rs.getLong("clause_id")),
					rs.getString("note")))
			.list();
		GroupPart group = this.jdbc.sql("""
				select g.id, g.clause_id, g.minimum_meetings_per_year, g.secretary_role_id,
				  array(select m.role_id from steering_group_member m where m.steering_group_id = g.id
				        order by m.position) as member_role_ids
				from steering_group g where g.agreement_id = :id""")
			.param("id", id)
			.query((rs, row) -> new GroupPart(rs.getLong("id"), rs.getObject("clause_id", Long.class),
					rs.getInt("minimum_meetings_per_year"), rs.getObject("secretary_role_id", Long.class),
					Agreements.ids(rs.getArray("member_role_ids"))))
			.optional()
			.orElse(null);

		Set<Long> roleIds = new HashSet<>();
		delegationList.forEach(delegation -> {
			roleIds.add(delegation.roleId());
			roleIds.add(delegation.delegatedFromRoleId());
		});
		if (group != null) {
			roleIds.addAll(group.memberRoleIds());
			roleIds.add(group.secretaryRoleId());
		}
		roleIds.remove(null);
		Set<Long> organisationIds = Stream
			.concat(partyList.stream().map(PartyPart::organisationId),
					commitmentList.stream().map(CommitmentPart::leadOrganisationId))
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		// the roles, the organisations and who holds the roles: one statement
		People.Directory directory = this.people.directory(roleIds, organisationIds, withHoldings);
		Map<Long, RoleView> roles = directory.roles();
		Map<Long, OrganisationView> organisations = directory.organisations();
		Map<Long, List<Holding>> holdings = new LinkedHashMap<>();
		directory.holdings()
			.forEach(holding -> holdings.computeIfAbsent(holding.roleId(), key -> new ArrayList<>()).add(holding));
		return new AgreementDetails(agreement, today(), whole.successor(),
				partyList.stream().map(party -> new Party(party, organisations.get(party.organisationId()))).toList(),
				List.copyOf(clauses.values()), List.copyOf(areas.values()), List.copyOf(commitmentList),
				delegationList.stream()
					.map(delegation -> new Responsibility(delegation, roles.get(delegation.roleId()),
							(delegation.delegatedFromRoleId() != null) ? roles.get(delegation.delegatedFromRoleId())
									: null))
					.toList(),
				(group != null) ? new SteeringGroupView(group, group.memberRoleIds().stream().map(roles::get).toList(),
						(group.secretaryRoleId() != null) ? roles.get(group.secretaryRoleId()) : null) : null,
				organisations, holdings);
	}

}
