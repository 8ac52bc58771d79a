package no.avtaleportal.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.account.Role;
import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.people.People;
import no.avtaleportal.web.ReadOnce;

/**
 * What other features use of agreements.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class Agreements {

	/** The steering groups with their agreements, the extra columns and the extra joins left to fill in. */
	private static final String STEERING_GROUPS = """
			select s.id, s.agreement_id, a.title, a.start_date, a.term_months, a.terminated_on,
			  (select coalesce(sum(e.months), 0) from agreement_extension e
			   where e.agreement_id = a.id) as extended_months,
			  s.minimum_meetings_per_year, s.secretary_role_id,
			  array(select m.role_id from steering_group_member m where m.steering_group_id = s.id
			        order by m.position) as member_role_ids,
			  array(select p.organisation_id from agreement_party p where p.agreement_id = a.id
			        order by p.position) as party_ids,
			  array(select o.organisation_short_name from agreement_party p
			        join %1$s o on o.organisation_id = p.organisation_id
			        where p.agreement_id = a.id order by p.position) as party_names%2$s
			from steering_group s join agreement a on a.id = s.agreement_id
			%3$sorder by s.id""";

	private final AgreementQueries queries;

	private final SteeringGroupRepository steeringGroups;

	private final JdbcClient jdbc;

	Agreements(AgreementQueries queries, SteeringGroupRepository steeringGroups, JdbcClient jdbc) {
		this.queries = queries;
		this.jdbc = jdbc;
		this.steeringGroups = steeringGroups;
	}

	/**
	 * The SQL condition that the agreement with the id {@code agreementId} (an SQL expression) is one
	 * the searching user may see, with the parameters of {@link no.avtaleportal.search.SearchTerms}:
	 * an administrator sees every one, everyone else those their organisation is a party to.
	 */
	public static String visibleInSearch(String agreementId) {
		return "(:search_admin or exists (select 1 from agreement_party sp where sp.agreement_id = " + agreementId
				+ " and sp.organisation_id = cast(:search_org as bigint)))";
	}

	/**
	 * Every agreement, {@code agreement_id} and {@code agreement_title} (text): a read-only select
	 * for other modules' SQL, which names none of this module's tables. Like the others here it is
	 * a subquery in parentheses to be given an alias, which PostgreSQL plans as the table itself.
	 */
	public static String selectAgreements() {
		return "(select g.id as agreement_id, cast(g.title as text) as agreement_title from agreement g)";
	}

	/**
	 * Every focus area, {@code focus_area_id}, {@code agreement_id} and {@code focus_area_label}
	 * (its code and title), for other modules' SQL.
	 */
	public static String selectFocusAreas() {
		return "(select f.id as focus_area_id, f.agreement_id, f.code || ': ' || f.title as focus_area_label"
				+ " from focus_area f)";
	}

	/** Every commitment, {@code commitment_id} and {@code focus_area_id}, for other modules' SQL. */
	public static String selectCommitments() {
		return "(select c.id as commitment_id, c.focus_area_id from commitment c)";
	}

	/** Every steering group, {@code steering_group_id} and {@code agreement_id}, for other modules' SQL. */
	public static String selectSteeringGroups() {
		return "(select s.id as steering_group_id, s.agreement_id from steering_group s)";
	}

	/**
	 * The agreements the user may see (those their organisation is a party to; every one for an
	 * administrator), newest first.
	 */
	public List<AgreementSummary> visibleTo(SignedInUser user) {
		return this.queries.visibleTo(user);
	}

	/**
	 * The agreements the user may see, newest first (as {@link #visibleTo}), and the overview on
	 * the day (as {@link #overview}) of the one asked for, else of the first in force, else of the
	 * newest, with its steering group: what a page that lets the user choose among their agreements
	 * shows, in two statements whatever their number. Empty when the user may see none.
	 * @throws no.avtaleportal.web.NotFoundException when the agreement asked for is not the user's
	 * to see
	 */
	@Transactional(readOnly = true)
	public Optional<Chosen> chosen(SignedInUser user, Long asked, LocalDate day) {
		return this.queries.chosen(user, asked, day, this::focusAreasOf);
	}

	/**
	 * One agreement's term, deadlines, focus areas and commitments as they stand on the day, if the
	 * user may see it.
	 * @throws no.avtaleportal.web.NotFoundException when there is no such agreement or it is not
	 * the user's to see
	 */
	@Transactional(readOnly = true)
	public AgreementOverview overview(long id, SignedInUser user, LocalDate day) {
		return this.queries.overview(id, user, day, () -> focusAreasOf(id));
	}

	/**
	 * The agreement's focus areas, each with its commitments in order, read once a page (the
	 * overview and the topics of an evaluation's dossier or a meeting's agenda both ask).
	 */
	private List<FocusAreaView> focusAreasOf(long agreementId) {
		return ReadOnce.read(List.of("Agreements.focusAreasOf", agreementId),
				() -> focusAreas("a.id = :id", Map.of("id", agreementId)));
	}

	/**
	 * The focus areas of the agreements the user may see, each with its commitments in order, in
	 * one statement whatever their number.
	 */
	public List<FocusAreaView> focusAreasVisibleTo(SignedInUser user) {
		boolean all = user.hasRole(Role.ADMIN);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("all", all);
		parameters.put("organisationId", all ? null : user.getOrganisationId());
		return focusAreas("""
				:all or exists (select 1 from agreement_party p where p.agreement_id = a.id and p.organisation_id = :organisationId)""",
				parameters);
	}

	/**
	 * The focus areas of the agreement imported with the key (such as {@code ntnu-nho-2023}), each
	 * with its commitments in order; for content that ships with the portal.
	 */
	public List<FocusAreaView> focusAreasOfImported(String importKey) {
		return focusAreas("a.import_key = :key", Map.of("key", importKey));
	}

	/**
	 * The focus areas with their commitments, read as plain values in SQL (no entity is built for a
	 * page, and no query goes through Hibernate: a read through JPA cost a page four times what the
	 * same read costs through JDBC, bench/README.md).
	 */
	private List<FocusAreaView> focusAreas(String condition, Map<String, Object> parameters) {
		List<FocusAreaView> areas = new ArrayList<>();
		List<CommitmentView> commitments = new ArrayList<>();
		FocusAreaView[] area = { null };
		this.jdbc.sql("""
				select f.id, a.id as agreement_id, a.title as agreement_title, f.code, f.title,
				  c.id as commitment_id, c.text, c.lead_organisation_id
				from focus_area f join agreement a on a.id = f.agreement_id
				  left join commitment c on c.focus_area_id = f.id
				where %s
				order by a.start_date desc, a.id, f.code, c.position""".formatted(condition))
			.params(parameters)
			.query(rs -> {
				long id = rs.getLong("id");
				if (area[0] != null && area[0].id() != id) {
					areas.add(area[0].with(commitments));
					commitments.clear();
				}
				if (area[0] == null || area[0].id() != id) {
					area[0] = new FocusAreaView(id, rs.getLong("agreement_id"), rs.getString("agreement_title"),
							rs.getString("code"), rs.getString("title"), List.of());
				}
				long commitment = rs.getLong("commitment_id");
				if (!rs.wasNull()) {
					commitments.add(new CommitmentView(commitment, area[0].code() + (commitments.size() + 1),
							rs.getString("text"), rs.getObject("lead_organisation_id", Long.class)));
				}
			});
		if (area[0] != null) {
			areas.add(area[0].with(commitments));
		}
		return List.copyOf(areas);
	}

	/**
	 * Every steering group with what the meetings feature needs of its agreement, in one statement
	 * however many there are, and once in a page's read-only transaction however often its parts
	 * ask ({@link ReadOnce}).
	 */
	@Transactional(readOnly = true)
	public List<SteeringGroupFacts> steeringGroups() {
		return ReadOnce.read(List.of("Agreements.steeringGroups"),
				() -> this.jdbc.sql(STEERING_GROUPS.formatted(People.selectOrganisations(), "", ""))
					.query((rs, row) -> steeringGroup(rs))
					.list());
	}

	/**
	 * Every steering group as {@link #steeringGroups()} gives it, each with those of its member
	 * and secretary roles that the person holds on the day, by the organisation each role is of:
	 * a user's standing in every group, in one statement. The groups are then also what
	 * {@link #steeringGroups()} answers for the rest of the page's read-only transaction.
	 */
	@Transactional(readOnly = true)
	public List<RolesHeld> steeringGroupsWithRolesHeldBy(long personId, LocalDate day) {
		List<RolesHeld> held = this.jdbc.sql(STEERING_GROUPS.formatted(People.selectOrganisations(), """
				, held.role_ids, held.organisation_ids""", """
				left join lateral (select array_agg(h.held_role_id) as role_ids,
				                          array_agg(h.held_role_organisation_id) as organisation_ids
				  from %s h where h.holder_person_id = :person and h.held_from <= :day
				    and (h.held_to is null or h.held_to >= :day)
				    and (h.held_role_id = s.secretary_role_id or h.held_role_id in
				         (select m.role_id from steering_group_member m where m.steering_group_id = s.id))) held on true
				""".formatted(People.selectRoleHoldings())))
			.param("person", personId)
			.param("day", day)
			.query((rs, row) -> {
				Map<Long, Long> organisations = new HashMap<>();
				if (rs.getArray("role_ids") != null) {
					List<Long> roles = ids(rs.getArray("role_ids"));
					List<Long> organisationIds = ids(rs.getArray("organisation_ids"));
					for (int i = 0; i < roles.size(); i++) {
						organisations.put(roles.get(i), organisationIds.get(i));
					}
				}
				return new RolesHeld(steeringGroup(rs), Map.copyOf(organisations));
			})
			.list();
		ReadOnce.read(List.of("Agreements.steeringGroups"), () -> held.stream().map(RolesHeld::group).toList());
		return held;
	}

	private static SteeringGroupFacts steeringGroup(java.sql.ResultSet rs) throws java.sql.SQLException {
		LocalDate start = rs.getObject("start_date", LocalDate.class);
		return new SteeringGroupFacts(rs.getLong("id"), rs.getLong("agreement_id"), rs.getString("title"), start,
				rs.getInt("minimum_meetings_per_year"), ids(rs.getArray("member_role_ids")),
				rs.getObject("secretary_role_id", Long.class), ids(rs.getArray("party_ids")),
				names(rs.getArray("party_names")), Term.of(start, rs.getInt("term_months"),
						rs.getInt("extended_months"), rs.getObject("terminated_on", LocalDate.class)));
	}

	/** The ids in an SQL array (of bigint), in order. */
	static List<Long> ids(java.sql.Array array) throws java.sql.SQLException {
		return Stream.of((Object[]) array.getArray()).map(id -> ((Number) id).longValue()).toList();
	}

	static List<String> names(java.sql.Array array) throws java.sql.SQLException {
		return Stream.of((Object[]) array.getArray()).map(String.class::cast).toList();
	}

	/**
	 * The steering group of the agreement in the overview, if it has one, in one statement (the
	 * agreement and its parties are the overview's).
	 */
	@Transactional(readOnly = true)
	public Optional<SteeringGroupFacts> steeringGroupOf(AgreementOverview overview) {
		return this.steeringGroups.findOfAgreement(overview.id())
			.map(group -> facts(group, overview.partyIds(), overview.parties()));
	}

	private static SteeringGroupFacts facts(SteeringGroup group, List<Long> partyOrganisationIds, List<String> partyShortNames) {
		Agreement agreement = group.getAgreement();
		return new SteeringGroupFacts(group.getId(), agreement.getId(), agreement.getTitle(), agreement.getStartDate(),
				group.getMinimumMeetingsPerYear(), group.getMemberRoleIds(), group.getSecretaryRoleId(),
				partyOrganisationIds, partyShortNames, agreement.currentTerm());
	}

	/**
	 * The focus areas and then the commitments of an agreement, each in order, for links to them,
	 * in one statement.
	 */
	@Transactional(readOnly = true)
	public List<Topic> topics(long agreementId) {
		List<FocusAreaView> areas = focusAreasOf(agreementId);
		return Stream.concat(
				areas.stream().map(area -> new Topic(area.id(), true, area.code(), area.code() + " " + area.title())),
				areas.stream()
					.flatMap(area -> area.commitments()
						.stream()
						.map(commitment -> new Topic(commitment.id(), false, area.code(),
								area.code() + ": " + commitment.text()))))
			.toList();
	}

	/**
	 * A focus area as other features show it, with the agreement it belongs to.
	 */
	public record FocusAreaView(long id, long agreementId, String agreementTitle, String code, String title,
			List<CommitmentView> commitments) {

		/** The focus area with the commitments, in order, numbered within it ("A1", "A2", …). */
		FocusAreaView with(List<CommitmentView> commitments) {
			return new FocusAreaView(this.id, this.agreementId, this.agreementTitle, this.code, this.title,
					List.copyOf(commitments));
		}

		/** "A: Strategisk kunnskapsdeling". */
		public String label() {
			return this.code + ": " + this.title;
		}

		/**
		 * "A: Strategisk kunnskapsdeling – Samarbeidsavtale mellom NTNU og NHO": the label with the
		 * agreement's title, for lists of focus areas, where two agreements may have focus areas of the
		 * same code and title.
		 */
		public String labelWithAgreement() {
			return labelWithAgreement(label(), this.agreementTitle);
		}

		/** A focus area's label followed by its agreement's title, for pages that read both as text. */
		public static String labelWithAgreement(String label, String agreementTitle) {
			return label + " – " + agreementTitle;
		}

		/** The commitment with the number, such as "A3". */
		public CommitmentView commitment(String number) {
			return this.commitments.stream()
				.filter(commitment -> commitment.number().equals(number))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no commitment " + number));
		}

	}

	/**
	 * A commitment as other features show it: its number within the focus area ("A1"), its text and
	 * the party that leads it ({@code null}: both together).
	 */
	public record CommitmentView(long id, String number, String text, Long leadOrganisationId) {

		/** "A1: Gjensidig kunnskapsdeling og …", short enough for a choice in a list. */
		public String label() {
			return this.number + ": " + ((this.text.length() <= 90) ? this.text : this.text.substring(0, 89).strip() + "…");
		}

	}

	/**
	 * A steering group as other features see it: the agreement it follows up, the roles that are
	 * members and the secretary's role, how often it must meet, the parties' organisations and
	 * their short names (in the same order), and the agreement's term as it stands (with every
	 * extension decided so far).
	 */
	public record SteeringGroupFacts(long id, long agreementId, String agreementTitle, LocalDate agreementStart,
			int minimumMeetingsPerYear, List<Long> memberRoleIds, Long secretaryRoleId,
			List<Long> partyOrganisationIds, List<String> partyShortNames, Term agreementTerm) {

		/** The roles that give a seat in the group: the member roles, then the secretary's role if it has one. */
		public List<Long> seatRoleIds() {
			return (this.secretaryRoleId == null) ? this.memberRoleIds
					: Stream.concat(this.memberRoleIds.stream(), Stream.of(this.secretaryRoleId)).toList();
		}

		/** The parties' short names by their organisation's id. */
		public Map<Long, String> partyNames() {
			Map<Long, String> names = new LinkedHashMap<>();
			for (int i = 0; i < this.partyOrganisationIds.size(); i++) {
				names.put(this.partyOrganisationIds.get(i), this.partyShortNames.get(i));
			}
			return names;
		}

	}

	/**
	 * A steering group and those of its member and secretary roles that one person holds, each
	 * with the organisation the role is of (role id to organisation id).
	 */
	public record RolesHeld(SteeringGroupFacts group, Map<Long, Long> organisationByRole) {
	}

	/**
	 * The agreements a user may see and the one chosen among them ({@link #chosen}).
	 *
	 * @param visible the agreements the user may see, newest first
	 * @param overview the chosen one on the day
	 * @param steeringGroup its steering group, {@code null} without one
	 */
	public record Chosen(List<AgreementSummary> visible, AgreementOverview overview, SteeringGroupFacts steeringGroup) {
	}

	/**
	 * A focus area ({@code focusArea} true) or a commitment under the focus area with the code.
	 */
	public record Topic(long id, boolean focusArea, String code, String label) {
	}

}
