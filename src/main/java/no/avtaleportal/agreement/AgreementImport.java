package no.avtaleportal.agreement;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

import no.avtaleportal.account.AccountHolders;
import no.avtaleportal.agreement.YamlMap.Ref;
import no.avtaleportal.people.People.OrganisationView;
import no.avtaleportal.people.OrganisationNumber;
import no.avtaleportal.people.OverlappingAssignmentException;
import no.avtaleportal.people.People;
import no.avtaleportal.people.People.RoleView;

/**
 * Imports agreement files (YAML, see {@code agreements/ntnu-nho-2023.yaml}): organisations,
 * roles, and agreements with their parties, clauses, focus areas, commitments, delegations and
 * steering group; a file marked {@code example: true} may also hold example people and who held
 * which role. The whole file is read and checked first, and every problem reported with its line
 * and field; only a file without problems is saved, in one transaction.
 * <p>
 * Importing is idempotent: organisations (by number), roles, people and agreements (by key)
 * that exist are left as they are, so an agreement edited in the portal is never overwritten.
 */
@Service
public class AgreementImport {

	/** What to do with an agreement whose key exists in the portal already. */
	public enum Existing {
		/** Leave it as it is and go on (the import at start-up). */
		KEEP,
		/** Reject the file (an administrator's upload: they meant to add something new). */
		REJECT
	}

	private static final int MAX_FILE_CODE_POINTS = 2 * 1024 * 1024;

	/** Serialises imports across portal instances that start together. */
	private static final long IMPORT_LOCK = 0x6176_7461_6c65L;

	private final People people;

	private final AccountHolders accountHolders;

	private final AgreementRepository agreements;

	private final AgreementPartyRepository parties;

	private final ClauseRepository clauses;

	private final FocusAreaRepository focusAreas;

	private final CommitmentRepository commitments;

	private final DelegationRepository delegations;

	private final SteeringGroupRepository steeringGroups;

	private final JdbcClient jdbc;

	AgreementImport(People people, AccountHolders accountHolders, AgreementRepository agreements,
			AgreementPartyRepository parties, ClauseRepository clauses, FocusAreaRepository focusAreas,
			CommitmentRepository commitments, DelegationRepository delegations, SteeringGroupRepository steeringGroups,
			JdbcClient jdbc) {
		this.people = people;
		this.accountHolders = accountHolders;
		this.agreements = agreements;
		this.parties = parties;
		this.clauses = clauses;
		this.focusAreas = focusAreas;
		this.commitments = commitments;
		this.delegations = delegations;
		this.steeringGroups = steeringGroups;
		this.jdbc = jdbc;
	}

	/**
	 * Reads, checks and saves the file.
	 * @return the keys of the agreements it added (those that existed are not among them)
	 * @throws AgreementImportException with every problem found; then nothing is saved
	 */
	@Transactional
	public List<String> importFile(InputStream in, Existing existing) {
		this.jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", IMPORT_LOCK).query().singleValue();
		List<ImportProblem> problems = new ArrayList<>();
		Node root = parse(in, problems);
		if (root == null && problems.isEmpty()) {
			problems.add(new ImportProblem(1, "", "empty", List.of()));
		}
		if (!problems.isEmpty()) {
			throw new AgreementImportException(problems);
		}
		Plan plan = new Plan(YamlMap.root(root, problems), existing, problems);
		plan.read();
		if (!problems.isEmpty()) {
			throw new AgreementImportException(problems);
		}
		return plan.save();
	}

	private static Node parse(InputStream in, List<ImportProblem> problems) {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		options.setMaxAliasesForCollections(20);
		options.setCodePointLimit(MAX_FILE_CODE_POINTS);
		try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			return new Yaml(new SafeConstructor(options)).compose(reader);
		}
		catch (MarkedYAMLException ex) {
			Mark mark = (ex.getProblemMark() != null) ? ex.getProblemMark() : ex.getContextMark();
			problems.add(new ImportProblem((mark != null) ? mark.getLine() + 1 : 0, "", "syntax",
					List.of(String.valueOf(ex.getProblem()))));
		}
		catch (YAMLException | IOException ex) {
			problems.add(new ImportProblem(0, "", "unreadable", List.of()));
		}
		return null;
	}

	/**
	 * One file, read and checked into what to save.
	 */
	private final class Plan {

		private final YamlMap root;

		private final Existing existing;

		private final List<ImportProblem> problems;

		private boolean example;

		private final Map<String, YamlMap> organisations = new LinkedHashMap<>();

		private final Map<String, YamlMap> roles = new LinkedHashMap<>();

		private final Map<String, YamlMap> persons = new LinkedHashMap<>();

		private final List<YamlMap> assignments = new ArrayList<>();

		private final Map<String, YamlMap> newAgreements = new LinkedHashMap<>();

		private final Set<String> keptAgreements = new HashSet<>();

		private final List<YamlMap> secretaries = new ArrayList<>();

		Plan(YamlMap root, Existing existing, List<ImportProblem> problems) {
			this.root = root;
			this.existing = existing;
			this.problems = problems;
		}

		void read() {
			this.root.allowOnly("example", "organisations", "roles", "people", "assignments", "agreements",
					"steeringGroupSecretaries");
			this.example = this.root.bool("example", false);
			readOrganisations();
			readRoles();
			readPeople();
			readAgreements();
			for (YamlMap secretary : this.root.maps("steeringGroupSecretaries")) {
				secretary.allowOnly("agreement", "role");
				checkAgreement(secretary.ref("agreement", true));
				checkRole(secretary.ref("role", true));
				this.secretaries.add(secretary);
			}
		}

		private void readOrganisations() {
			for (YamlMap organisation : this.root.maps("organisations")) {
				organisation.allowOnly("key", "name", "shortName", "orgNumber");
				organisation.text("name", true);
				organisation.text("shortName", true);
				String number = organisation.text("orgNumber", true);
				if (number != null && !OrganisationNumber.isValid(number)) {
					organisation.reject("orgNumber", "orgNumber", number);
				}
				String shortName = organisation.text("shortName", false);
				if (number != null && shortName != null && OrganisationNumber.isValid(number)
						&& people().organisationByOrgNumber(number).isEmpty()
						&& people().organisationByShortName(shortName).isPresent()) {
					organisation.reject("shortName", "shortNameTaken", shortName);
				}
				unique(this.organisations, organisation.ref("key", true), organisation);
			}
		}

		private void readRoles() {
			for (YamlMap role : this.root.maps("roles")) {
				role.allowOnly("key", "organisation", "title", "singleHolder");
				checkOrganisation(role.ref("organisation", true));
				role.text("title", true);
				role.bool("singleHolder", true);
				unique(this.roles, role.ref("key", true), role);
			}
		}

		private void readPeople() {
			List<YamlMap> people = this.root.maps("people");
			if (!people.isEmpty() && !this.example) {
				this.problems.add(new ImportProblem(people.get(0).line(), "people", "peopleOnlyAsExample", List.of()));
			}
			for (YamlMap person : people) {
				person.allowOnly("key", "name", "organisation", "email", "account");
				person.text("name", true);
				checkOrganisation(person.ref("organisation", true));
				person.text("email", false);
				person.text("account", false);
				unique(this.persons, person.ref("key", true), person);
			}
			Map<String, List<YamlMap>> byRole = new HashMap<>();
			for (YamlMap assignment : this.root.maps("assignments")) {
				assignment.allowOnly("person", "role", "from", "to");
				Ref person = assignment.ref("person", true);
				if (person != null && !this.persons.containsKey(person.value()) && !people().personExists(person.value())) {
					this.problems.add(person.problem("unknownPerson"));
				}
				Ref role = assignment.ref("role", true);
				checkRole(role);
				LocalDate from = assignment.date("from", true);
				LocalDate to = assignment.date("to", false);
				if (from != null && to != null && to.isBefore(from)) {
					assignment.reject("to", "endBeforeStart");
				}
				if (role != null && from != null) {
					for (YamlMap other : byRole.getOrDefault(role.value(), List.of())) {
						if (overlaps(from, to, other.date("from", true), other.date("to", false))) {
							assignment.reject("from", "overlap", role.value());
						}
					}
					byRole.computeIfAbsent(role.value(), key -> new ArrayList<>()).add(assignment);
				}
				this.assignments.add(assignment);
			}
		}

		private static boolean overlaps(LocalDate from, LocalDate to, LocalDate otherFrom, LocalDate otherTo) {
			return otherFrom != null && (to == null || !otherFrom.isAfter(to)) && (otherTo == null || !otherTo.isBefore(from));
		}

		private void readAgreements() {
			for (YamlMap agreement : this.root.maps("agreements")) {
				agreement.allowOnly("key", "title", "subject", "kind", "preamble", "predecessor", "signedOn",
						"signedPlace", "start", "termMonths", "extensionAllowed", "approximateDates", "evaluation",
						"parties", "clauses", "focusAreas", "delegations", "steeringGroup");
				Ref key = agreement.ref("key", true);
				if (key != null && agreements().findByImportKey(key.value()).isPresent()) {
					if (this.existing == Existing.KEEP) {
						this.keptAgreements.add(key.value());
						continue;
					}
					this.problems.add(key.problem("agreementExists"));
				}
				readAgreement(agreement);
				unique(this.newAgreements, key, agreement);
			}
		}

		private void readAgreement(YamlMap agreement) {
			agreement.text("title", true);
			agreement.text("subject", false);
			agreement.choice("kind", AgreementKind.class, true);
			agreement.text("preamble", false);
			checkAgreement(agreement.ref("predecessor", false));
			agreement.date("signedOn", false);
			agreement.text("signedPlace", false);
			LocalDate start = agreement.date("start", true);
			Integer termMonths = agreement.number("termMonths", true, 1);
			agreement.bool("extensionAllowed", false);
			agreement.bool("approximateDates", false);
			YamlMap evaluation = agreement.map("evaluation");
			if (evaluation != null) {
				evaluation.allowOnly("from", "to");
				LocalDate from = evaluation.date("from", true);
				LocalDate to = evaluation.date("to", true);
				if (from != null && to != null && to.isBefore(from)) {
					evaluation.reject("to", "endBeforeStart");
				}
			}
			List<YamlMap> partyList = agreement.maps("parties");
			if (partyList.size() < 2) {
				agreement.reject("parties", "twoParties");
			}
			Set<String> partyOrganisations = new HashSet<>();
			for (YamlMap party : partyList) {
				party.allowOnly("organisation", "referredToAs", "signatory", "signatoryTitle");
				Ref organisation = party.ref("organisation", true);
				checkOrganisation(organisation);
				if (organisation != null && !partyOrganisations.add(organisation.value())) {
					this.problems.add(organisation.problem("duplicate"));
				}
				party.text("referredToAs", false);
				party.text("signatory", false);
				party.text("signatoryTitle", false);
			}
			Map<String, YamlMap> clauseNumbers = new HashMap<>();
			for (YamlMap clause : agreement.maps("clauses")) {
				clause.allowOnly("number", "heading", "text", "level");
				unique(clauseNumbers, clause.ref("number", true), clause);
				clause.text("heading", true);
				clause.text("text", true);
				Integer level = clause.number("level", false, 1);
				if (level != null && level > 2) {
					clause.reject("level", "level");
				}
			}
			Map<String, YamlMap> codes = new HashMap<>();
			for (YamlMap focusArea : agreement.maps("focusAreas")) {
				focusArea.allowOnly("code", "clause", "title", "description", "commitments");
				unique(codes, focusArea.ref("code", true), focusArea);
				checkClause(clauseNumbers, focusArea.ref("clause", true));
				focusArea.text("title", true);
				focusArea.text("description", false);
				for (YamlMap commitment : focusArea.maps("commitments")) {
					commitment.allowOnly("text", "clause", "lead", "responsibility");
					commitment.text("text", true);
					checkClause(clauseNumbers, commitment.ref("clause", false));
					Ref lead = commitment.ref("lead", false);
					checkOrganisation(lead);
					if (lead != null && !partyOrganisations.contains(lead.value())) {
						this.problems.add(lead.problem("leadNotParty"));
					}
					commitment.text("responsibility", false);
				}
			}
			for (YamlMap delegation : agreement.maps("delegations")) {
				delegation.allowOnly("scope", "focusArea", "role", "from", "validFrom", "validTo", "clause", "note");
				DelegationScope scope = delegation.choice("scope", DelegationScope.class, true);
				Ref focusArea = delegation.ref("focusArea", scope == DelegationScope.FOCUS_AREA);
				if (focusArea != null && scope != DelegationScope.FOCUS_AREA) {
					this.problems.add(focusArea.problem("focusAreaOnlyForScope"));
				}
				else if (focusArea != null && !codes.containsKey(focusArea.value())) {
					this.problems.add(focusArea.problem("unknownFocusArea"));
				}
				checkRole(delegation.ref("role", true));
				checkRole(delegation.ref("from", false));
				LocalDate from = delegation.date("validFrom", false);
				LocalDate to = delegation.date("validTo", false);
				if (start != null && termMonths != null) {
					Agreement term = new Agreement(null, "term", AgreementKind.INTENT_AGREEMENT, start, termMonths);
					if (!Delegation.liesWithinTerm(term, (from != null) ? from : start, to)) {
						delegation.reject("validFrom", "outsideTerm");
					}
				}
				if (from != null && to != null && to.isBefore(from)) {
					delegation.reject("validTo", "endBeforeStart");
				}
				checkClause(clauseNumbers, delegation.ref("clause", true));
				delegation.text("note", false);
			}
			YamlMap steeringGroup = agreement.map("steeringGroup");
			if (steeringGroup != null) {
				steeringGroup.allowOnly("clause", "minimumMeetingsPerYear", "members", "secretary");
				checkClause(clauseNumbers, steeringGroup.ref("clause", false));
				steeringGroup.number("minimumMeetingsPerYear", true, 0);
				Set<String> members = new HashSet<>();
				for (Ref member : steeringGroup.refs("members")) {
					checkRole(member);
					if (!members.add(member.value())) {
						this.problems.add(member.problem("duplicate"));
					}
				}
				checkRole(steeringGroup.ref("secretary", false));
			}
		}

		private void unique(Map<String, YamlMap> seen, Ref key, YamlMap value) {
			if (key == null) {
				return;
			}
			if (seen.containsKey(key.value())) {
				this.problems.add(key.problem("duplicate"));
			}
			else {
				seen.put(key.value(), value);
			}
		}

		private void checkOrganisation(Ref ref) {
			if (ref != null && !this.organisations.containsKey(ref.value())
					&& people().organisationByShortName(ref.value()).isEmpty()) {
				this.problems.add(ref.problem("unknownOrganisation"));
			}
		}

		private void checkRole(Ref ref) {
			if (ref != null && !this.roles.containsKey(ref.value()) && people().roleByImportKey(ref.value()).isEmpty()) {
				this.problems.add(ref.problem("unknownRole"));
			}
		}

		private void checkAgreement(Ref ref) {
			if (ref != null && !this.newAgreements.containsKey(ref.value()) && !this.keptAgreements.contains(ref.value())
					&& agreements().findByImportKey(ref.value()).isEmpty()) {
				this.problems.add(ref.problem("unknownAgreement"));
			}
		}

		private void checkClause(Map<String, YamlMap> clauseNumbers, Ref ref) {
			if (ref != null && !clauseNumbers.containsKey(ref.value())) {
				this.problems.add(ref.problem("unknownClause"));
			}
		}

		// ---- saving: only reached when the whole file was read without problems

		private final Map<String, Long> organisationIds = new HashMap<>();

		private final Map<String, Long> roleIds = new HashMap<>();

		List<String> save() {
			this.organisations.forEach((key, organisation) -> this.organisationIds.put(key,
					people().importOrganisation(organisation.text("name", true), organisation.text("shortName", true),
							organisation.text("orgNumber", true)).id()));
			this.roles.forEach((key, role) -> this.roleIds.put(key, people()
				.importRole(key, organisationId(role.text("organisation", true)), role.text("title", true),
						role.bool("singleHolder", true))
				.id()));
			this.persons.forEach((key, person) -> {
				long personId = people().importExamplePerson(key, person.text("name", true),
						organisationId(person.text("organisation", true)), person.text("email", false));
				String account = person.text("account", false);
				if (account != null) {
					AgreementImport.this.accountHolders.linkPerson(account, personId);
				}
			});
			for (YamlMap assignment : this.assignments) {
				try {
					people().importAssignment(assignment.text("person", true), assignment.text("role", true),
							assignment.date("from", true), assignment.date("to", false), this.example);
				}
				catch (OverlappingAssignmentException ex) {
					throw new AgreementImportException(List.of(new ImportProblem(assignment.line(),
							assignment.path("from"), "overlap", List.of(assignment.text("role", true)))));
				}
			}
			this.newAgreements.values().forEach(this::saveAgreement);
			for (YamlMap secretary : this.secretaries) {
				Agreement agreement = agreementByKey(secretary.text("agreement", true));
				steeringGroups().findOfAgreement(agreement.getId())
					.filter(group -> group.getSecretaryRoleId() == null)
					.ifPresent(group -> group.compose(group.getMemberRoleIds(), roleId(secretary.text("role", true))));
			}
			return List.copyOf(this.newAgreements.keySet());
		}

		private void saveAgreement(YamlMap data) {
			Agreement agreement = new Agreement(data.text("key", true), data.text("title", true),
					data.choice("kind", AgreementKind.class, true), data.date("start", true),
					data.number("termMonths", true, 1));
			agreement.describe(data.text("title", true), data.text("subject", false),
					data.choice("kind", AgreementKind.class, true), data.text("preamble", false));
			agreement.sign(data.date("signedOn", false), data.text("signedPlace", false));
			agreement.changeTerm(data.date("start", true), data.number("termMonths", true, 1),
					data.bool("extensionAllowed", false), data.bool("approximateDates", false));
			YamlMap evaluation = data.map("evaluation");
			if (evaluation != null) {
				agreement.planEvaluation(evaluation.date("from", true), evaluation.date("to", true));
			}
			String predecessor = data.text("predecessor", false);
			if (predecessor != null) {
				agreement.replaces(agreementByKey(predecessor));
			}
			agreements().save(agreement);

			int position = 0;
			for (YamlMap partyData : data.maps("parties")) {
				AgreementParty party = new AgreementParty(agreement,
						organisationId(partyData.text("organisation", true)), ++position);
				party.describe(partyData.text("referredToAs", false), partyData.text("signatory", false),
						partyData.text("signatoryTitle", false));
				AgreementImport.this.parties.save(party);
			}
			Map<String, Clause> clausesByNumber = new HashMap<>();
			position = 0;
			for (YamlMap clauseData : data.maps("clauses")) {
				Integer level = clauseData.number("level", false, 1);
				Clause clause = AgreementImport.this.clauses.save(new Clause(agreement, clauseData.text("number", true),
						clauseData.text("heading", true), clauseData.text("text", true), (level != null) ? level : 1,
						++position));
				clausesByNumber.put(clause.getNumber(), clause);
			}
			Map<String, FocusArea> focusAreasByCode = new HashMap<>();
			for (YamlMap areaData : data.maps("focusAreas")) {
				Clause clause = clausesByNumber.get(areaData.text("clause", true));
				FocusArea area = AgreementImport.this.focusAreas.save(new FocusArea(agreement, areaData.text("code", true),
						areaData.text("title", true), areaData.text("description", false), clause));
				focusAreasByCode.put(area.getCode(), area);
				int order = 0;
				for (YamlMap commitmentData : areaData.maps("commitments")) {
					String clauseNumber = commitmentData.text("clause", false);
					String lead = commitmentData.text("lead", false);
					AgreementImport.this.commitments.save(new Commitment(area,
							(clauseNumber != null) ? clausesByNumber.get(clauseNumber) : clause,
							commitmentData.text("text", true), (lead != null) ? organisationId(lead) : null,
							commitmentData.text("responsibility", false), ++order));
				}
			}
			position = 0;
			for (YamlMap delegationData : data.maps("delegations")) {
				Delegation delegation = new Delegation(agreement, ++position);
				String focusArea = delegationData.text("focusArea", false);
				String from = delegationData.text("from", false);
				LocalDate validFrom = delegationData.date("validFrom", false);
				delegation.delegate(delegationData.choice("scope", DelegationScope.class, true),
						(focusArea != null) ? focusAreasByCode.get(focusArea) : null,
						roleId(delegationData.text("role", true)), (from != null) ? roleId(from) : null,
						(validFrom != null) ? validFrom : agreement.getStartDate(), delegationData.date("validTo", false),
						clausesByNumber.get(delegationData.text("clause", true)), delegationData.text("note", false));
				AgreementImport.this.delegations.save(delegation);
			}
			YamlMap groupData = data.map("steeringGroup");
			if (groupData != null) {
				String clauseNumber = groupData.text("clause", false);
				SteeringGroup group = new SteeringGroup(agreement,
						(clauseNumber != null) ? clausesByNumber.get(clauseNumber) : null,
						groupData.number("minimumMeetingsPerYear", true, 0));
				String secretary = groupData.text("secretary", false);
				group.compose(groupData.refs("members").stream().map(member -> roleId(member.value())).toList(),
						(secretary != null) ? roleId(secretary) : null);
				steeringGroups().save(group);
			}
		}

		private Agreement agreementByKey(String key) {
			return agreements().findByImportKey(key).orElseThrow();
		}

		private long organisationId(String key) {
			Long id = this.organisationIds.get(key);
			return (id != null) ? id
					: people().organisationByShortName(key).map(OrganisationView::id).orElseThrow();
		}

		private long roleId(String key) {
			Long id = this.roleIds.get(key);
			return (id != null) ? id : people().roleByImportKey(key).map(RoleView::id).orElseThrow();
		}

	}

	private People people() {
		return this.people;
	}

	private AgreementRepository agreements() {
		return this.agreements;
	}

	private SteeringGroupRepository steeringGroups() {
		return this.steeringGroups;
	}

}
