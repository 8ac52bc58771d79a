package no.avtaleportal.statusround;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.activity.ActivityTasks;
import no.avtaleportal.activity.ActivityTasks.OpenActivity;
import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.agreement.Agreements.FocusAreaView;
import no.avtaleportal.meeting.SteeringGroupRoles;
import no.avtaleportal.meeting.SteeringGroupRoles.Standing;
import no.avtaleportal.people.People;
import no.avtaleportal.people.People.PersonView;
import no.avtaleportal.statusround.StatusRequest.RequestedActivity;
import no.avtaleportal.web.NotFoundException;

/**
 * Status rounds: opened by the secretary of an agreement's steering group, read by its members
 * and secretary, answered by the people responsible for the activities through the activities'
 * ordinary status updates. Every read runs a fixed number of statements.
 */
@Service
@Transactional(readOnly = true)
public class StatusRounds {

	private static final String ROUND = """
			select r.id, r.agreement_id, r.deadline, r.message, r.opened_at, r.opened_by_name, r.reminded_at,
			  array(select f.focus_area_id from status_round_focus_area f where f.round_id = r.id) as focus_area_ids
			from status_round r""";

	private final JdbcClient jdbc;

	private final SteeringGroupRoles roles;

	private final Agreements agreements;

	private final ActivityTasks activities;

	private final People people;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StatusRounds(JdbcClient jdbc, SteeringGroupRoles roles, Agreements agreements, ActivityTasks activities,
			People people, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.roles = roles;
		this.agreements = agreements;
		this.activities = activities;
		this.people = people;
		this.events = events;
		this.clock = clock;
	}

	/** The agreements whose status rounds the user opens (as their steering group's secretary). */
	List<Standing> openableBy(SignedInUser user) {
		return this.roles.of(user).stream().filter(Standing::secretary).toList();
	}

	/**
	 * The agreement, if the user is the secretary of its steering group.
	 * @throws NotFoundException when the user may not see the agreement at all
	 * @throws org.springframework.security.access.AccessDeniedException when they may see it but
	 * not open a round
	 */
	Standing secretaryOf(long agreementId, SignedInUser user) {
		if (this.agreements.visibleTo(user).stream().noneMatch(summary -> summary.id() == agreementId)) {
			throw new NotFoundException("agreement " + agreementId);
		}
		return openableBy(user).stream()
			.filter(standing -> standing.agreementId() == agreementId)
			.findFirst()
			.orElseThrow(() -> new org.springframework.security.access.AccessDeniedException(
					"only the steering group's secretary opens a status round"));
	}

	/** The agreement's focus areas, for the form. */
	List<FocusAreaView> focusAreas(long agreementId, SignedInUser user) {
		return this.agreements.focusAreasVisibleTo(user)
			.stream()
			.filter(area -> area.agreementId() == agreementId)
			.toList();
	}

	/**
	 * Opens a round of the agreement and publishes {@link StatusRoundOpened}, in one transaction
	 * (the publication is kept with the round).
	 * @throws StatusRoundRuleException when the deadline is not ahead, a focus area is not the
	 * agreement's, or there is no open activity to ask about
	 */
	@Transactional
	long open(long agreementId, StatusRoundForm form, SignedInUser user) {
		Standing standing = secretaryOf(agreementId, user);
		LocalDate today = LocalDate.now(this.clock);
		if (!form.getDeadline().isAfter(today)) {
			throw new StatusRoundRuleException("deadline", "statusRound.deadline.future");
		}
		List<FocusAreaView> areas = focusAreas(agreementId, user);
		Set<Long> areaIds = areas.stream().map(FocusAreaView::id).collect(Collectors.toSet());
		if (!areaIds.containsAll(form.getFocusAreaIds())) {
			throw new StatusRoundRuleException("focusAreaIds", "statusRound.focusAreas.unknown");
		}
		Collection<Long> asked = form.getFocusAreaIds().isEmpty() ? areaIds : new HashSet<>(form.getFocusAreaIds());
		List<OpenActivity> open = this.activities.openUnder(asked);
		if (open.isEmpty()) {
			throw new StatusRoundRuleException("focusAreaIds", "statusRound.noActivities");
		}
		Instant now = this.clock.instant();
		long id = this.jdbc.sql("""
				insert into status_round (agreement_id, deadline, message, opened_at, opened_by, opened_by_name)
				values (:agreement, :deadline, :message, :now, :by, :name) returning id""")
			.param("agreement", agreementId)
			.param("deadline", form.getDeadline())
			.param("message", form.getMessage().strip())
			.param("now", Timestamp.from(now))
			.param("by", user.getUsername())
			.param("name", user.getDisplayName())
			.query(Long.class)
			.single();
		for (Long area : new HashSet<>(form.getFocusAreaIds())) {
			this.jdbc.sql("insert into status_round_focus_area (round_id, focus_area_id) values (?, ?)")
				.params(id, area)
				.update();
		}
		for (OpenActivity activity : open) {
			this.jdbc.sql("insert into status_round_activity (round_id, activity_id, person_id) values (?, ?, ?)")
				.params(id, activity.id(), activity.responsiblePersonId())
				.update();
		}
		this.events.publishEvent(new StatusRoundOpened(id, agreementId, standing.agreementTitle(), form.getDeadline(),
				user.getDisplayName(), form.getMessage().strip(), "/status-rounds/" + id, requests(open, null)));
		return id;
	}

	/**
	 * The round with who has answered, if the user is a member or the secretary of its
	 * agreement's steering group: the people who have not answered first, each group by party
	 * and name.
	 * @throws NotFoundException otherwise
	 */
	Progress progress(long roundId, SignedInUser user) {
		Map<Long, Standing> standings = this.roles.of(user)
			.stream()
			.collect(Collectors.toMap(Standing::agreementId, Function.identity()));
		Round round = this.jdbc.sql(ROUND + " where r.id = :id")
			.param("id", roundId)
			.query(StatusRounds::round)
			.optional()
			.filter(found -> standings.containsKey(found.agreementId()))
			.orElseThrow(() -> new NotFoundException("status round " + roundId));
		Map<Long, Long> askedOf = asked(List.of(roundId)).getOrDefault(roundId, Map.of());
		List<OpenActivity> activities = this.activities.byIds(askedOf.keySet());
		Map<Long, PersonView> persons = this.people.persons(askedOf.values());
		Map<Long, List<ActivityAnswer>> byPerson = new LinkedHashMap<>();
		activities.forEach(activity -> byPerson.computeIfAbsent(askedOf.get(activity.id()), key -> new ArrayList<>())
			.add(new ActivityAnswer(activity.id(), activity.title(), activity.updatedSince(round.openedAt()))));
		List<PersonAnswer> people = byPerson.entrySet().stream().map(entry -> {
			PersonView person = persons.get(entry.getKey());
			return new PersonAnswer(entry.getKey(), (person != null) ? person.name() : "",
					(person != null) ? person.organisationShortName() : "", entry.getValue());
		})
			.sorted(Comparator.comparing(PersonAnswer::party).thenComparing(PersonAnswer::name))
			.toList();
		Map<String, List<PersonAnswer>> byParty = people.stream()
			.collect(Collectors.groupingBy(PersonAnswer::party, LinkedHashMap::new, Collectors.toList()));
		List<PartyAnswer> parties = byParty.entrySet()
			.stream()
			.map(entry -> new PartyAnswer(entry.getKey(),
					(int) entry.getValue().stream().filter(PersonAnswer::answered).count(), entry.getValue().size()))
			.toList();
		List<PersonAnswer> waitingFirst = people.stream().sorted(Comparator.comparing(PersonAnswer::answered)).toList();
		return new Progress(round, standings.get(round.agreementId()).agreementTitle(),
				round.isOpenOn(LocalDate.now(this.clock)), waitingFirst, parties);
	}

	/**
	 * The answers to the agreement's latest round opened before {@code before} (a meeting's start),
	 * as saved until {@code until}: every activity asked about with the updates saved for it since
	 * the round opened. Empty when there was no such round or the user is not in the agreement's
	 * steering group.
	 */
	Optional<Answers> answersBefore(long agreementId, Instant before, Instant until, SignedInUser user) {
		if (this.roles.of(user).stream().noneMatch(standing -> standing.agreementId() == agreementId)) {
			return Optional.empty();
		}
		return this.jdbc.sql(ROUND + " where r.agreement_id = :agreement and r.opened_at < :before order by r.opened_at desc, r.id desc limit 1")
			.param("agreement", agreementId)
			.param("before", Timestamp.from(before))
			.query(StatusRounds::round)
			.optional()
			.map(round -> {
				Map<Long, Long> askedOf = asked(List.of(round.id())).getOrDefault(round.id(), Map.of());
				Map<Long, List<ActivityTasks.SavedUpdate>> updates = this.activities
					.updatesSaved(askedOf.keySet(), round.openedAt(), until)
					.stream()
					.collect(Collectors.groupingBy(ActivityTasks.SavedUpdate::activityId));
				Map<Long, PersonView> persons = this.people.persons(askedOf.values());
				List<AnsweredActivity> answers = this.activities.byIds(askedOf.keySet()).stream().map(activity -> {
					PersonView person = persons.get(askedOf.get(activity.id()));
					return new AnsweredActivity(activity.title(), (person != null) ? person.name() : "",
							(person != null) ? person.organisationShortName() : "",
							updates.getOrDefault(activity.id(), List.of()));
				})
					.sorted(Comparator.comparing(AnsweredActivity::party)
						.thenComparing(AnsweredActivity::personName)
						.thenComparing(AnsweredActivity::title))
					.toList();
				return new Answers(round, answers);
			});
	}

	/** The rounds of the agreements whose steering group the user is in, newest first. */
	List<Summary> visibleTo(SignedInUser user) {
		Map<Long, Standing> standings = this.roles.of(user)
			.stream()
			.collect(Collectors.toMap(Standing::agreementId, Function.identity()));
		if (standings.isEmpty()) {
			return List.of();
		}
		List<Round> rounds = this.jdbc.sql(ROUND + " where r.agreement_id in (:agreements) order by r.opened_at desc, r.id desc")
			.param("agreements", standings.keySet())
			.query(StatusRounds::round)
			.list();
		Map<Long, Map<Long, Long>> asked = asked(rounds.stream().map(Round::id).toList());
		Map<Long, OpenActivity> activities = activitiesOf(asked);
		LocalDate today = LocalDate.now(this.clock);
		return rounds.stream()
			.map(round -> new Summary(round, standings.get(round.agreementId()).agreementTitle(),
					round.isOpenOn(today), answeredPersons(round, asked.get(round.id()), activities),
					askedPersons(asked.get(round.id()))))
			.toList();
	}

	/**
	 * What open rounds ask of the user: the activities they have not answered for yet, and, for
	 * the secretary, how far each round has come.
	 */
	public Tasks tasksOf(SignedInUser user) {
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, Standing> secretary = this.roles.of(user)
			.stream()
			.filter(Standing::secretary)
			.collect(Collectors.toMap(Standing::agreementId, Function.identity()));
		if (user.getPersonId() == null && secretary.isEmpty()) {
			return new Tasks(List.of(), List.of());
		}
		List<Round> rounds = this.jdbc.sql(ROUND + """
				 where r.deadline >= :today and (r.agreement_id in (:agreements)
				   or exists (select 1 from status_round_activity a where a.round_id = r.id and a.person_id = :person))
				order by r.deadline, r.id""")
			.param("today", today)
			.param("agreements", secretary.isEmpty() ? List.of(-1L) : secretary.keySet())
			.param("person", (user.getPersonId() != null) ? user.getPersonId() : -1L)
			.query(StatusRounds::round)
			.list();
		Map<Long, Map<Long, Long>> asked = asked(rounds.stream().map(Round::id).toList());
		Map<Long, OpenActivity> activities = activitiesOf(asked);
		List<Request> requests = new ArrayList<>();
		List<Summary> progress = new ArrayList<>();
		for (Round round : rounds) {
			Map<Long, Long> ofRound = asked.getOrDefault(round.id(), Map.of());
			ofRound.forEach((activityId, personId) -> {
				OpenActivity activity = activities.get(activityId);
				if (activity != null && Objects.equals(personId, user.getPersonId())
						&& !activity.updatedSince(round.openedAt())) {
					requests.add(new Request(round.id(), round.deadline(), activity));
				}
			});
			if (secretary.containsKey(round.agreementId())) {
				progress.add(new Summary(round, secretary.get(round.agreementId()).agreementTitle(), true,
						answeredPersons(round, ofRound, activities), askedPersons(ofRound)));
			}
		}
		requests.sort(Comparator.comparing(Request::deadline).thenComparing(request -> request.activity().title()));
		return new Tasks(requests, progress);
	}

	/**
	 * Marks the rounds whose deadline is two days off (or closer, if the job missed a day) as
	 * reminded and publishes a {@link StatusRoundReminderDue} for each, listing only who has not
	 * answered. A round is reminded once: the mark is set in the same statement that claims it.
	 */
	@Transactional
	public int remindDue() {
		LocalDate today = LocalDate.now(this.clock);
		List<Round> due = this.jdbc.sql("""
				update status_round set reminded_at = :now, version = version + 1
				where reminded_at is null and deadline >= :today and deadline <= :soon
				returning id""")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("today", today)
			.param("soon", today.plusDays(2))
			.query(Long.class)
			.list()
			.stream()
			.map(id -> this.jdbc.sql(ROUND + " where r.id = :id").param("id", id).query(StatusRounds::round).single())
			.toList();
		if (due.isEmpty()) {
			return 0;
		}
		Map<Long, Map<Long, Long>> asked = asked(due.stream().map(Round::id).toList());
		Map<Long, OpenActivity> activities = activitiesOf(asked);
		Map<Long, String> titles = new LinkedHashMap<>();
		this.agreements.steeringGroups().forEach(group -> titles.put(group.agreementId(), group.agreementTitle()));
		for (Round round : due) {
			Map<Long, Long> ofRound = asked.getOrDefault(round.id(), Map.of());
			List<OpenActivity> unanswered = ofRound.keySet()
				.stream()
				.map(activities::get)
				.filter(activity -> activity != null && !activity.updatedSince(round.openedAt()))
				.sorted(Comparator.comparing(OpenActivity::title))
				.toList();
			List<StatusRequest> notAnswered = requests(unanswered, ofRound);
			if (!notAnswered.isEmpty()) {
				this.events.publishEvent(new StatusRoundReminderDue(round.id(), round.agreementId(),
						titles.getOrDefault(round.agreementId(), ""), round.deadline(), notAnswered));
			}
		}
		return due.size();
	}

	/** One request per responsible person (as asked in the round, when {@code askedOf} is given). */
	private List<StatusRequest> requests(List<OpenActivity> activities, Map<Long, Long> askedOf) {
		Map<Long, List<RequestedActivity>> byPerson = new LinkedHashMap<>();
		activities.forEach(activity -> byPerson
			.computeIfAbsent((askedOf != null) ? askedOf.get(activity.id()) : activity.responsiblePersonId(),
					key -> new ArrayList<>())
			.add(RequestedActivity.of(activity.id(), activity.title())));
		Map<Long, PersonView> persons = this.people.persons(byPerson.keySet().stream().filter(Objects::nonNull).toList());
		return byPerson.entrySet()
			.stream()
			.map(entry -> new StatusRequest(entry.getKey(),
					(persons.get(entry.getKey()) != null) ? persons.get(entry.getKey()).name() : "", entry.getValue()))
			.toList();
	}

	/** Per round: activity id to the person asked about it. */
	private Map<Long, Map<Long, Long>> asked(List<Long> roundIds) {
		Map<Long, Map<Long, Long>> asked = new LinkedHashMap<>();
		if (roundIds.isEmpty()) {
			return asked;
		}
		this.jdbc.sql("select round_id, activity_id, person_id from status_round_activity where round_id in (:rounds)")
			.param("rounds", roundIds)
			.query(rs -> {
				asked.computeIfAbsent(rs.getLong(1), key -> new LinkedHashMap<>()).put(rs.getLong(2), rs.getLong(3));
			});
		return asked;
	}

	private Map<Long, OpenActivity> activitiesOf(Map<Long, Map<Long, Long>> asked) {
		Set<Long> ids = asked.values().stream().flatMap(map -> map.keySet().stream()).collect(Collectors.toSet());
		return this.activities.byIds(ids).stream().collect(Collectors.toMap(OpenActivity::id, Function.identity()));
	}

	private static int askedPersons(Map<Long, Long> askedOf) {
		return (askedOf == null) ? 0 : new HashSet<>(askedOf.values()).size();
	}

	/** The people all of whose activities in the round have an update since it opened. */
	private static int answeredPersons(Round round, Map<Long, Long> askedOf, Map<Long, OpenActivity> activities) {
		if (askedOf == null) {
			return 0;
		}
		Map<Long, Boolean> answered = new LinkedHashMap<>();
		askedOf.forEach((activityId, personId) -> {
			OpenActivity activity = activities.get(activityId);
			boolean done = activity == null || activity.updatedSince(round.openedAt());
			answered.merge(personId, done, Boolean::logicalAnd);
		});
		return (int) answered.values().stream().filter(Boolean::booleanValue).count();
	}

	private static Round round(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Timestamp reminded = rs.getTimestamp("reminded_at");
		List<Long> areas = java.util.Arrays.stream((Object[]) rs.getArray("focus_area_ids").getArray())
			.map(value -> ((Number) value).longValue())
			.toList();
		return new Round(rs.getLong("id"), rs.getLong("agreement_id"), rs.getObject("deadline", LocalDate.class),
				rs.getString("message"), rs.getTimestamp("opened_at").toInstant(), rs.getString("opened_by_name"),
				(reminded != null) ? reminded.toInstant() : null, areas);
	}

	/** A round as stored; no focus areas means all of the agreement's. */
	public record Round(long id, long agreementId, LocalDate deadline, String message, Instant openedAt,
			String openedByName, Instant remindedAt, List<Long> focusAreaIds) {

		/** The day it was opened, in Norway. */
		public LocalDate openedOn() {
			return this.openedAt.atZone(java.time.ZoneId.of("Europe/Oslo")).toLocalDate();
		}

		/** Open until the end of its deadline. */
		public boolean isOpenOn(LocalDate day) {
			return !day.isAfter(this.deadline);
		}

	}

	/** A round in a list: how many of the people asked have answered for all their activities. */
	public record Summary(Round round, String agreementTitle, boolean open, int answered, int asked) {
	}

	/** An activity the user is asked to update in an open round. */
	public record Request(long roundId, LocalDate deadline, OpenActivity activity) {
	}

	/** What open rounds ask of the user, and (the secretary) how far they have come. */
	public record Tasks(List<Request> requests, List<Summary> progress) {
	}

	/** A round with each person's answers (those who have not answered first) and each party's. */
	public record Progress(Round round, String agreementTitle, boolean open, List<PersonAnswer> people,
			List<PartyAnswer> parties) {

		public int answered() {
			return (int) this.people.stream().filter(PersonAnswer::answered).count();
		}

	}

	public record PersonAnswer(long personId, String name, String party, List<ActivityAnswer> activities) {

		public boolean answered() {
			return this.activities.stream().allMatch(ActivityAnswer::answered);
		}

	}

	/** A round's answers for a meeting pack. */
	public record Answers(Round round, List<AnsweredActivity> activities) {

		public int answered() {
			return (int) this.activities.stream().filter(AnsweredActivity::answered).count();
		}

	}

	/** An activity asked about in a round, whom it was asked of, and the updates given since. */
	public record AnsweredActivity(String title, String personName, String party, List<ActivityTasks.SavedUpdate> updates) {

		public boolean answered() {
			return !this.updates.isEmpty();
		}

	}

	public record ActivityAnswer(long activityId, String title, boolean answered) {
	}

	public record PartyAnswer(String party, int answered, int asked) {
	}

}
