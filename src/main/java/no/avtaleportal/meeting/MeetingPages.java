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
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.activity.Activities;
import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.agreement.Agreements.Topic;
import no.avtaleportal.audit.History;
import no.avtaleportal.people.People.OrganisationView;
import no.avtaleportal.people.People;
import no.avtaleportal.web.Markdown;
import no.avtaleportal.web.NotFoundException;
import no.avtaleportal.web.StaleEdit;

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

	MeetingPages(MeetingRepository meetings, SteeringGroupAccess access, Agreements agreements, People people,
			Markdown markdown, Clock clock, EntityManager entityManager, Activities activities, CaseNumbers caseNumbers) {
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
		Meeting meeting = this.meetings.findById(id).orElseThrow(() -> new NotFoundException("meeting " + id));
		Membership membership = this.access.membership(user, meeting.getSteeringGroupId());
		if (!membership.isInsider() && meeting.getMinutesStatus() != MinutesStatus.PUBLISHED) {
			throw new NotFoundException("meeting " + id);
		}
		return new Loaded(meeting, membership);
	}

	/**
	 * The revision (Envers) that published the meeting's minutes; 0 when they were published
	 * before their history was kept, so that all of it is from after the publication.
	 */
	@Transactional(readOnly = true)
	long publishedInRevision(long id) {
		Object revision = AuditReaderFactory.get(this.entityManager)
			.createQuery()
			.forRevisionsOfEntity(Meeting.class, false, true)
			.add(AuditEntity.id().eq(id))
			.add(AuditEntity.property("minutesStatus").eq(MinutesStatus.PUBLISHED))
			.addProjection(AuditEntity.revisionNumber().min())
			.getSingleResult();
		return (revision != null) ? ((Number) revision).longValue() : 0;
	}

	List<GroupMeetings> list(SignedInUser user) {
		return list(user, 0, Integer.MAX_VALUE);
	}

	/**
	 * The meetings of each steering group the user may see, newest first, {@code size} of each
	 * group's a page: page {@code page} (from 0) of each, with every meeting counted for the group's
	 * rhythm and its count of meetings not shown. A fixed number of statements whatever the page.
	 */
	List<GroupMeetings> list(SignedInUser user, int page, int size) {
		List<Membership> memberships = this.access.memberships(user);
		Map<Long, List<Meeting>> byGroup = this.meetings
			.findBySteeringGroupIdInOrderByStartsAtDesc(memberships.stream().map(m -> m.group().id()).toList())
			.stream()
			.collect(Collectors.groupingBy(Meeting::getSteeringGroupId));
		return memberships.stream().map(membership -> {
			List<Meeting> all = byGroup.getOrDefault(membership.group().id(), List.of());
			List<Meeting> visible = all.stream()
				.filter(meeting -> membership.isInsider() || meeting.getMinutesStatus() == MinutesStatus.PUBLISHED)
				.toList();
			long from = Math.min((long) page * size, visible.size());
			List<Meeting> shown = visible.subList((int) from, (int) Math.min(from + size, visible.size()));
			return new GroupMeetings(membership, shown, all.size() - visible.size(),
					from + shown.size() < visible.size(), visible.size(),
					SteeringGroupMeetings.Rhythm.of(membership.group().minimumMeetingsPerYear(),
							membership.group().agreementTerm(), all.stream().sorted(
									java.util.Comparator.comparing(Meeting::getStartsAt)).toList(), today()));
		}).toList();
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
	 * The focus areas, commitments and activities of the group's agreement by name, for the
	 * history of agenda items.
	 */
	History.Names topicNames(Membership membership) {
		Map<Long, Topic> byId = new java.util.HashMap<>();
		Map<Long, Topic> commitments = new java.util.HashMap<>();
		for (Topic topic : topics(membership)) {
			(topic.focusArea() ? byId : commitments).put(topic.id(), topic);
		}
		Map<Long, String> activityTitles = activityTitles(membership);
		return (field, value) -> {
			if ("activityId".equals(field)) {
				return activityTitles.get(value);
			}
			Topic topic = switch (field) {
				case "focusAreaId" -> byId.get(value);
				case "commitmentId" -> commitments.get(value);
				default -> null;
			};
			return (topic != null) ? topic.label() : null;
		};
	}

	MeetingPage page(long id, SignedInUser user) {
		Loaded loaded = load(id, user);
		Meeting meeting = loaded.meeting();
		Membership membership = loaded.membership();
		Map<Boolean, Map<Long, Topic>> topics = topics(membership)
			.stream()
			.collect(Collectors.partitioningBy(Topic::focusArea, Collectors.toMap(Topic::id, Function.identity())));
		Map<Long, Topic> focusAreas = topics.get(true);
		Map<Long, Topic> commitments = topics.get(false);
		List<AgendaItem> agenda = List.copyOf(meeting.getAgenda());
		Map<Long, List<Decision>> decisions = meeting.getDecisions()
			.stream()
			.collect(Collectors.groupingBy(decision -> decision.getAgendaItem().getId()));
		Map<Long, List<ActionItem>> actions = meeting.getActionItems()
			.stream()
			.collect(Collectors.groupingBy(action -> action.getAgendaItem().getId()));
		Map<Long, String> activityTitles = this.activities.titles(agenda.stream()
			.map(AgendaItem::getActivityId)
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet()));
		List<MeetingPage.ItemView> items = agenda.stream()
			.map(item -> new MeetingPage.ItemView(item, this.markdown.toSafeHtml(item.getNotes()),
					(item.getFocusAreaId() != null) ? focusAreas.get(item.getFocusAreaId()) : null,
					(item.getCommitmentId() != null) ? commitments.get(item.getCommitmentId()) : null,
					(item.getActivityId() != null) ? activityTitles.get(item.getActivityId()) : null,
					decisions.getOrDefault(item.getId(), List.of()), actions.getOrDefault(item.getId(), List.of())))
			.toList();
		List<MinutesEvent> events = meeting.getEvents()
			.stream()
			.filter(event -> membership.isInsider() || event.getKind() != MinutesEventKind.COMMENT)
			.toList();
		List<ActionItem> carriedOver = (meeting.getMinutesStatus() == MinutesStatus.PUBLISHED) ? List.of()
				: this.meetings.findOpenActionItemsBefore(meeting.getSteeringGroupId(), meeting.getStartsAt().toInstant());
		List<Long> parties = membership.group().partyOrganisationIds();
		Set<Long> organisationIds = new HashSet<>(parties);
		meeting.currentApprovals().forEach(event -> organisationIds.add(event.getOrganisationId()));
		organisationIds.remove(null);
		Map<Long, OrganisationView> organisations = this.people.organisations(organisationIds);
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
		// only published minutes have addenda: other pages do not load them
		List<MeetingPage.AddendumView> addenda = (meeting.getMinutesStatus() != MinutesStatus.PUBLISHED) ? List.of() : meeting.getAddenda()
			.stream()
			.filter(addendum -> membership.isInsider() || addendum.isApproved())
			.map(addendum -> new MeetingPage.AddendumView(addendum, membership.group()
				.partyOrganisationIds()
				.stream()
				.filter(party -> !addendum.approvingParties().contains(party))
				.map(party -> organisations.get(party).shortName())
				.toList(), addendum.getApprovals()
					.stream()
					.map(approval -> approval.getActorName() + " (" + organisations.get(approval.getOrganisationId()).shortName() + ")")
					.toList(), membership.isMember() && !addendum.isApproved() && !addendum.approvedBy(user.getUsername())
							&& !addendum.approvingParties().contains(membership.memberOrganisationId())))
			.toList();
		return new MeetingPage(meeting, membership, items, List.copyOf(meeting.getAttendees()), events, addenda,
				carriedOver, approvedBy, awaiting, approvedByMe, user.getPersonId(), today(),
				organisations.values().stream().collect(Collectors.toMap(OrganisationView::id, OrganisationView::shortName)),
				now());
	}

	private static String shortName(Map<Long, OrganisationView> organisations, Long id) {
		OrganisationView organisation = organisations.get(id);
		return (organisation != null) ? organisation.shortName() : "–";
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
	 * The meeting for a change by a member or the secretary, at the version the form was opened
	 * at; whether the minutes allow the change is the meeting's own rule.
	 * @throws ObjectOptimisticLockingFailureException when someone else changed it since
	 */
	static Meeting editable(Loaded loaded, long version) {
		Meeting meeting = insider(loaded);
		StaleEdit.require(meeting.getVersion(), version, Meeting.class, meeting.getId());
		return meeting;
	}

	/**
	 * Raises the meeting's version when the transaction commits, whatever part of it changed
	 * (the agenda, a note, the attendance), so that the next stale form meets the conflict page;
	 * items new on the agenda get their case numbers.
	 */
	@Transactional
	void changed(Meeting meeting) {
		numberCases(meeting);
		this.entityManager.lock(meeting, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
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
	 * A steering group's meetings as the user may open them; {@code notShown} counts those they may
	 * not (planned, or minutes not yet published), so that the page can say so.
	 */
	/**
	 * One steering group's meetings on a page of the list.
	 *
	 * @param meetings the meetings on the page, newest first
	 * @param notShown meetings the user may not see yet (minutes not published)
	 * @param hasEarlier whether earlier meetings follow on the next page
	 * @param visible how many meetings of the group the user may see on all pages
	 */
	record GroupMeetings(Membership membership, List<Meeting> meetings, int notShown, boolean hasEarlier, int visible,
			SteeringGroupMeetings.Rhythm rhythm) {
	}

}
