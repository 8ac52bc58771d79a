package no.avtaleportal.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.hibernate.Session;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.validation.BindingResult;

import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.activity.Activities;
import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.agreement.Agreements.Topic;
import no.avtaleportal.audit.History;
import no.avtaleportal.people.People;
import no.avtaleportal.web.Markdown;
import no.avtaleportal.web.NotFoundException;
import no.avtaleportal.web.StaleEdit;
import no.avtaleportal.web.VersionedForm;

/**
 * Loads meetings as the user may see them, each page in a fixed number of statements. Members and
 * the secretary see every meeting of their group; everyone else sees only published minutes, and
 * any other meeting is a 404 for them, by URL too.
 */
@Service
@Transactional(readOnly = true)
class MeetingPages {

	private final MeetingRepository meetings;

	private final SteeringGroupAccess access;

	private final Agreements agreements;

	private final People people;

	private final Markdown markdown;

	private final Clock clock;

	private final EntityManager entityManager;

	private final Activities activities;

	private final CaseNumbers caseNumbers;

	private final JdbcClient jdbc;

	MeetingPages(MeetingRepository meetings, SteeringGroupAccess access, Agreements agreements, People people,
			Markdown markdown, Clock clock, EntityManager entityManager, Activities activities, CaseNumbers caseNumbers,
			JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.activities = activities;
		this.caseNumbers = caseNumbers;
		this.meetings = meetings;
		this.access = access;
		this.agreements = agreements;
		this.people = people;
		this.markdown = markdown;
		this.clock = clock;
		this.entityManager = entityManager;
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	java.time.Instant now() {
		return this.clock.instant();
	}

	/**
	 * The meeting and the user's standing in its group.
	 * @throws NotFoundException when there is no such meeting or the user may not see it
	 */
	Loaded load(long id, SignedInUser user) {
		return loaded(this.meetings.findById(id), id, user);
	}

	private Loaded loaded(java.util.Optional<Meeting> found, long id, SignedInUser user) {
		Meeting meeting = found.orElseThrow(() -> new NotFoundException("meeting " + id));
		Membership membership = this.access.membership(user, meeting.getSteeringGroupId());
		if (!membership.isInsider() && meeting.getMinutesStatus() != MinutesStatus.PUBLISHED) {
			throw new NotFoundException("meeting " + id);
		}
		return new Loaded(meeting, membership);
	}

	/**
	 * The meetings the user may open (every one of their group to a member or the secretary, those
	 * with published minutes to anyone else) of the steering groups in view, newest first: page
	 * {@code page} (from 0) of {@code size}, whatever the number of groups the user follows. The
	 * groups in view are those the user follows, or the one of {@code agreement} among them. With
	 * them, each group's meetings counted by day and status, for its rhythm and for the count of
	 * meetings not shown. One statement besides the user's standing, whatever the number of
	 * meetings, groups and the page.
	 */
	MeetingList list(SignedInUser user, Long agreement, int page, int size) {
		List<Membership> followed = this.access.memberships(user);
		List<Membership> inView = followed.stream()
			.filter(membership -> agreement == null || membership.group().agreementId() == agreement)
			.toList();
		if (inView.isEmpty()) {
			return new MeetingList(followed, inView, List.of(), 0, false, 0, List.of());
		}
		Map<Long, Membership> byGroup = inView.stream()
			.collect(Collectors.toMap(membership -> membership.group().id(), Function.identity()));
		List<Long> insider = inView.stream().filter(Membership::isInsider).map(m -> m.group().id()).toList();
		List<ListedMeeting> shown = new java.util.ArrayList<>();
		Map<Long, List<MeetingDay>> days = new java.util.HashMap<>();
		long from = (long) page * size;
		this.jdbc.sql("""
				with meetings as (
				  select m.id, m.steering_group_id, m.starts_at, m.place, m.status, m.minutes_status, m.example,
				         (m.steering_group_id in (:insider) or m.minutes_status = 'PUBLISHED') as visible
				  from meeting m where m.steering_group_id in (:groups)),
				listed as (
				  select * from meetings where visible order by starts_at desc, id desc offset :from limit :size)
				select 'MEETING' as row_kind, steering_group_id, id, starts_at, place, status, minutes_status, example,
				       visible, 1 as n, cast(null as date) as day
				from listed
				union all
				select 'DAY', steering_group_id, null, null, null, status, null, false, visible, count(*),
				       cast(starts_at at time zone 'Europe/Oslo' as date)
				from meetings group by steering_group_id, status, visible, cast(starts_at at time zone 'Europe/Oslo' as date)""")
			.param("insider", insider.isEmpty() ? List.of(-1L) : insider)
			.param("groups", byGroup.keySet())
			.param("from", from)
			.param("size", size)
			.query(rs -> {
				long group = rs.getLong("steering_group_id");
				MeetingStatus status = MeetingStatus.valueOf(rs.getString("status"));
				if ("MEETING".equals(rs.getString("row_kind"))) {
					shown.add(new ListedMeeting(rs.getLong("id"), rs.getTimestamp("starts_at").toInstant().atZone(Meeting.OSLO),
							rs.getString("place"), status, MinutesStatus.valueOf(rs.getString("minutes_status")),
							rs.getBoolean("example"), byGroup.get(group).group().agreementTitle()));
				}
				else {
					days.computeIfAbsent(group, key -> new java.util.ArrayList<>())
						.add(new MeetingDay(rs.getObject("day", LocalDate.class), status, rs.getBoolean("visible"),
								rs.getLong("n")));
				}
			});
		shown.sort(java.util.Comparator.comparing(ListedMeeting::startsAt)
			.thenComparingLong(ListedMeeting::id)
			.reversed());
		long all = 0;
		long visible = 0;
		List<GroupRhythm> rhythms = new java.util.ArrayList<>();
		for (Membership membership : inView) {
			List<MeetingDay> groupDays = days.getOrDefault(membership.group().id(), List.of());
			all += groupDays.stream().mapToLong(MeetingDay::meetings).sum();
			visible += groupDays.stream().filter(MeetingDay::visible).mapToLong(MeetingDay::meetings).sum();
			rhythms.add(new GroupRhythm(membership,
					SteeringGroupMeetings.Rhythm.of(membership.group().minimumMeetingsPerYear(),
							membership.group().agreementTerm(), groupDays, today(), MeetingDay::status, MeetingDay::day,
							MeetingDay::meetings)));
		}
		return new MeetingList(followed, inView, shown, (int) (all - visible), from + shown.size() < visible,
				(int) visible, rhythms);
	}

	/**
	 * A meeting in the list: when and where, its status and its minutes' status, whether it is an
	 * example, and the title of the agreement whose steering group holds it.
	 */
	public record ListedMeeting(long id, java.time.ZonedDateTime startsAt, String place, MeetingStatus status,
			MinutesStatus minutesStatus, boolean example, String agreement) {

		public long getId() {
			return this.id;
		}

		public java.time.ZonedDateTime getStartsAt() {
			return this.startsAt;
		}

		public String getPlace() {
			return this.place;
		}

		public String getAgreement() {
			return this.agreement;
		}

		public MeetingStatus getStatus() {
			return this.status;
		}

		public MinutesStatus getMinutesStatus() {
			return this.minutesStatus;
		}

		public boolean isExample() {
			return this.example;
		}

	}

	/** How many of a group's meetings on a day have the status, and whether the user may open them. */
	private record MeetingDay(LocalDate day, MeetingStatus status, boolean visible, long meetings) {
	}

	/**
	 * The focus areas and intentions of the group's agreement, each intention labelled by its
	 * number and short title ("B1: Etter- og videreutdanning …") as everywhere in the minutes.
	 */
	List<Topic> topics(Membership membership) {
		Map<String, Integer> counts = new java.util.HashMap<>();
		return this.agreements.topics(membership.group().agreementId()).stream().map(topic -> {
			if (topic.focusArea()) {
				return topic;
			}
			String number = topic.code() + counts.merge(topic.code(), 1, Integer::sum);
			String text = topic.label().substring(topic.code().length() + 2);
			return new Topic(topic.id(), false, topic.code(),
					number + ": " + ((text.length() <= 90) ? text : text.substring(0, 89).strip() + "…"));
		}).toList();
	}

	/** The activity an agenda item may link to, with its focus area and intention. */
	java.util.Optional<Activities.ActivityRef> activity(long activityId, SignedInUser user) {
		return this.activities.find(activityId, user);
	}

	/**
	 * The titles of the activities of the group's agreement, by title: what an agenda item may
	 * refer to.
	 */
	Map<Long, String> activityTitles(Membership membership) {
		return this.activities.titlesUnder(this.agreements.topics(membership.group().agreementId())
			.stream()
			.filter(Topic::focusArea)
			.map(Topic::id)
			.toList());
	}

	/**
	 * Names for what a meeting's history keeps as ids: the agreement's focus areas and
	 * commitments, as the agenda shows them, and the activities its agenda items link or ever
	 * linked to by their titles; each in one statement, read when the page first names one.
	 */
	History.Names topicNames(Membership membership, long meetingId) {
		SingletonSupplier<List<Topic>> topics = SingletonSupplier.of(() -> topics(membership));
		return History.Names.whenNamed(() -> labels(topics.obtain(), true), "focusAreaId")
			.or(History.Names.whenNamed(() -> labels(topics.obtain(), false), "commitmentId"))
			.or(History.Names.whenNamed(() -> this.jdbc.sql("""
					select distinct t.activity_id, t.activity_title from agenda_item_aud i
					join %s t on t.activity_id = i.activity_id
					where i.meeting_id = :meeting""".formatted(Activities.selectTitles()))
				.param("meeting", meetingId)
				.query((rs, row) -> Map.entry(rs.getLong(1), rs.getString(2)))
				.stream()
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "activityId"));
	}

	private static Map<Long, String> labels(List<Topic> topics, boolean focusAreas) {
		return topics.stream()
			.filter(topic -> topic.focusArea() == focusAreas)
			.collect(Collectors.toMap(Topic::id, Topic::label));
	}

	/**
	 * The meeting page, in a fixed number of statements: the meeting with its minutes' events (and,
	 * when the minutes are published, its addenda with their approvals), the user's standing, the
	 * agreement's topics, the agenda with its decisions, the action items with (unless the minutes
	 * are published) those of earlier meetings still open, the attendees, and the titles of the
	 * activities the agenda links to when it does. The parties' names come with the steering group.
	 * The agenda and what hangs under it are read as rows for the page, not as entities.
	 */
	MeetingPage page(long id, SignedInUser user) {
		return page(id, user, 1, Integer.MAX_VALUE);
	}

	/**
	 * {@link #page(long, SignedInUser)} with page {@code carriedPage} (from 1; the last when it is
	 * past the end) of {@value #CARRIED_PAGE_SIZE} of the action items carried over, in the same
	 * statements: the meeting's own page, which stays the same size however many there are. The
	 * meeting pack lists them all.
	 */
	MeetingPage page(long id, SignedInUser user, Integer carriedPage) {
		return page(id, user, (carriedPage != null) ? carriedPage : 1, CARRIED_PAGE_SIZE);
	}

	/** How many of the action items carried over the meeting's page shows at a time. */
	static final int CARRIED_PAGE_SIZE = 20;

	private MeetingPage page(long id, SignedInUser user, int carriedPage, int carriedSize) {
		Loaded loaded = loaded(this.meetings.findWithEvents(id), id, user);
		Meeting meeting = loaded.meeting();
		Membership membership = loaded.membership();
		boolean published = meeting.getMinutesStatus() == MinutesStatus.PUBLISHED;
		if (published) { // only published minutes have addenda
			this.meetings.fetchAddenda(id);
		}
		Map<Boolean, Map<Long, Topic>> topics = topics(membership)
			.stream()
			.collect(Collectors.partitioningBy(Topic::focusArea, Collectors.toMap(Topic::id, Function.identity())));
		Map<Long, Topic> focusAreas = topics.get(true);
		Map<Long, Topic> commitments = topics.get(false);
		Agenda agenda = agenda(id);
		Actions actions = actions(meeting, !published, carriedPage, carriedSize);
		List<MeetingPage.AttendeeRow> attendees = attendees(id);
		Map<Long, String> activityTitles = this.activities.titles(agenda.items()
			.stream()
			.map(MeetingPage.ItemRow::activityId)
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet()));
		List<MeetingPage.ItemView> items = agenda.items()
			.stream()
			.map(item -> new MeetingPage.ItemView(item, this.markdown.toSafeHtml(item.notes()),
					(item.focusAreaId() != null) ? focusAreas.get(item.focusAreaId()) : null,
					(item.commitmentId() != null) ? commitments.get(item.commitmentId()) : null,
					(item.activityId() != null) ? activityTitles.get(item.activityId()) : null,
					agenda.decisions().getOrDefault(item.id(), List.of()),
					actions.own().getOrDefault(item.id(), List.of())))
			.toList();
		List<MinutesEvent> events = meeting.getEvents()
			.stream()
			.filter(event -> membership.isInsider() || event.getKind() != MinutesEventKind.COMMENT)
			.toList();
		List<Long> parties = membership.group().partyOrganisationIds();
		Map<Long, String> organisations = organisations(meeting, membership);
		List<String> approvedBy = meeting.currentApprovals()
			.stream()
			.filter(event -> parties.contains(event.getOrganisationId()))
			.map(event -> event.getActorName() + " (" + shortName(organisations, event.getOrganisationId()) + ")")
			.toList();
		Set<Long> approvedParties = meeting.approvedParties(parties);
		List<String> awaiting = parties.stream()
			.filter(party -> !approvedParties.contains(party))
			.map(party -> shortName(organisations, party))
			.toList();
		boolean approvedByMe = meeting.currentApprovals()
			.stream()
			.anyMatch(event -> event.getActorUsername().equals(user.getUsername()))
				|| (membership.isMember() && approvedParties.contains(membership.memberOrganisationId()));
		List<MeetingPage.AddendumView> addenda = !published ? List.of() : meeting.getAddenda()
			.stream()
			.filter(addendum -> membership.isInsider() || addendum.isApproved())
			.map(addendum -> new MeetingPage.AddendumView(addendum, membership.group()
				.partyOrganisationIds()
				.stream()
				.filter(party -> !addendum.approvingParties().contains(party))
				.map(party -> organisations.get(party))
				.toList(), addendum.getApprovals()
					.stream()
					.map(approval -> approval.getActorName() + " (" + organisations.get(approval.getOrganisationId()) + ")")
					.toList(), membership.isMember() && !addendum.isApproved() && !addendum.approvedBy(user.getUsername())
							&& !addendum.approvingParties().contains(membership.memberOrganisationId())))
			.toList();
		return new MeetingPage(meeting, membership, items, attendees, events, addenda, actions.carried(),
				actions.carriedTotal(), approvedBy, awaiting, approvedByMe, user.getPersonId(), today(), organisations,
				now());
	}

	/** The meeting's agenda items in order, and their decisions by item, in one statement. */
	private Agenda agenda(long meetingId) {
		List<MeetingPage.ItemRow> items = new java.util.ArrayList<>();
		Map<Long, List<MeetingPage.DecisionRow>> decisions = new java.util.HashMap<>();
		this.jdbc.sql("""
				select i.id, i.case_number, i.title, i.presenter, i.planned_minutes, i.focus_area_id, i.commitment_id,
				       i.activity_id, i.notes, d.id as decision_id, d.number, d.text
				from agenda_item i left join decision d on d.agenda_item_id = i.id
				where i.meeting_id = :meeting order by i.position, d.id""")
			.param("meeting", meetingId)
			.query(rs -> {
				long item = rs.getLong("id");
				if (items.isEmpty() || items.get(items.size() - 1).id() != item) {
					items.add(new MeetingPage.ItemRow(item, rs.getString("case_number"), rs.getString("title"),
							rs.getString("presenter"), rs.getObject("planned_minutes", Integer.class),
							rs.getObject("focus_area_id", Long.class), rs.getObject("commitment_id", Long.class),
							rs.getObject("activity_id", Long.class), rs.getString("notes")));
				}
				long decision = rs.getLong("decision_id");
				if (!rs.wasNull()) {
					decisions.computeIfAbsent(item, key -> new java.util.ArrayList<>())
						.add(new MeetingPage.DecisionRow(decision, rs.getString("number"), rs.getString("text")));
				}
			});
		return new Agenda(items, decisions);
	}

	private record Agenda(List<MeetingPage.ItemRow> items, Map<Long, List<MeetingPage.DecisionRow>> decisions) {
	}

	/**
	 * The meeting's own action items by agenda item and, with {@code carried}, page {@code page} of
	 * {@code size} of the open action items agreed at the group's earlier meetings (as
	 * {@link MeetingRepository#findOpenActionItemsBefore}, the last page when it is past the end),
	 * with how many they are: one statement, which counts them and picks the page.
	 */
	private Actions actions(Meeting meeting, boolean carried, int page, int size) {
		long id = meeting.getId();
		int[] carriedTotal = { 0 };
		Map<Boolean, List<MeetingPage.ActionRow>> ownAndCarried = this.jdbc.sql("""
				with actions as (
				  select a.id, a.agenda_item_id, a.meeting_id, m.starts_at, m.minutes_status, a.text, a.owner_name,
				         a.owner_person_id, a.due_date, a.done_at, a.done_by, a.done_comment,
				         a.meeting_id = :meeting as own,
				         count(*) filter (where a.meeting_id <> :meeting) over () as carried_total,
				         row_number() over (partition by a.meeting_id = :meeting order by a.due_date, a.id) as n
				  from action_item a join meeting m on m.id = a.meeting_id
				  where a.meeting_id = :meeting
				     or (:carried and m.steering_group_id = :group and m.starts_at < :before and a.done_at is null
				         and m.minutes_status in ('APPROVED', 'PUBLISHED'))),
				shown as (
				  select greatest(1, least(:page, ceil(max(carried_total) / cast(:size as numeric)))) as page
				  from actions)
				select actions.* from actions, shown
				where own or n between (shown.page - 1) * :size + 1 and shown.page * :size
				order by due_date, id""")
			.param("meeting", id)
			.param("carried", carried)
			.param("group", meeting.getSteeringGroupId())
			.param("before", java.sql.Timestamp.from(meeting.getStartsAt().toInstant()))
			.param("page", page)
			.param("size", size)
			.query((rs, row) -> {
				carriedTotal[0] = rs.getInt("carried_total");
				boolean done = rs.getTimestamp("done_at") != null;
				return new MeetingPage.ActionRow(rs.getLong("id"), rs.getLong("agenda_item_id"),
						new MeetingPage.MeetingRef(rs.getLong("meeting_id"),
								rs.getTimestamp("starts_at").toInstant().atZone(Meeting.OSLO)),
						rs.getString("text"), rs.getString("owner_name"), rs.getObject("owner_person_id", Long.class),
						rs.getObject("due_date", LocalDate.class), done, rs.getString("done_by"),
						rs.getString("done_comment"),
						ActionItem.isClosable(done, MinutesStatus.valueOf(rs.getString("minutes_status"))));
			})
			.stream()
			.collect(Collectors.partitioningBy(action -> action.meeting().id() == id));
		return new Actions(ownAndCarried.get(true)
			.stream()
			.collect(Collectors.groupingBy(MeetingPage.ActionRow::agendaItemId)), ownAndCarried.get(false),
				carriedTotal[0]);
	}

	private record Actions(Map<Long, List<MeetingPage.ActionRow>> own, List<MeetingPage.ActionRow> carried,
			int carriedTotal) {
	}

	/** Who was invited to the meeting, in order. */
	private List<MeetingPage.AttendeeRow> attendees(long meetingId) {
		return this.jdbc.sql("select name, organisation, kind, presence from attendee where meeting_id = :meeting"
				+ " order by position")
			.param("meeting", meetingId)
			.query((rs, row) -> new MeetingPage.AttendeeRow(rs.getString("name"), rs.getString("organisation"),
					AttendeeKind.valueOf(rs.getString("kind")), Presence.valueOf(rs.getString("presence"))))
			.list();
	}

	/**
	 * The short names of the parties, which come with the steering group, and of any other
	 * organisation a member approved the minutes or an addendum for (one statement, only when
	 * there is such an organisation).
	 */
	private Map<Long, String> organisations(Meeting meeting, Membership membership) {
		Map<Long, String> names = new java.util.HashMap<>(membership.group().partyNames());
		Set<Long> others = new HashSet<>();
		meeting.getEvents().forEach(event -> others.add(event.getOrganisationId()));
		if (meeting.getMinutesStatus() == MinutesStatus.PUBLISHED) {
			meeting.getAddenda()
				.forEach(addendum -> addendum.getApprovals().forEach(approval -> others.add(approval.getOrganisationId())));
		}
		others.remove(null);
		others.removeAll(names.keySet());
		if (!others.isEmpty()) {
			this.people.organisations(others).values().forEach(organisation -> names.put(organisation.id(), organisation.shortName()));
		}
		return names;
	}

	private static String shortName(Map<Long, String> organisations, Long id) {
		String name = organisations.get(id);
		return (name != null) ? name : "–";
	}

	/**
	 * The meeting, if the user is a member or the secretary.
	 * @throws AccessDeniedException when they are not
	 */
	Meeting insider(long id, SignedInUser user) {
		return insider(load(id, user));
	}

	static Meeting insider(Loaded loaded) {
		if (!loaded.membership().isInsider()) {
			throw new AccessDeniedException("not a member of the steering group");
		}
		return loaded.meeting();
	}

	/**
	 * The meeting for a change by a member or the secretary made with a button (nothing typed), at
	 * the version the page was opened at; whether the minutes allow the change is the meeting's own
	 * rule. A form the user typed in goes through {@link #editable(Loaded, VersionedForm, BindingResult, Model)}.
	 * @throws ObjectOptimisticLockingFailureException when someone else changed it since
	 */
	static Meeting editable(Loaded loaded, long version) {
		Meeting meeting = insider(loaded);
		StaleEdit.require(meeting.getVersion(), version, Meeting.class, meeting.getId());
		return meeting;
	}

	/**
	 * The meeting for a form a member or the secretary filled in. When someone else saved the
	 * meeting after the form was opened, the form is rejected ({@link StaleEdit#check}): it comes
	 * back (409) with what the user typed and a message that says so, at the version saved now, so
	 * that saving it again makes the change. Nothing typed is lost to a change made meanwhile;
	 * whether the minutes allow the change is the meeting's own rule.
	 * @param current the form made from what is saved now, shown beside each field that differs, or
	 * {@code null} where the page shows it anyway
	 */
	static Meeting editable(Loaded loaded, VersionedForm form, Function<Meeting, Object> current, BindingResult result,
			Model model) {
		Meeting meeting = insider(loaded);
		if (meeting.getVersion() != form.getVersion()) { // the saved values are made for a stale form only
			StaleEdit.check(meeting.getVersion(), form, current.apply(meeting), result, model);
		}
		return meeting;
	}

	/** {@link #editable(Loaded, VersionedForm, Function, BindingResult, Model)} of a form that adds to the meeting. */
	static Meeting editable(Loaded loaded, VersionedForm form, BindingResult result, Model model) {
		return editable(loaded, form, meeting -> null, result, model);
	}

	/**
	 * Raises the meeting's version when the transaction commits, whatever part of it changed
	 * (the agenda, a note, the attendance), so that a form or button made before it is known to be
	 * stale (see the two {@code editable}); items new on the agenda get their case numbers. A form
	 * saved as it was, which changes nothing, leaves the version as it is, so that nobody else's
	 * open form turns stale for nothing.
	 */
	@Transactional
	void changed(Meeting meeting) {
		numberCases(meeting);
		if (this.entityManager.unwrap(Session.class).isDirty()) {
			this.entityManager.lock(meeting, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		}
	}

	/** Gives the items put on the meeting's agenda their case numbers ({@link CaseNumbers}). */
	@Transactional
	void numberCases(Meeting meeting) {
		this.caseNumbers.assign(meeting);
	}

	/**
	 * Makes a small change to a meeting a member or the secretary opened at the version: checks the
	 * version, applies the change and raises the version.
	 */
	@Transactional
	void change(long id, long version, SignedInUser user, Consumer<Meeting> change) {
		change(id, version, user, (meeting, loaded) -> change.accept(meeting));
	}

	/**
	 * The same, for a change that needs to know who makes it ({@code loaded} holds the user's
	 * membership).
	 */
	@Transactional
	void change(long id, long version, SignedInUser user, BiConsumer<Meeting, Loaded> change) {
		Loaded loaded = load(id, user);
		Meeting meeting = editable(loaded, version);
		change.accept(meeting, loaded);
		changed(meeting);
	}

	record Loaded(Meeting meeting, Membership membership) {
	}

	/**
	 * A page of the meeting list.
	 *
	 * @param followed the steering groups the user follows, for the choice of one
	 * @param inView the groups whose meetings the page shows: all followed, or the one chosen
	 * @param meetings the meetings on the page, newest first
	 * @param notShown meetings of the groups in view the user may not see yet (minutes not published)
	 * @param hasEarlier whether earlier meetings follow on the next page
	 * @param visible how many meetings of the groups in view the user may see on all pages
	 * @param rhythms the rhythm of each group in view
	 */
	public record MeetingList(List<Membership> followed, List<Membership> inView, List<ListedMeeting> meetings,
			int notShown, boolean hasEarlier, int visible, List<GroupRhythm> rhythms) {

		/** Whether the page shows the meetings of one steering group only. */
		public boolean isOneGroup() {
			return this.inView.size() == 1;
		}

		/** Whether the agreement asked for is none whose steering group the user follows. */
		public boolean isNotFollowed() {
			return this.inView.isEmpty() && !this.followed.isEmpty();
		}

		/** Whether the page offers the choice of an agreement: to who follows several, or asked for another. */
		public boolean offersChoice() {
			return this.followed.size() > 1 || isNotFollowed();
		}

		/** The rhythms that warn of a half-year with no meeting, of groups in view. */
		public List<GroupRhythm> warnings() {
			return this.rhythms.stream()
				.filter(group -> group.rhythm().isWarning() || group.rhythm().passedWithoutMeeting().isPresent())
				.toList();
		}

	}

	/** A steering group's rhythm of meetings. */
	public record GroupRhythm(Membership membership, SteeringGroupMeetings.Rhythm rhythm) {
	}

}
