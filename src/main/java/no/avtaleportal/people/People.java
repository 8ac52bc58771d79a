package no.avtaleportal.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


/**
 * What other features use of people, organisations and roles: look-ups that each run one
 * statement whatever their size, and the import of roles and (example) people with an agreement.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class People {

	private final OrganisationRepository organisations;

	private final OrgRoleRepository roles;

	private final PersonRepository persons;

	private final RoleAssignmentRepository assignments;

	private final JdbcClient jdbc;

	/** What pages read of organisations and persons: plain rows, not entities, to keep a page cheap. */
	private static final String ORGANISATION = "select o.id, o.name, o.short_name, o.org_number from organisation o";

	private static final String PERSON = """
			select p.id, p.name, p.organisation_id, o.short_name, p.example
			from person p join organisation o on o.id = p.organisation_id""";

	People(OrganisationRepository organisations, OrgRoleRepository roles, PersonRepository persons,
			RoleAssignmentRepository assignments, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.roles = roles;
		this.persons = persons;
		this.assignments = assignments;
	}

	/**
	 * Every organisation, {@code organisation_id} and {@code organisation_short_name} (text): a
	 * read-only select for other modules' SQL, which names none of this module's tables; a
	 * subquery in parentheses to be given an alias, which PostgreSQL plans as the table itself.
	 */
	public static String selectOrganisations() {
		return "(select o.id as organisation_id, cast(o.short_name as text) as organisation_short_name"
				+ " from organisation o)";
	}

	/**
	 * Every role held by a person, from one day to another: {@code holder_person_id},
	 * {@code held_role_id}, {@code held_role_organisation_id} (the role's organisation),
	 * {@code held_from} and {@code held_to} (dates; {@code held_to} null while it is held): a
	 * read-only select for other modules' SQL, as {@link #selectOrganisations()}.
	 */
	public static String selectRoleHoldings() {
		return "(select a.person_id as holder_person_id, a.role_id as held_role_id,"
				+ " r.organisation_id as held_role_organisation_id, a.valid_from as held_from, a.valid_to as held_to"
				+ " from role_assignment a join org_role r on r.id = a.role_id)";
	}

	/**
	 * Every organisation, by name.
	 */
	public List<OrganisationView> organisations() {
		return this.jdbc.sql(ORGANISATION + " order by o.name").query(OrganisationView::fromRow).list();
	}

	public Map<Long, OrganisationView> organisations(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql(ORGANISATION + " where o.id = any(:ids)")
			.param("ids", ids.toArray(Long[]::new))
			.query(OrganisationView::fromRow)
			.list()
			.stream()
			.collect(Collectors.toMap(OrganisationView::id, Function.identity()));
	}

	public Optional<OrganisationView> organisationByOrgNumber(String orgNumber) {
		return this.organisations.findByOrgNumber(OrganisationNumber.normalise(orgNumber)).map(OrganisationView::of);
	}

	public Optional<OrganisationView> organisationByShortName(String shortName) {
		return this.organisations.findByShortNameIgnoreCase(shortName).map(OrganisationView::of);
	}

	public List<RoleView> roles() {
		return this.roles.findAllWithOrganisation().stream().map(RoleView::of).toList();
	}

	public Map<Long, RoleView> roles(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.roles.findAllWithOrganisation(ids.toArray(Long[]::new))
			.stream()
			.map(RoleView::of)
			.collect(Collectors.toMap(RoleView::id, Function.identity()));
	}

	/**
	 * Those of the roles the person holds on the day, in one statement and whatever the number of
	 * people who hold or held them: one statement for any number of roles (an array, not an IN list),
	 * read as a list (a stream left it open, so the driver prepared it again on every call).
	 */
	public Map<Long, RoleView> rolesHeld(long personId, Collection<Long> roleIds, LocalDate day) {
		if (roleIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("""
				select r.id, r.import_key, r.title, r.organisation_id, o.short_name, r.single_holder
				from org_role r join organisation o on o.id = r.organisation_id
				where r.id = any(:roles) and exists (select 1 from role_assignment a where a.role_id = r.id
				  and a.person_id = :person and a.valid_from <= :day and (a.valid_to is null or a.valid_to >= :day))""")
			.param("roles", roleIds.toArray(Long[]::new))
			.param("person", personId)
			.param("day", day)
			.query((rs, row) -> new RoleView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
					rs.getString(5), rs.getBoolean(6)))
			.list()
			.stream()
			.collect(Collectors.toMap(RoleView::id, Function.identity()));
	}

	public Optional<RoleView> roleByImportKey(String importKey) {
		return this.roles.findByImportKey(importKey).map(RoleView::of);
	}

	/**
	 * Everyone who holds or has held the roles, latest first within each role.
	 */
	public List<Holding> holdings(Collection<Long> roleIds) {
		if (roleIds.isEmpty()) {
			return List.of();
		}
		return this.assignments.findAllOfRoles(roleIds.toArray(Long[]::new)).stream().map(Holding::of).toList();
	}

	/**
	 * The roles and the organisations with the ids, and, when asked, who holds or held each of the
	 * roles (latest first), in one statement: what an agreement's pages name, which would otherwise
	 * cost a statement each (issue 15: no page over ten). None without ids.
	 */
	public Directory directory(Collection<Long> roleIds, Collection<Long> organisationIds, boolean withHoldings) {
		Map<Long, RoleView> roles = new HashMap<>();
		Map<Long, OrganisationView> organisations = new HashMap<>();
		List<Holding> holdings = new ArrayList<>();
		if (roleIds.isEmpty() && organisationIds.isEmpty()) {
			return new Directory(roles, organisations, holdings);
		}
		this.jdbc.sql("""
				select 'ROLE' as row_kind, r.id, r.import_key, r.title, r.organisation_id, o.short_name, r.single_holder,
				       cast(null as text) as org_number, cast(null as bigint) as role_id, cast(null as bigint) as person_id,
				       cast(null as date) as valid_from, cast(null as date) as valid_to, cast(null as boolean) as example
				from org_role r join organisation o on o.id = r.organisation_id
				where r.id = any(:roles)
				union all
				select 'ORGANISATION', o.id, null, o.name, null, o.short_name, null, o.org_number, null, null, null, null, null
				from organisation o
				where o.id = any(:organisations)
				union all
				select 'HOLDING', a.id, null, p.name, null, null, null, null, a.role_id, a.person_id, a.valid_from, a.valid_to,
				       a.example or p.example
				from role_assignment a join person p on p.id = a.person_id
				where :holdings and a.role_id = any(:roles)
				order by row_kind, role_id, valid_from desc""")
			.param("roles", roleIds.toArray(Long[]::new))
			.param("organisations", organisationIds.toArray(Long[]::new))
			.param("holdings", withHoldings)
			.query((ResultSet row) -> {
				long id = row.getLong("id");
				switch (row.getString("row_kind")) {
					case "ROLE" -> roles.put(id, new RoleView(id, row.getString("import_key"), row.getString("title"),
							row.getLong("organisation_id"), row.getString("short_name"), row.getBoolean("single_holder")));
					case "ORGANISATION" -> organisations.put(id, new OrganisationView(id, row.getString("title"),
							row.getString("short_name"), row.getString("org_number")));
					default -> holdings.add(new Holding(id, row.getLong("role_id"), row.getLong("person_id"),
							row.getString("title"), row.getObject("valid_from", LocalDate.class),
							row.getObject("valid_to", LocalDate.class), row.getBoolean("example")));
				}
			});
		return new Directory(roles, organisations, holdings);
	}

	/**
	 * Everyone, by organisation and name, in one statement.
	 */
	public List<PersonView> persons() {
		return this.jdbc.sql(PERSON + " order by o.short_name, p.name").query(PersonView::fromRow).list();
	}

	/**
	 * The persons with the ids, with their organisations, in one statement (none without ids). The
	 * ids are one array parameter, not an IN list: a list is a statement of its own for each length,
	 * which PostgreSQL plans anew, and pages name a different number of persons from one request to
	 * the next. The rows are read as a list: a stream of them left the statement open until the
	 * connection went back to the pool, so the driver could not reuse it and prepared it again on
	 * every call ({@code PersonsPlanTests}).
	 */
	public Map<Long, PersonView> persons(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql(PERSON + " where p.id = any(:ids)")
			.param("ids", ids.toArray(Long[]::new))
			.query(PersonView::fromRow)
			.list()
			.stream()
			.collect(Collectors.toMap(PersonView::id, Function.identity()));
	}

	/**
	 * The ids of the persons whose names contain the text (in any case), in one statement.
	 */
	public List<Long> personIdsNamed(String text) {
		return this.persons.findIdsByNameContaining(text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
	}

	public boolean personExists(String importKey) {
		return this.persons.findByImportKey(importKey).isPresent();
	}

	/**
	 * The organisation with this number, or a new one when there is none; an existing one is
	 * left as it is.
	 */
	@Transactional
	public OrganisationView importOrganisation(String name, String shortName, String orgNumber) {
		return organisationByOrgNumber(orgNumber)
			.orElseGet(() -> OrganisationView.of(this.organisations.save(new Organisation(name, shortName, orgNumber))));
	}

	/**
	 * The role with this key, or a new one when there is none; an existing one is left as it is.
	 */
	@Transactional
	public RoleView importRole(String importKey, long organisationId, String title, boolean singleHolder) {
		return this.roles.findByImportKey(importKey)
			.or(() -> Optional.of(this.roles.save(new OrgRole(importKey, this.organisations.getReferenceById(organisationId),
					title, singleHolder))))
			.map(RoleView::of)
			.orElseThrow();
	}

	/**
	 * Creates an example (demo) person unless one with the key exists; returns their id.
	 */
	@Transactional
	public long importExamplePerson(String importKey, String name, long organisationId, String email) {
		return this.persons.findByImportKey(importKey)
			.orElseGet(() -> this.persons.save(
					Person.example(importKey, name, this.organisations.getReferenceById(organisationId), email)))
			.getId();
	}

	/**
	 * Records that the person with the key held the role from–to, unless that is already recorded.
	 * @throws OverlappingAssignmentException when another person holds a single-holder role then
	 */
	@Transactional
	public void importAssignment(String personKey, String roleKey, LocalDate from, LocalDate to, boolean example) {
		Person person = this.persons.findByImportKey(personKey).orElseThrow();
		OrgRole role = this.roles.findByImportKey(roleKey).orElseThrow();
		if (!this.assignments.existsByRoleIdAndPersonIdAndValidFrom(role.getId(), person.getId(), from)) {
			checkNoOverlap(role, from, to, null);
			this.assignments.save(new RoleAssignment(role, person, from, to, example));
		}
	}

	/**
	 * Whether someone else holds the single-holder role on any day from–to.
	 */
	boolean overlaps(OrgRole role, LocalDate from, LocalDate to, Long exceptAssignmentId) {
		return role.isSingleHolder() && this.assignments.findByRoleId(role.getId())
			.stream()
			.filter(other -> !other.getId().equals(exceptAssignmentId))
			.anyMatch(other -> other.overlaps(from, to));
	}

	void checkNoOverlap(OrgRole role, LocalDate from, LocalDate to, Long exceptAssignmentId) {
		if (overlaps(role, from, to, exceptAssignmentId)) {
			throw new OverlappingAssignmentException(role.getTitle());
		}
	}

	/**
	 * An organisation as other features show it.
	 */
	public record OrganisationView(long id, String name, String shortName, String orgNumber) {

		private static OrganisationView fromRow(ResultSet row, int number) throws SQLException {
			return new OrganisationView(row.getLong("id"), row.getString("name"), row.getString("short_name"),
					row.getString("org_number"));
		}

		static OrganisationView of(Organisation organisation) {
			return new OrganisationView(organisation.getId(), organisation.getName(), organisation.getShortName(),
					organisation.getOrgNumber());
		}

		/** The number as people write it: {@code 974 767 880}. */
		public String formattedOrgNumber() {
			return OrganisationNumber.format(this.orgNumber);
		}

	}

	/**
	 * Roles and organisations by id, and who holds or held the roles, by role and latest first
	 * ({@link People#directory}).
	 */
	public record Directory(Map<Long, RoleView> roles, Map<Long, OrganisationView> organisations,
			List<Holding> holdings) {
	}

	/**
	 * A role as other features show it.
	 */
	public record RoleView(long id, String importKey, String title, long organisationId, String organisationShortName,
			boolean singleHolder) {

		static RoleView of(OrgRole role) {
			return new RoleView(role.getId(), role.getImportKey(), role.getTitle(), role.getOrganisation().getId(),
					role.getOrganisation().getShortName(), role.isSingleHolder());
		}

		/** "Prorektor for nyskaping, NTNU". */
		public String label() {
			return this.title + ", " + this.organisationShortName;
		}

	}

	/**
	 * A person as other features show them.
	 */
	public record PersonView(long id, String name, long organisationId, String organisationShortName,
			boolean example) {

		private static PersonView fromRow(ResultSet row, int number) throws SQLException {
			return new PersonView(row.getLong("id"), row.getString("name"), row.getLong("organisation_id"),
					row.getString("short_name"), row.getBoolean("example"));
		}

		/** "Kari Nordmann (NTNU)". */
		public String label() {
			return this.name + " (" + this.organisationShortName + ")";
		}

	}

	/**
	 * A person's holding of a role from–to (open-ended while they hold it).
	 */
	public record Holding(long assignmentId, long roleId, long personId, String personName, LocalDate from,
			LocalDate to, boolean example) {

		static Holding of(RoleAssignment assignment) {
			return new Holding(assignment.getId(), assignment.getRole().getId(), assignment.getPerson().getId(),
					assignment.getPerson().getName(), assignment.getValidFrom(), assignment.getValidTo(),
					assignment.isExample() || assignment.getPerson().isExample());
		}

		public boolean isValidOn(LocalDate day) {
			return !day.isBefore(this.from) && (this.to == null || !day.isAfter(this.to));
		}

	}

}
