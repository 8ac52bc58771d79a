package no.avtaleportal.people;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.web.SelectOption;

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

	People(OrganisationRepository organisations, OrgRoleRepository roles, PersonRepository persons,
			RoleAssignmentRepository assignments) {
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
	 * Every organisation, by name.
	 */
	public List<OrganisationView> organisations() {
		return this.organisations.findAllByOrderByNameAsc().stream().map(OrganisationView::of).toList();
	}

	public Map<Long, OrganisationView> organisations(Collection<Long> ids) {
		return this.organisations.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(Organisation::getId, OrganisationView::of));
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
		return this.roles.findAllWithOrganisation(ids)
			.stream()
			.map(RoleView::of)
			.collect(Collectors.toMap(RoleView::id, Function.identity()));
	}

	/**
	 * Those of the roles the person holds on the day, in one statement and whatever the number of
	 * people who hold or held them.
	 */
	public Map<Long, RoleView> rolesHeld(long personId, Collection<Long> roleIds, LocalDate day) {
		if (roleIds.isEmpty()) {
			return Map.of();
		}
		return this.assignments.findHeldBy(personId, roleIds, day)
			.stream()
			.map(assignment -> RoleView.of(assignment.getRole()))
			.collect(Collectors.toMap(RoleView::id, Function.identity(), (first, second) -> first));
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
		return this.assignments.findAllOfRoles(roleIds).stream().map(Holding::of).toList();
	}

	/**
	 * Everyone, by organisation and name, in one statement.
	 */
	public List<PersonView> persons() {
		return this.persons.findAllWithOrganisation().stream().map(PersonView::of).toList();
	}

	/**
	 * The persons with the ids, with their organisations, in one statement (none without ids).
	 */
	public Map<Long, PersonView> persons(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.persons.findAllWithOrganisation(ids)
			.stream()
			.map(PersonView::of)
			.collect(Collectors.toMap(PersonView::id, Function.identity()));
	}

	/**
	 * The ids of the persons whose names contain the text (in any case), in one statement.
	 */
	public List<Long> personIdsNamed(String text) {
		return this.persons.findIdsByNameContaining(text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
	}

	/**
	 * Everyone registered, as choices "Name (NTNU)", in one statement.
	 */
	public List<SelectOption> personChoices() {
		return this.persons.findAllWithOrganisation()
			.stream()
			.map(person -> SelectOption.of(person.getId(),
					person.getName() + " (" + person.getOrganisation().getShortName() + ")"))
			.toList();
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

		static PersonView of(Person person) {
			return new PersonView(person.getId(), person.getName(), person.getOrganisation().getId(),
					person.getOrganisation().getShortName(), person.isExample());
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
